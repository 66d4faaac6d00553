// What the remote says about a reference: the candidates to complete it with, the object it names (for hover
// and Go to Definition). Reads go through the caller's client, which is expected to cache (cachedReads.ts).
// Pure: no `vscode` import.
import { datasetLabel, MCC_MNC_DATASET } from '../referenceData/datasets';
import { mobileCodesOf } from '../referenceData/mobileNetworkCodes';
import { currencyOf } from '../http/connection';
import type { KindSlug, PlatformClient } from '../platforms/resourceKind';
import { destinationGroupKind } from '../platforms/sft/destinationGroup';
import { listDestinationGroupNames, listNetworks, type NetworkRow } from '../platforms/sft/lookups';
import { allRegions, regionKind, regionLabel, type Region } from '../platforms/telecomx/region';
import { escapeMarkdown, fieldList } from '../platforms/presentation';
import type { ReferenceSite } from './referenceSites';

export interface ReferenceCandidate {
  /** What goes into the file (as a JSON string). */
  readonly value: string;
  /** What a person recognises it by: the group's or region's name, the TADIG code, the supplier id. */
  readonly label: string;
  /** Beside the label: the id, the operator and country, the supplier's name. */
  readonly description: string;
  /** Markdown. */
  readonly documentation: string;
}

export interface ReferencedObject {
  /** Markdown: the name and key fields. */
  readonly summary: string;
  /** The object's own document, when it is a kind that has one (groups, regions). */
  readonly target?: { readonly kind: KindSlug; readonly id: string };
}

/** Every region, read as the kind's remote rules read them (same pages), so their cached reads are shared. */
export function listAllRegions(client: PlatformClient): Promise<Region[]> {
  return allRegions(client);
}

const sameTadig = (left: string, right: string): boolean => left.trim().toUpperCase() === right.trim().toUpperCase();

function suppliersOf(networks: readonly NetworkRow[]): Map<string, string> {
  const suppliers = new Map<string, string>();
  for (const network of networks) if (!suppliers.has(network.categoryGroupId)) suppliers.set(network.categoryGroupId, network.supplierName);
  return suppliers;
}

/**
 * MCC/MNC as the network list gives them, else as the bundled dataset has them for the operator (several pairs
 * possible: TADIG and MCC/MNC are many to many), each with the dataset's status when it is not plain operational.
 */
function mobileCodesText(network: NetworkRow): string | undefined {
  const codes = mobileCodesOf(network);
  if (codes.length === 0) return undefined;
  const pairs = codes.map((code) => `${code.mcc}/${code.mnc}${code.status && code.status !== 'Operational' ? ` (${escapeMarkdown(code.status.toLowerCase())})` : ''}`).join(', ');
  return codes[0].from === 'dataset' ? `${pairs} — from ${escapeMarkdown(datasetLabel(MCC_MNC_DATASET))}; the network list gives none` : pairs;
}

function describeNetwork(rows: readonly NetworkRow[]): string {
  const [first] = rows;
  return [
    fieldList(`${first.tadigCode} — ${first.operatorName}`, [
      ['Country', `${escapeMarkdown(first.countryName)} (${escapeMarkdown(first.countryCode)})`],
      ['MCC/MNC', mobileCodesText(first)],
      ['Operator id', first.operatorId],
    ]),
    '',
    'Offered through:',
    ...rows.map((row) => `- supplier \`${row.categoryGroupId}\` ${escapeMarkdown(row.supplierName)}`),
  ].join('\n');
}

export async function candidatesFor(client: PlatformClient, site: ReferenceSite): Promise<ReferenceCandidate[]> {
  switch (site.kind) {
    case 'destination-group': {
      const groups = await listDestinationGroupNames(client);
      return groups.map((group) => ({
        value: group.id, label: group.name, description: group.id,
        documentation: `Destination group **${escapeMarkdown(group.name)}** (id ${group.id}) on ${escapeMarkdown(client.connection.name)}`,
      }));
    }
    case 'tadig': {
      const byTadig = new Map<string, NetworkRow[]>();
      for (const network of await listNetworks(client)) byTadig.set(network.tadigCode, [...(byTadig.get(network.tadigCode) ?? []), network]);
      return [...byTadig.values()].map((rows) => ({
        value: rows[0].tadigCode, label: rows[0].tadigCode,
        description: `${rows[0].operatorName}, ${rows[0].countryName}`,
        documentation: describeNetwork(rows),
      }));
    }
    case 'supplier': {
      const networks = await listNetworks(client);
      const tadig = typeof site.holder.tadigCode === 'string' ? site.holder.tadigCode : '';
      const forTadig = networks.filter((network) => sameTadig(network.tadigCode, tadig));
      // Only the suppliers that offer the entry's TADIG, when it is known and offered at all.
      const offering = forTadig.length > 0 ? forTadig : networks;
      const counts = new Map<string, number>();
      for (const network of networks) counts.set(network.categoryGroupId, (counts.get(network.categoryGroupId) ?? 0) + 1);
      return [...suppliersOf(offering)].map(([id, name]) => ({
        value: id, label: id, description: name,
        documentation: `Supplier \`${id}\` **${escapeMarkdown(name)}**: ${counts.get(id) ?? 0} networks of the account${forTadig.length > 0 ? `, ${escapeMarkdown(forTadig[0].tadigCode)} among them` : ''}.`,
      }));
    }
    case 'region': {
      const regions = await listAllRegions(client);
      const sameNetwork = site.network ? regions.filter((region) => region.network === site.network) : regions;
      return sameNetwork.map((region) => ({
        value: region._id, label: regionLabel(region), description: `${region._id} · ${region.network}`,
        documentation: regionKind.present(region, { currency: currencyOf(client.connection) }).tooltip,
      }));
    }
  }
}

/** The object a reference names; `undefined` when the remote has no such object. */
export async function referencedObject(client: PlatformClient, site: ReferenceSite): Promise<ReferencedObject | undefined> {
  const value = site.value?.trim();
  if (!value) return undefined;
  switch (site.kind) {
    case 'destination-group': {
      const group = await destinationGroupKind.get(client, value);
      return group && { summary: destinationGroupKind.present(group).tooltip, target: { kind: 'destination-group', id: group.destinationListId } };
    }
    case 'tadig': {
      const rows = (await listNetworks(client)).filter((network) => sameTadig(network.tadigCode, value));
      return rows.length > 0 ? { summary: describeNetwork(rows) } : undefined;
    }
    case 'supplier': {
      const networks = await listNetworks(client);
      const name = suppliersOf(networks).get(value);
      if (name === undefined) return undefined;
      const tadig = typeof site.holder.tadigCode === 'string' ? site.holder.tadigCode : '';
      const offered = networks.find((network) => network.categoryGroupId === value && sameTadig(network.tadigCode, tadig));
      const count = networks.filter((network) => network.categoryGroupId === value).length;
      return {
        summary: fieldList(`Supplier ${value} — ${name}`, [
          ['Networks of the account', String(count)],
          [escapeMarkdown(tadig) || 'This entry', tadig === '' ? undefined : offered ? `offered (${escapeMarkdown(offered.operatorName)}, ${escapeMarkdown(offered.countryName)})` : 'not offered through this supplier'],
        ]),
      };
    }
    case 'region': {
      const region = (await listAllRegions(client)).find((candidate) => candidate._id.toLowerCase() === value.toLowerCase());
      return region && { summary: regionKind.present(region, { currency: currencyOf(client.connection) }).tooltip, target: { kind: 'region', id: region._id } };
    }
  }
}

/**
 * A reference's name in a few words, for showing beside it in the text: "Telia Sweden · Sweden" after a TADIG
 * code, the supplier's name after a categoryGroupId, the region's or group's name after an id. Undefined when the
 * remote has no such object (the diagnostics say so).
 */
export async function shortNameOf(client: PlatformClient, site: ReferenceSite): Promise<string | undefined> {
  return (await shortNamesOf(client, [site]))[0];
}

/**
 * The short names of many references at once (a document's inlay hints): each list they come from is read once
 * and indexed once, so naming 2,000 references costs one lookup each, not a scan of the list each. A list that
 * cannot be read leaves its references unnamed (the diagnostics and hover say why).
 */
export async function shortNamesOf(client: PlatformClient, sites: readonly ReferenceSite[]): Promise<(string | undefined)[]> {
  const needs = new Set(sites.map((site) => site.kind));
  const quietly = <T>(read: () => Promise<T>): Promise<T | undefined> => read().catch(() => undefined);
  const [groups, networks, regions] = await Promise.all([
    needs.has('destination-group') ? quietly(() => listDestinationGroupNames(client)) : undefined,
    needs.has('tadig') || needs.has('supplier') ? quietly(() => listNetworks(client)) : undefined,
    needs.has('region') ? quietly(() => listAllRegions(client)) : undefined,
  ]);
  const groupNames = new Map((groups ?? []).map((group) => [group.id, group.name]));
  const networkNames = new Map<string, string>();
  for (const network of networks ?? []) {
    const key = network.tadigCode.trim().toUpperCase();
    if (!networkNames.has(key)) networkNames.set(key, `${network.operatorName} · ${network.countryName}`);
  }
  const supplierNames = suppliersOf(networks ?? []);
  const regionNames = new Map((regions ?? []).map((region) => [region._id.toLowerCase(), regionLabel(region)]));
  return sites.map((site) => {
    const value = site.value?.trim();
    if (!value) return undefined;
    switch (site.kind) {
      case 'destination-group': return groupNames.get(value);
      case 'tadig': return networkNames.get(value.toUpperCase());
      case 'supplier': return supplierNames.get(value);
      case 'region': return regionNames.get(value.toLowerCase());
    }
  });
}

// The rules that need the remote (src/checks/remoteChecks.ts), applied to a file: a document, or the object a
// request body carries. Change bodies are first completed from what the platform keeps, so that a field the
// body leaves alone is not judged as removed. Pure: no `vscode` import.
import { checkAgainstRemote, type OpenObject } from '../checks/remoteChecks';
import { asText, isJsonObject } from '../platforms/documentValues';
import { kindBySlug } from '../platforms/registry';
import type { DocumentProblem, PlatformClient } from '../platforms/resourceKind';
import { listDestinationGroupNames } from '../platforms/sft/lookups';
import { needsAccessType, serviceCodesOf } from '../platforms/sft/serviceCodes';
import type { CheckSubject } from './checkSubjects';
import { objectAtPointer, underPrefix } from './jsonPlaces';

/**
 * `known` is the object the file stands for, when that is known: a `roaming:` document's id and remote state,
 * or the id a config-as-code manifest records for a workspace file (remote state unknown).
 */
export async function checkFileRemotely(
  client: PlatformClient, value: unknown, subject: CheckSubject, known: OpenObject | undefined,
): Promise<DocumentProblem[]> {
  const kind = kindBySlug(subject.kind);
  const inner = objectAtPointer(value, subject.pointerPrefix);
  if (!kind || !inner) return [];
  if (subject.role === 'document') return underPrefix(subject.pointerPrefix, await checkAgainstRemote(client, kind, inner, known));
  if (subject.role === 'create') return underPrefix(subject.pointerPrefix, await checkAgainstRemote(client, kind, inner, undefined));
  switch (subject.kind) {
    case 'destination-group': return underPrefix(subject.pointerPrefix, await checkGroupChange(client, inner));
    case 'service-profile': return underPrefix(subject.pointerPrefix, await checkServiceProfileChange(client, inner));
    case 'region': {
      const id = asText(inner._id) || undefined;
      return underPrefix(subject.pointerPrefix, await checkAgainstRemote(client, kind, inner, { id, remote: undefined }));
    }
    default: return underPrefix(subject.pointerPrefix, await checkAgainstRemote(client, kind, inner, undefined));
  }
}

/** A modify names an existing group, and may only add operators of the account's network list. */
async function checkGroupChange(client: PlatformClient, body: Record<string, unknown>): Promise<DocumentProblem[]> {
  const problems: DocumentProblem[] = [];
  const groupId = asText(body.destinationGroupId).trim();
  if (/^\d+$/.test(groupId)) {
    const groups = await listDestinationGroupNames(client);
    if (!groups.some((group) => group.id === groupId)) {
      problems.push({
        pointer: '/destinationGroupId', severity: 'error', code: 'unknown-destination-group',
        message: `Destination group ${groupId} does not exist on ${client.connection.name} (10035): pick one from the Destination Groups folder (completion lists them).`,
      });
    }
  }
  if (Array.isArray(body.addTadigCodeList) && body.addTadigCodeList.length > 0) {
    const group = kindBySlug('destination-group');
    const added = group ? await checkAgainstRemote(client, group, { tadigCodeList: body.addTadigCodeList }, undefined) : [];
    problems.push(...added.map((problem) => ({ ...problem, pointer: problem.pointer.replace(/^\/tadigCodeList/, '/addTadigCodeList') })));
  }
  return problems;
}

/**
 * An attached profile's RAT may only go up: compare with the profile as the platform holds it. What the body
 * leaves out is kept, except the access type, which the platform drops when the services become NB-IoT only.
 */
async function checkServiceProfileChange(client: PlatformClient, body: Record<string, unknown>): Promise<DocumentProblem[]> {
  const kind = kindBySlug('service-profile');
  const id = asText(body.id).trim();
  if (!kind || !/^SP_\d+$/.test(id)) return [];
  const remote = await kind.get(client, id);
  if (!isJsonObject(remote)) return [];
  const servicesGiven = body.service !== undefined;
  const keptAccessType = servicesGiven && !needsAccessType(serviceCodesOf(asText(body.service))) ? undefined : remote.accessType;
  const merged = { ...body, accessType: body.accessType ?? keptAccessType };
  const problems = await checkAgainstRemote(client, kind, merged, { id, remote });
  // The rule points at the document's accessType, or at the whole document when it was dropped.
  return problems.map((problem) => (problem.pointer === '' ? { ...problem, pointer: servicesGiven ? '/service' : '' } : problem));
}

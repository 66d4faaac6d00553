// The SFT lists the tree shows read-only, beside the kinds: the account's rate plans and ratezones. They are what
// holds a destination group, a roaming profile or a service profile (and what a refused delete names), so a person
// can browse them; the API offers no write for them to this client, so they open no document.
import type { CallOptions } from '../../http/types';
import { activeLabel, escapeMarkdown, fieldList } from '../presentation';
import type { PlatformClient, ReadOnlyEntry, ReadOnlyList, RelatedItem } from '../resourceKind';
import { listRatePlans, listRateZones, type RatePlanRow, type RateZoneRow } from './lookups';
import { usersOfRateZone } from './usage';
import { usedByFolder } from './usageItems';

function reference(kind: string, noun: string, id: string, icon: string): RelatedItem {
  return { label: `${noun} ${id}`, description: 'open', icon, target: { kind, id } };
}

function planEntry(plan: RatePlanRow): ReadOnlyEntry {
  const related: RelatedItem[] = [
    ...(plan.serviceProfile ? [reference('service-profile', 'Service profile', plan.serviceProfile, 'settings')] : []),
    ...(plan.destinationGroup ? [reference('destination-group', 'Destination group', plan.destinationGroup, 'list-unordered')] : []),
    ...(plan.roamingProfileId ? [reference('roaming-profile', 'Roaming profile', plan.roamingProfileId, 'globe')] : []),
    ...plan.rateZones.map((id) => ({ label: `Ratezone ${id}`, description: 'benefit priced on it', icon: 'symbol-namespace' })),
  ];
  return {
    id: plan.planId,
    presentation: {
      label: plan.planName,
      description: [plan.planId, plan.planCategory.toLowerCase(), plan.planStatus.toLowerCase()].filter((part) => part !== '').join(' · '),
      tooltip: fieldList(plan.planName, [
        ['Id', plan.planId],
        ['Category', escapeMarkdown(plan.planCategory)],
        ['Type', escapeMarkdown(plan.planType)],
        ['Status', escapeMarkdown(plan.planStatus)],
        ['Service profile', plan.serviceProfile],
        ['Destination group', plan.destinationGroup],
        ['Roaming profile', plan.roamingProfileId],
        ['Ratezones', plan.rateZones.join(', ')],
      ]),
    },
    related: related.length > 0 ? related : [{ label: 'References nothing', icon: 'circle-slash' }],
  };
}

function zoneEntry(zone: RateZoneRow, plans: readonly RatePlanRow[]): ReadOnlyEntry {
  const count = zone.operators.length;
  return {
    id: zone.id,
    presentation: {
      label: zone.name,
      description: `${zone.id} · ${activeLabel(zone.status)} · ${count} operator${count === 1 ? '' : 's'}`,
      tooltip: fieldList(zone.name, [
        ['Id', zone.id],
        ['Status', activeLabel(zone.status)],
        ['Destination group', zone.destGroupId],
        ['Roaming profile', zone.roamingProfileId],
        ['Operators', String(count)],
      ]),
    },
    related: [
      usedByFolder(usersOfRateZone({ profiles: [], plans, rateZones: [] }, zone.id)),
      ...(zone.destGroupId ? [reference('destination-group', 'Destination group', zone.destGroupId, 'list-unordered')] : []),
      ...(zone.roamingProfileId ? [reference('roaming-profile', 'Roaming profile', zone.roamingProfileId, 'globe')] : []),
      {
        label: 'Operators',
        description: String(count),
        icon: 'radio-tower',
        children: zone.operators.map((operator) => ({
          label: `${operator.tadig}/${operator.sponsorId}`,
          description: `operator ${operator.operatorId}`,
          icon: 'radio-tower',
          network: { tadigCode: operator.tadig, categoryGroupId: operator.sponsorId },
        })),
      },
    ],
  };
}

export const ratePlanList: ReadOnlyList = {
  platform: 'sft',
  folder: 'rate-plans',
  plural: 'Rate Plans',
  icon: 'package',
  about: 'The account\'s rate plans (read-only): the service profile, destination group, roaming profile and ratezones each uses',
  async list(client: PlatformClient, options?: CallOptions) {
    return (await listRatePlans(client, {}, options)).map(planEntry);
  },
};

export const rateZoneList: ReadOnlyList = {
  platform: 'sft',
  folder: 'ratezones',
  plural: 'Ratezones',
  icon: 'symbol-namespace',
  about: 'The account\'s ratezones (read-only): their destination group, roaming profile and operators, and the plans priced on them',
  async list(client: PlatformClient, options?: CallOptions) {
    const [zones, plans] = await Promise.all([listRateZones(client, options), listRatePlans(client, {}, options)]);
    return zones.map((zone) => zoneEntry(zone, plans));
  },
};

// Read-only lookups: the account's network list (source of tadigCode + categoryGroupId), its ratezones and
// its rate plans (which explain a refused delete: 1210/1211, 10040/10041, 1338).
import { outcome, type Outcome } from '../envelope';
import { numericId } from '../requestValues';
import type { HandlerContext } from './context';

const TADIG_FORMAT = /^[A-Z0-9]{5}$/;

export function getNetworkList({ store, account, query }: HandlerContext): Outcome {
  const tadig = query.get('tadigCode')?.trim().toUpperCase();
  if (tadig && !TADIG_FORMAT.test(tadig)) return outcome('10201', `tadigCode "${tadig}" is not five letters or digits`);
  const supplierText = query.get('categoryGroupId')?.trim();
  const supplier = supplierText ? numericId(supplierText) : undefined;
  if (supplierText && supplier === undefined) return outcome('10201', `categoryGroupId "${supplierText}" is not a number`);
  const operatorName = query.get('operatorName')?.trim().toLowerCase();
  const countryName = query.get('countryName')?.trim().toLowerCase();

  const rows = account.networks.flatMap((key) => {
    const network = store.network(key);
    if (!network) return [];
    if (tadig && network.tadigCode !== tadig) return [];
    if (supplier !== undefined && network.categoryGroupId !== supplier) return [];
    if (operatorName && !network.operatorName.toLowerCase().includes(operatorName)) return [];
    if (countryName && !network.countryName.toLowerCase().includes(countryName)) return [];
    return [{
      tadigCode: network.tadigCode,
      categoryGroupId: network.categoryGroupId,
      supplierName: network.supplierName,
      operatorId: network.operatorId,
      operatorName: network.operatorName,
      countryName: network.countryName,
      countryCode: network.countryCode,
      mcc: network.mcc,
      mnc: network.mnc,
    }];
  });
  if (rows.length === 0) return outcome('1359');
  return { code: '10200', responseParam: { rows } };
}

export function getRateZone({ store, account, query }: HandlerContext): Outcome {
  const wanted = query.get('rateZoneId')?.trim();
  const zones = wanted ? account.rateZones.filter((zone) => zone.id === wanted) : account.rateZones;
  if (zones.length === 0) return outcome('1359');
  const rateZoneList = zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    status: zone.status,
    destGroupId: zone.destGroupId,
    roamingProfileId: zone.roamingProfileId,
    operatorIdList: zone.operators.map((key) => ({
      operatorId: store.network(key)?.operatorId ?? '',
      sponsorId: key.categoryGroupId,
      tadig: key.tadigCode,
    })),
  }));
  return { code: '10210', responseParam: { rateZoneList } };
}

export function queryRatePlan({ account, query }: HandlerContext): Outcome {
  const category = query.get('planCategory')?.trim().toUpperCase();
  const type = query.get('planType')?.trim();
  const plans = account.ratePlans.filter((plan) => (!category || plan.planCategory === category) && (!type || plan.planType === type));
  if (plans.length === 0) return outcome('1359');
  const rows = plans.map((plan) => ({ ...plan, benefit: plan.benefit.map((benefit) => ({ ...benefit })) }));
  return { code: '10220', responseParam: { rows } };
}

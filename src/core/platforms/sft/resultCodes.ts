// Every SFT result code the client knows, with the seeds' description, what it means for the person (the
// failure kind) and the next step the seeds name, so that a refusal reads "<description> — <next step>".
// Codes and wording: ../shared/seeds 000–002 and the contract (src/sandbox/README.md).
import type { FailureKind } from '../../http/types';

/** `success` and `no-data` are not failures: 1359/10031 become an empty list or "not found". */
export type SftCodeOutcome = 'success' | 'no-data' | FailureKind;

export interface SftResultCode {
  readonly description: string;
  readonly outcome: SftCodeOutcome;
  readonly nextStep?: string;
  /** The document field the code is about, as a JSON pointer into the kind's document. */
  readonly pointer?: string;
}

const success = (description: string): SftResultCode => ({ description, outcome: 'success' });
const refused = (description: string, nextStep?: string, pointer?: string): SftResultCode =>
  ({ description, outcome: 'refused', ...(nextStep && { nextStep }), ...(pointer && { pointer }) });

const RATEZONE_LOOKUP = 'look it up with the ratezone list (GET Ratezone) and detach or delete it first';
const PLAN_LOOKUP = 'look it up with GET Query Rate Plan and detach it from the plan or delete the plan first';
const VERIFY = 'the write may or may not have happened: check with the matching GET (by id, or by name for a create) before trying again';
const DUPLICATE = 'choose another name (names are compared ignoring case and surrounding spaces), or open the existing object instead';
const ACCESS_TYPES = 'use 02 (2G), 01 (2G/3G), 06 (2G/3G/4G) or 10 (2G/3G/4G/5G)';

export const SFT_RESULT_CODES: Readonly<Record<string, SftResultCode>> = {
  // Roaming Profile (seed 000)
  '1201': success('Create roaming profile success'),
  '1202': refused('Create roaming profile failure', 'check the name, the destination group id (it must exist) and status 0 or 1'),
  '1203': refused('Duplicate roaming profile name', DUPLICATE, '/roamingProfileName'),
  '1204': success('Get roaming profile success'),
  '1205': refused('Get roaming profile failure', 'roamingProfileId must be a number'),
  '1206': success('Modify roaming profile success'),
  '1207': refused('Modify roaming profile failure', 'check that the profile and the destination group exist; the DEFAULT profile cannot be renamed or regrouped'),
  '1208': success('Delete roaming profile success'),
  '1209': refused('Delete roaming profile failure', 'check that the profile exists; the DEFAULT profile cannot be deleted'),
  '1210': refused('Roaming profile attached to ratezone', RATEZONE_LOOKUP),
  '1211': refused('Roaming profile attached to plan', PLAN_LOOKUP),
  '1359': { description: 'No data available', outcome: 'no-data' },

  // Destination Group (seed 001)
  '10029': success('Get destination list success'),
  '10030': refused('Get destination list failure', 'destinationListId must be a number'),
  '10031': { description: 'No Data Found', outcome: 'no-data' },
  '10032': success('Create destination group success'),
  '10033': refused('Create destination group failure', 'give a name and at least one operator, each with tadigCode and categoryGroupId', '/tadigCodeList'),
  '10034': success('Modify destination group success'),
  '10035': refused('Modify destination group failure', 'the group may have changed since it was read: reload it and edit again'),
  '10036': success('Delete destination group success'),
  '10037': refused('Delete destination group failure', 'check that the group exists and that no roaming profile uses it (GET Roaming Profile)'),
  '10040': refused('Destination group already attached with plan', 'look it up with GET Query Rate Plan to identify the plan (or delete the plan)'),
  '10041': refused('Destination group already attached with ratezone', 'look it up with the ratezone list (GET Ratezone) and delete that ratezone first'),
  '10042': refused('Destination not attached with account', 'only networks of the account\'s network list (Get network list) can be used: pick the tadigCode and categoryGroupId pair from it', '/tadigCodeList'),
  '10043': refused('Operator cannot be removed (single operator present)', 'a destination group keeps at least one operator: add its replacement in the same edit, or delete the group', '/tadigCodeList'),
  '10044': refused('Operator already exists in the list', 'the same tadigCode and categoryGroupId pair is listed twice: keep it once', '/tadigCodeList'),
  '10045': refused('Operator already exists in the destination group', 'the group already holds that operator (someone may have added it): reload the group and edit again', '/tadigCodeList'),
  // The seed says "please try again": the write's fate is unknown, so it is verified rather than retried.
  '10057': { description: 'Unexpected error occurred, please try again', outcome: 'server', nextStep: VERIFY },
  '10098': refused('Failure: destination group name already exists', DUPLICATE, '/destinationGroupName'),

  // Service Profile (seed 002)
  '1323': success('Create service profile success'),
  '1324': refused('Create service profile failure', 'check name, category (0 base, 1 addon), status, service codes and accessType'),
  '1325': success('Modify service profile success'),
  '1326': refused('Modify service profile failure', 'check that the profile exists, the service codes and accessType; category cannot be modified'),
  '1328': refused('Get service profile failure', 'serviceProfileId must look like SP_1350'),
  '1329': success('Delete service profile success'),
  '1330': refused('Delete service profile failure', 'check that the service profile exists'),
  '1331': success('Get service profile success'),
  '1338': refused('Service profile attached to plan (delete plan first)', 'look it up with GET Query Rate Plan and delete that plan first'),
  '6554': refused('Duplicate service profile name', DUPLICATE, '/name'),
  '6565': refused('Invalid child config for service profile', 'the services or the access type exceed what the account (the child account, under support access) is entitled to: choose fewer services or a lower access type', '/service'),
  '10085': refused('Service profile change denied due to RAT privileges conflict', 'the profile is attached to a plan, so its access type may only go up (02 < 01 < 06 < 10): keep or raise accessType, or create a new profile', '/accessType'),
  '10100': refused('Service modification not allowed for addon service', 'the services of an addon profile cannot change: create a new addon profile with the services you need', '/service'),
  '10111': refused('Obsolete access type value', `access types 03, 04, 05, 07, 08 and 09 are obsolete: ${ACCESS_TYPES}`, '/accessType'),

  // Every write: the platform does not know whether it completed.
  '10239': { description: 'Operation failed (verify completion)', outcome: 'verify-completion', nextStep: VERIFY },
  '10240': { description: 'Operation timeout (verify completion)', outcome: 'verify-completion', nextStep: VERIFY },

  // Lookups (contract, decided)
  '10200': success('Get network list success'),
  '10201': refused('Get network list failure', 'tadigCode is five letters or digits and categoryGroupId a number'),
  '10210': success('Get rate zone success'),
  '10220': success('Query rate plan success'),

  // Transport-level answers carry the HTTP status as inner code (contract, "Transport and envelope").
  '400': refused('Bad request', 'the request body was not valid JSON; this is a bug in Roaming Workbench, please report it'),
  '401': { description: 'Invalid token', outcome: 'authentication', nextStep: 'sign in again' },
  '403': { description: 'Authorisation Failure', outcome: 'permission', nextStep: 'this account may not do this (support access works only for accounts in your hierarchy)' },
  '404': { description: 'Not found', outcome: 'protocol', nextStep: 'the server does not know this API path: check the connection\'s base URL' },
  '405': { description: 'Method not allowed', outcome: 'protocol', nextStep: 'the server refused the HTTP method: check the connection\'s base URL' },
  '429': refused('Too Many Requests', 'the account\'s rate limit was reached: wait a moment and try again'),
  '500': { description: 'Internal server error', outcome: 'server', nextStep: 'try again later; a write is verified before anything is retried' },
};

export function describeSftResultCode(code: string): SftResultCode | undefined {
  return SFT_RESULT_CODES[code];
}

// Every SFT result code the sandbox can answer, with its description: the seeds' wording where they give
// one, the contract's (src/sandbox/README.md) where the decision is ours. One table, so a client can mirror it.

export interface ResultCodeInfo {
  readonly description: string;
  /** Success codes make the envelope's outer `resultCode` "0"; every other code makes it "1". */
  readonly success: boolean;
}

const ok = (description: string): ResultCodeInfo => ({ description, success: true });
const failed = (description: string): ResultCodeInfo => ({ description, success: false });

export const SFT_RESULT_CODES: Readonly<Record<string, ResultCodeInfo>> = {
  // Roaming Profile (seed 000)
  '1201': ok('Create roaming profile success'),
  '1202': failed('Create roaming profile failure'),
  '1203': failed('Duplicate roaming profile name'),
  '1204': ok('Get roaming profile success'),
  '1205': failed('Get roaming profile failure'),
  '1206': ok('Modify roaming profile success'),
  '1207': failed('Modify roaming profile failure'),
  '1208': ok('Delete roaming profile success'),
  '1209': failed('Delete roaming profile failure'),
  '1210': failed('Roaming profile attached to ratezone'),
  '1211': failed('Roaming profile attached to plan'),
  '1359': failed('No data available'),

  // Destination Group (seed 001)
  '10029': ok('Get destination list success'),
  '10030': failed('Get destination list failure'),
  '10031': failed('No Data Found'),
  '10032': ok('Create destination group success'),
  '10033': failed('Create destination group failure'),
  '10034': ok('Modify destination group success'),
  '10035': failed('Modify destination group failure'),
  '10036': ok('Delete destination group success'),
  '10037': failed('Delete destination group failure'),
  '10040': failed('Destination group already attached with plan'),
  '10041': failed('Destination group already attached with ratezone'),
  '10042': failed('Destination not attached with account'),
  '10043': failed('Operator cannot be removed (single operator present)'),
  '10044': failed('Operator already exists in the list'),
  '10045': failed('Operator already exists in the destination group'),
  '10057': failed('Unexpected error occurred, please try again'),
  '10098': failed('Failure: destination group name already exists'),

  // Service Profile (seed 002)
  '1323': ok('Create service profile success'),
  '1324': failed('Create service profile failure'),
  '1325': ok('Modify service profile success'),
  '1326': failed('Modify service profile failure'),
  '1328': failed('Get service profile failure'),
  '1329': ok('Delete service profile success'),
  '1330': failed('Delete service profile failure'),
  '1331': ok('Get service profile success'),
  '1338': failed('Service profile attached to plan (delete plan first)'),
  '6554': failed('Duplicate service profile name'),
  '6565': failed('Invalid child config for service profile'),
  '10085': failed('Service profile change denied due to RAT privileges conflict'),
  '10100': failed('Service modification not allowed for addon service'),
  '10111': failed('Obsolete access type value'),

  // Every write (seeds 000, 002; the contract extends them to destination groups)
  '10239': failed('Operation failed (verify completion)'),
  '10240': failed('Operation timeout (verify completion)'),

  // Lookups (decided in the contract: the vendor pages were not found)
  '10200': ok('Get network list success'),
  '10201': failed('Get network list failure'),
  '10210': ok('Get rate zone success'),
  '10220': ok('Query rate plan success'),

  // Transport-level answers, with the HTTP status as inner code (decided)
  '400': failed('Bad request: the body is not valid JSON'),
  '401': failed('Invalid token'),
  '403': failed('Authorisation Failure'),
  '404': failed('Not found'),
  '405': failed('Method not allowed'),
  '429': failed('Too Many Requests'),
  '500': failed('Internal server error'),
};

/** The notes' wording of the platform's POST timeout message (typos as published), used as 10240's description. */
export const POST_TIMEOUT_MESSAGE =
  'API operation has Time out. Request has been received and is has timeout before we receive the response. '
  + 'Please verify the request has been completed successfully or not. using the appropriate APIs.';

export const TOKEN_EXPIRED = 'Token expired';
export const INVALID_TOKEN = 'Invalid token';
export const INVALID_CREDENTIALS = 'Invalid username or password';

export function describeResultCode(code: string): ResultCodeInfo {
  return SFT_RESULT_CODES[code] ?? failed(`Result ${code}`);
}

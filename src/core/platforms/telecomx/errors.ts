// TelecomX failures are `{ error, message }` with an HTTP status (contract, "Transport"): `error` is a short
// code or the offending field in dotted form (`names.language`, `sms.cost`, `voice.outbound.rate`). This turns
// them into a `RemoteError` whose pointer lands on the closest place in the person's document.
import { RemoteError, type ApiResponse, type FailureKind } from '../../http/types';
import { isJsonObject } from '../documentValues';

/** `error` values that are codes, not document fields. */
const NON_FIELD_ERRORS = new Set([
  'bad_request', 'credentials_invalid', 'expired', 'access_denied', 'id', '_id', 'not_found', 'internal_error', 'rate_limited', 'offset', 'limit',
]);

/** Dotted paths that are lists in the documents: an error there cannot say which entry, unless we find it. */
const LIST_PATHS = ['names', 'voice.outbound'];

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const LANGUAGE = /^[a-z]{3}$/;

function failureKind(status: number): FailureKind {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 409 || status === 422 || status === 429) return 'refused';
  if (status >= 500) return 'server';
  return 'protocol';
}

function nextStepFor(status: number, error: string): string | undefined {
  // Which level the action needed is the kind's to say (src/core/platforms/access.ts): a read and a write differ.
  if (status === 403) return 'the account\'s access level does not allow it: ask for a TelecomX user with a higher one';
  if (status === 404 && error === 'id') return 'it may have been deleted: reload the list';
  if (status === 409 && error === 'stayingRegion') return 'there is one entry per zone: open the existing entry and edit it instead';
  if (status === 409 && error === 'id') return 'change or remove those voice.outbound prices first, then delete again';
  if (status === 422 && (error === 'homeland' || error === 'roamLikeHome')) return 'only one region per network may carry that flag: clear it on the other region first';
  if (status === 429) return 'wait a moment and try again';
  if (status >= 500) return 'try again later; a write is verified before anything is retried';
  return undefined;
}

/** The value a problem at `path` (segments) is most likely about, for picking the list entry an error means. */
function isSuspicious(list: readonly unknown[], index: number, rest: readonly string[]): boolean {
  const entry = list[index];
  if (!isJsonObject(entry) || rest.length === 0) return !isJsonObject(entry);
  const field = rest[0];
  const value = entry[field];
  if (field === 'language') {
    return typeof value !== 'string' || !LANGUAGE.test(value)
      || list.slice(0, index).some((other) => isJsonObject(other) && other.language === value);
  }
  if (field === '_id') {
    return typeof value !== 'string' || !OBJECT_ID.test(value)
      || list.slice(0, index).some((other) => isJsonObject(other) && typeof other._id === 'string' && other._id.toLowerCase() === value.toLowerCase());
  }
  return !(typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

/**
 * JSON pointer for a TelecomX error field: `sms.cost` → `/sms/cost`; `names.language` → `/names/1/language`
 * when the document shows which entry, else `/names`; `homeland_roamLikeHome` → `/roamLikeHome`.
 */
export function telecomxFieldPointer(field: string, document?: unknown): string | undefined {
  if (NON_FIELD_ERRORS.has(field) || !/^[A-Za-z_.]+$/.test(field)) return undefined;
  if (field === 'homeland_roamLikeHome') return '/roamLikeHome';
  const listPath = LIST_PATHS.find((path) => field === path || field.startsWith(`${path}.`));
  if (!listPath) return `/${field.split('.').join('/')}`;
  const listPointer = `/${listPath.split('.').join('/')}`;
  const rest = field.slice(listPath.length + 1).split('.').filter((part) => part !== '');
  let list: unknown = document;
  for (const part of listPath.split('.')) list = isJsonObject(list) ? list[part] : undefined;
  if (!Array.isArray(list) || rest.length === 0) return listPointer;
  const index = list.findIndex((_entry, position) => isSuspicious(list as unknown[], position, rest));
  return index < 0 ? listPointer : `${listPointer}/${index}/${rest.join('/')}`;
}

/** A failed TelecomX answer as a `RemoteError`; `document` helps point into a list. */
export function telecomxError(answer: ApiResponse, document?: unknown): RemoteError {
  const body = isJsonObject(answer.json) ? answer.json : {};
  const error = typeof body.error === 'string' ? body.error : '';
  const message = typeof body.message === 'string' && body.message.trim() !== '' ? body.message.trim() : `TelecomX answered HTTP ${answer.status}`;
  const kind = error === '' && answer.status < 500 && answer.status !== 401 && answer.status !== 403 ? 'protocol' : failureKind(answer.status);
  const nextStep = nextStepFor(answer.status, error);
  const pointer = answer.status === 409 || answer.status === 422 ? telecomxFieldPointer(error, document) : undefined;
  return new RemoteError(kind, nextStep ? `${message} — ${nextStep}` : message, {
    status: answer.status,
    ...(error && { code: `${answer.status} ${error}` }),
    ...(pointer !== undefined && { pointer }),
    ...(nextStep && { nextStep }),
  });
}

/** The body of a successful answer; anything else is thrown as a `RemoteError`. */
export function readTelecomxAnswer(answer: ApiResponse, document?: unknown): unknown {
  if (answer.status >= 200 && answer.status < 300) return answer.json;
  throw telecomxError(answer, document);
}

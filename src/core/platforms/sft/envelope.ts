// Reads an SFT answer: `{ Response: { resultCode, resultParam: { resultCode, resultDescription }, … } }`.
// The client keys on `resultParam.resultCode` (contract, "Transport and envelope"); every failure becomes a
// `RemoteError` whose message is the description plus the seeds' next step.
import { RemoteError, type ApiResponse, type FailureKind } from '../../http/types';
import { asText, isJsonObject, type JsonObject } from '../documentValues';
import { describeSftResultCode } from './resultCodes';

export interface SftSuccess {
  readonly code: string;
  readonly description: string;
  /** The `Response` object: created ids sit directly in it, reads under `responseParam`. */
  readonly response: JsonObject;
}

export type SftAnswer = ({ readonly kind: 'success' } & SftSuccess) | { readonly kind: 'no-data'; readonly code: string };

function failureKindForStatus(status: number): FailureKind | undefined {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status >= 500) return 'server';
  return undefined;
}

/** Success, no data, or a thrown `RemoteError` (its kind tells refused, authentication, server, verify-completion…). */
export function readSftAnswer(answer: ApiResponse): SftAnswer {
  const statusKind = failureKindForStatus(answer.status);
  const response = isJsonObject(answer.json) && isJsonObject(answer.json.Response) ? answer.json.Response : undefined;
  const resultParam = response && isJsonObject(response.resultParam) ? response.resultParam : undefined;
  const rawCode = resultParam?.resultCode;
  const code = typeof rawCode === 'string' || typeof rawCode === 'number' ? String(rawCode).trim() : undefined;
  if (!response || code === undefined || code === '') {
    throw new RemoteError(statusKind ?? 'protocol', `The SFT server answered HTTP ${answer.status} without a result code`, { status: answer.status });
  }
  const known = describeSftResultCode(code);
  const serverDescription = typeof resultParam?.resultDescription === 'string' ? resultParam.resultDescription.trim() : '';
  const description = serverDescription || known?.description || `Result ${code}`;
  // An HTTP status that says more than the inner code wins: a 500 is a server failure whatever it carries.
  const outcome = statusKind ?? known?.outcome ?? (asText(response.resultCode) === '0' ? 'success' : 'refused');
  if (outcome === 'success') return { kind: 'success', code, description, response };
  if (outcome === 'no-data') return { kind: 'no-data', code };
  const nextStep = known?.nextStep;
  throw new RemoteError(outcome, nextStep ? `${description} — ${nextStep}` : description, {
    code,
    status: answer.status,
    ...(nextStep && { nextStep }),
    ...(known?.pointer && { pointer: known.pointer }),
  });
}

/** A read's rows (`responseParam.rows`, or `rateZoneList` for ratezones); no data is an empty list. */
export function readSftRows(answer: ApiResponse, listKey: 'rows' | 'rateZoneList' = 'rows'): JsonObject[] {
  const read = readSftAnswer(answer);
  if (read.kind === 'no-data') return [];
  const param = read.response.responseParam;
  const rows = isJsonObject(param) ? param[listKey] : undefined;
  if (!Array.isArray(rows)) {
    throw new RemoteError('protocol', `The SFT answer ${read.code} has no responseParam.${listKey}`, { code: read.code, status: answer.status });
  }
  return rows.filter(isJsonObject);
}

/** A write's answer: success, or a thrown `RemoteError` (no data on a write means the object is gone). */
export function readSftWrite(answer: ApiResponse): SftSuccess {
  const read = readSftAnswer(answer);
  if (read.kind === 'no-data') {
    throw new RemoteError('not-found', 'The object no longer exists on the platform — reload the list', { code: read.code, status: answer.status });
  }
  return read;
}

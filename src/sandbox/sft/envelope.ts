// The SFT answer envelope: `{ Response: { resultCode, responseId, responseTimestamp, resultParam, … } }`.
// Resource handlers return an `Outcome` (code, reason, payload) and never build envelopes themselves, so the
// shape is decided in exactly one place.
import { randomUUID } from 'node:crypto';
import type { SandboxResponse } from '../server/types';
import { describeResultCode } from './resultCodes';

export interface Outcome {
  /** The specific code, e.g. `1201`; it goes to `resultParam.resultCode`. */
  readonly code: string;
  /** Says which rule failed; appended to the code's description (`Create roaming profile failure: …`). */
  readonly reason?: string;
  /** Replaces the table's description outright (401 and 403 have several wordings). */
  readonly description?: string;
  /** HTTP status; business outcomes are 200. */
  readonly status?: number;
  /** Fields placed directly under `Response`, e.g. the id of a created object. */
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly responseParam?: unknown;
}

export function outcome(code: string, reason?: string): Outcome {
  return reason === undefined ? { code } : { code, reason };
}

export function toEnvelope(result: Outcome, nowMs: number, headers: Readonly<Record<string, string>>): SandboxResponse {
  const info = describeResultCode(result.code);
  const description = result.description
    ?? (result.reason === undefined ? info.description : `${info.description}: ${result.reason}`);
  const response: Record<string, unknown> = {
    resultCode: info.success ? '0' : '1',
    responseId: randomUUID(),
    responseTimestamp: formatTimestamp(nowMs),
    resultParam: { resultCode: result.code, resultDescription: description },
    ...result.fields,
  };
  if (result.responseParam !== undefined) response.responseParam = result.responseParam;
  return { status: result.status ?? 200, headers, body: { Response: response } };
}

/** `dd/mm/yyyy hh:mm:ss` in UTC, the format the SFT documentation uses. */
export function formatTimestamp(nowMs: number): string {
  const date = new Date(nowMs);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} `
    + `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

/** The specific result code of an SFT answer, or undefined when it is not an envelope (login, refresh). */
export function resultCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const response = (body as { Response?: { resultParam?: { resultCode?: unknown } } }).Response;
  const code = response?.resultParam?.resultCode;
  return typeof code === 'string' ? code : undefined;
}

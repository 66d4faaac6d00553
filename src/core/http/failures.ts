// Turns what can go wrong on the wire into a `RemoteError` whose kind says what to do and whose message a
// telecom engineer understands ("No answer from https://sft.bics.com within 30 s"). Never a stack, never a
// library's own wording (node-fetch's messages repeat the full URL, token included).
import { RemoteError } from './types';

/** Where a failure happened, without anything secret: the origin and the path without its query. */
export interface FailureContext {
  /** `https://sft.bics.com` */
  readonly origin: string;
  readonly method: string;
  /** `/api/GetRoamingProfile`, query left out. */
  readonly path: string;
  readonly timeoutMs: number;
}

/** Why we aborted a request ourselves; `undefined` when nobody aborted it. */
export type AbortCause = 'timeout' | 'cancelled' | undefined;

const UNREACHABLE_CODES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host name is not known (DNS)',
  EAI_AGAIN: 'the host name could not be looked up (DNS did not answer)',
  EAI_FAIL: 'the host name could not be looked up (DNS failure)',
  ECONNREFUSED: 'the connection was refused: nothing listens at that address and port',
  EHOSTUNREACH: 'there is no network route to the host',
  ENETUNREACH: 'the network is unreachable',
  ENETDOWN: 'the network is down',
  EHOSTDOWN: 'the host is down',
  EADDRNOTAVAIL: 'the address is not available from this machine',
  ETIMEDOUT: 'the connection attempt timed out',
};

const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 'INVALID_CA', 'PATH_LENGTH_EXCEEDED', 'INVALID_PURPOSE', 'HOSTNAME_MISMATCH',
]);

export function isCertificateCode(code: string): boolean {
  return CERTIFICATE_CODES.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_');
}

/** `30 s`, `1.5 s`, `200 ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function where(context: FailureContext): string {
  return `${context.method} ${context.path}`;
}

/** The error code of a node-fetch FetchError (copied from the system error) or of a raw Node error. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === 'string') return code;
  return typeof errno === 'string' ? errno : undefined;
}

function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function timeoutError(context: FailureContext): RemoteError {
  const writeNote = context.method === 'GET' ? '' : ' The write may still be applied by the server: check before sending it again.';
  return new RemoteError('timeout', `No answer from ${context.origin} within ${formatDuration(context.timeoutMs)} (${where(context)}).${writeNote}`);
}

export function cancelledError(context?: FailureContext, inFlight = false): RemoteError {
  if (!context) return new RemoteError('cancelled', 'Cancelled before the request was sent.');
  const writeNote = inFlight && context.method !== 'GET' ? ' It was already sent: the server may have applied it, check before sending it again.' : '';
  return new RemoteError('cancelled', `Cancelled: ${where(context)} to ${context.origin}.${writeNote}`);
}

/** Classifies an exception thrown by node-fetch (or while reading the body) into a failure kind. */
export function classifyTransportError(error: unknown, context: FailureContext, abortCause: AbortCause): RemoteError {
  if (abortCause === 'timeout') return timeoutError(context);
  if (abortCause === 'cancelled' || isAbortError(error)) return cancelledError(context, true);
  const code = errorCode(error) ?? '';
  if (code in UNREACHABLE_CODES) {
    return new RemoteError('unreachable', `Cannot reach ${context.origin}: ${UNREACHABLE_CODES[code]} (${code}). Check the base URL and your network or proxy settings.`);
  }
  if (isCertificateCode(code)) {
    // What to do about it depends on the surface (a CA for Node, or VS Code's proxy settings): its advice adds that.
    return new RemoteError('certificate', `The TLS certificate of ${context.origin} was refused (${code}).`);
  }
  if (code === 'EPROTO' || code.startsWith('ERR_SSL_')) {
    return new RemoteError('protocol', `Could not open a TLS session with ${context.origin} (${code}). Does the address need http:// instead of https://, or another port?`);
  }
  if (DROPPED_CODES.has(code) || /socket hang up|premature close/i.test(messageOf(error))) {
    return new RemoteError('dropped', `The connection to ${context.origin} closed before the answer to ${where(context)} was complete${code ? ` (${code})` : ''}.`);
  }
  return new RemoteError('dropped', `The request ${where(context)} to ${context.origin} failed${code ? ` (${code})` : ''}.`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function serverError(status: number, context: FailureContext, vendorDescription: string | undefined): RemoteError {
  const description = vendorDescription ? `: ${vendorDescription}` : '';
  return new RemoteError('server', `${context.origin} answered HTTP ${status} (server error) to ${where(context)}${description}.`, { status, code: String(status) });
}

export function notJsonError(status: number, contentType: string | undefined, bodyStart: string, context: FailureContext): RemoteError {
  const snippet = bodyStart.replace(/\s+/g, ' ').trim().slice(0, 80);
  return new RemoteError(
    'protocol',
    `The answer from ${context.origin} to ${where(context)} is not JSON (HTTP ${status}${contentType ? `, ${contentType}` : ''}: "${snippet}"). Is the base URL the API's address?`,
    { status },
  );
}

/** `64 MB`, `512 KB`: sizes in the units people set limits in (1 MB = 1,048,576 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

export function tooLargeError(limitBytes: number, context: FailureContext): RemoteError {
  return new RemoteError(
    'protocol',
    `The answer from ${context.origin} to ${where(context)} is larger than ${formatBytes(limitBytes)}, the most this client reads from a server: it was not read further. Is the base URL the API's address?`,
  );
}

export function redirectError(status: number, location: string | undefined, context: FailureContext): RemoteError {
  const target = location ? ` to ${location.replace(/\?.*$/, '')}` : '';
  return new RemoteError('protocol', `${context.origin} redirected ${where(context)}${target} (HTTP ${status}). Use the address it redirects to as the base URL.`, { status });
}

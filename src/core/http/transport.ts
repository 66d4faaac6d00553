// One HTTP exchange, and nothing else: no credentials, no retries, no rate limit (the client does those).
// node-fetch v2 rather than the global fetch: it is built on Node's http/https modules, which VS Code patches to
// apply the person's `http.proxy` and `http.proxyStrictSSL` settings — so no custom agent here, and TLS is
// verified exactly as VS Code decides.
import fetch from 'node-fetch';
import {
  classifyTransportError, cancelledError, notJsonError, redirectError, serverError, tooLargeError,
  type AbortCause, type FailureContext,
} from './failures';
import { RemoteError, type ApiResponse, type HttpMethod } from './types';

/**
 * The largest answer read, in bytes (after decompression): 64 MB. The largest real one is a full list — the
 * sandbox's large account (5,007 destination groups of 50 operators) answers about 30 MB — so this leaves twice
 * that; past it the body is not read further and the request is aborted. A body is held three times while it is
 * parsed (bytes, text, value), so the cap bounds the client's memory for one answer to a few hundred megabytes.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface HttpExchange {
  /** Scheme, host and optional port: `https://sft.bics.com`. */
  readonly baseUrl: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON when present. */
  readonly body?: unknown;
  readonly timeoutMs: number;
  /** The caller's cancellation (VS Code's progress "Cancel"). */
  readonly signal?: AbortSignal;
  /** Reads the vendor's own error description out of a 5xx body, for the message. */
  readonly describeErrorBody?: (json: unknown) => string | undefined;
  /** The largest body read; `MAX_RESPONSE_BYTES` unless a test needs a small one. */
  readonly maxResponseBytes?: number;
}

export function buildUrl(baseUrl: string, path: string, query?: Readonly<Record<string, string | undefined>>): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.append(name, value);
  }
  return url;
}

/**
 * Sends one request and parses the JSON answer. Resolves for every HTTP status below 500 whose body is JSON
 * (or empty); rejects with a classified `RemoteError` otherwise.
 */
export async function sendHttp(exchange: HttpExchange): Promise<ApiResponse> {
  const url = buildUrl(exchange.baseUrl, exchange.path, exchange.query);
  const context: FailureContext = { origin: url.origin, method: exchange.method, path: url.pathname, timeoutMs: exchange.timeoutMs };
  if (exchange.signal?.aborted) throw cancelledError(context);

  // One controller for both reasons to stop, remembering which one fired so the failure kind is right.
  const controller = new AbortController();
  let abortCause: AbortCause;
  const timer = setTimeout(() => { abortCause = 'timeout'; controller.abort(); }, exchange.timeoutMs);
  const onCallerAbort = (): void => { abortCause ??= 'cancelled'; controller.abort(); };
  exchange.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const maxBytes = exchange.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const startedAt = performance.now();
  let status: number;
  let headers: Map<string, string>;
  let text: string;
  try {
    const response = await fetch(url.href, {
      method: exchange.method,
      headers: { Accept: 'application/json', ...exchange.headers },
      body: exchange.body === undefined ? undefined : JSON.stringify(exchange.body),
      signal: controller.signal,
      // A followed redirect would turn a POST into a GET; better to tell the person the right address.
      redirect: 'manual',
      // node-fetch counts the body as it arrives and rejects with a FetchError of type 'max-size' past this.
      size: maxBytes,
    });
    status = response.status;
    headers = new Map([...response.headers.entries()].map(([name, value]) => [name.toLowerCase(), value]));
    // An announced size past the cap is refused before reading anything (a compressed body counts as it inflates).
    if (!headers.has('content-encoding') && Number(headers.get('content-length')) > maxBytes) throw tooLargeError(maxBytes, context);
    text = await response.text();
  } catch (error) {
    if (error instanceof RemoteError || isOverSize(error)) {
      // node-fetch stops keeping the body past the cap but would go on receiving it: close the connection.
      controller.abort();
      throw error instanceof RemoteError ? error : tooLargeError(maxBytes, context);
    }
    throw classifyTransportError(error, context, abortCause);
  } finally {
    clearTimeout(timer);
    exchange.signal?.removeEventListener('abort', onCallerAbort);
  }
  const durationMs = Math.round(performance.now() - startedAt);

  if (status >= 300 && status < 400 && status !== 304) throw redirectError(status, headers.get('location'), context);
  let json: unknown;
  let isJson = true;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      isJson = false;
    }
  }
  if (status >= 500) throw serverError(status, context, isJson ? exchange.describeErrorBody?.(json) : undefined);
  // A 429 is handled from its headers alone, whatever a gateway put in its body.
  if (!isJson && status !== 429) throw notJsonError(status, headers.get('content-type'), text, context);
  return { status, headers, json, durationMs };
}

/** node-fetch's FetchError of type 'max-size': the body grew past `size`. */
function isOverSize(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'max-size';
}

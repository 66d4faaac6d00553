// One HTTP exchange, and nothing else: no credentials, no retries, no rate limit (the client does those).
// node-fetch v2 rather than the global fetch: it is built on Node's http/https modules, which VS Code patches to
// apply the person's `http.proxy` and `http.proxyStrictSSL` settings — so no custom agent here, and TLS is
// verified exactly as VS Code decides.
import fetch from 'node-fetch';
import {
  classifyTransportError, cancelledError, notJsonError, redirectError, serverError,
  type AbortCause, type FailureContext,
} from './failures';
import type { ApiResponse, HttpMethod } from './types';

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
    });
    status = response.status;
    headers = new Map([...response.headers.entries()].map(([name, value]) => [name.toLowerCase(), value]));
    text = await response.text();
  } catch (error) {
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

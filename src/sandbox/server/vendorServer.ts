import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultRegistry, parseFaultSpec, type ActiveFault } from './faultRegistry';
import { RequestLog, type LoggedRequest } from './requestLog';
import type { LiveSettings, SandboxRequest, SandboxResponse, VendorSimulator } from './types';

const ADMIN_PREFIX = '/__sandbox/';
/** Large enough for a 1 MB document pushed in a benchmark, small enough that a runaway client cannot exhaust memory. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface VendorServerOptions {
  readonly simulator: VendorSimulator;
  readonly host: string;
  readonly port: number;
  /** Called after anything that may have changed the simulator's state (persistence hooks in here). */
  readonly onStateChanged?: () => void;
}

export interface RunningVendorServer {
  readonly url: string;
  readonly faults: FaultRegistry;
  readonly log: RequestLog;
  close(): Promise<void>;
}

/** One HTTP server in front of one vendor simulator: JSON in and out, faults, request log, admin endpoints. */
export async function startVendorServer(options: VendorServerOptions): Promise<RunningVendorServer> {
  const faults = new FaultRegistry();
  const log = new RequestLog();
  const server = http.createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      // A bug in a simulator must show up as a 500 the client can see, not as a hung request.
      if (!response.headersSent) sendJson(response, options.simulator.internalErrorResponse());
      else response.destroy();
      console.error(`[sandbox ${options.simulator.vendor}] ${error instanceof Error ? error.stack : String(error)}`);
    });
  });

  async function serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const rawBody = await readBody(request);
    if (rawBody === undefined) {
      sendJson(response, { status: 413, body: { error: 'body_too_large', message: `Request body over ${MAX_BODY_BYTES} bytes` } });
      return;
    }
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const method = (request.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith(ADMIN_PREFIX)) {
      sendJson(response, handleAdmin(method, url.pathname.slice(ADMIN_PREFIX.length), rawBody));
      return;
    }

    const parsed = parseJsonBody(rawBody);
    const requestedWith = request.headers['x-requested-with'];
    const entry = log.record(method, url.pathname, url.searchParams, parsed.ok ? parsed.value : rawBody.slice(0, 2000),
      typeof requestedWith === 'string' ? requestedWith : undefined);
    if (!parsed.ok) {
      finish(response, entry, options.simulator.malformedBodyResponse());
      return;
    }
    const sandboxRequest: SandboxRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: lowerCaseHeaders(request.headers),
      body: parsed.value,
    };
    const fault = faults.take(method, url.pathname);
    if (fault) entry.fault = fault.kind;
    const outcome = await answerWithFault(sandboxRequest, fault);
    if (outcome === 'drop') {
      entry.status = 0;
      request.socket.destroy();
      return;
    }
    if (outcome === 'non-json') {
      entry.status = 200;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>');
      return;
    }
    finish(response, entry, outcome.response);
    if (outcome.mayHaveChangedState && method !== 'GET') options.onStateChanged?.();
  }

  type FaultOutcome = 'drop' | 'non-json' | { response: SandboxResponse; mayHaveChangedState: boolean };

  async function answerWithFault(request: SandboxRequest, fault: ActiveFault | undefined): Promise<FaultOutcome> {
    const simulator = options.simulator;
    const normally = async (): Promise<FaultOutcome> => ({ response: await simulator.handle(request), mayHaveChangedState: true });
    const without = (response: SandboxResponse): FaultOutcome => ({ response, mayHaveChangedState: false });
    if (!fault) return normally();
    switch (fault.kind) {
      case 'http500': return without(simulator.internalErrorResponse());
      case 'rate-limit': return without(simulator.rateLimitResponse());
      case 'expired-token': return without(simulator.expiredTokenResponse());
      case 'drop': return 'drop';
      case 'non-json': return 'non-json';
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 5000));
        return normally();
      case 'verify-applied':
      case 'verify-not-applied': {
        if (!simulator.verifyCompletionResponse) return without(simulator.internalErrorResponse());
        const code = fault.resultCode ?? '10240';
        if (fault.kind === 'verify-not-applied') return without(simulator.verifyCompletionResponse(request, code));
        await simulator.handle(request);
        return { response: simulator.verifyCompletionResponse(request, code), mayHaveChangedState: true };
      }
      case 'result':
        if (!simulator.resultCodeResponse) return without(simulator.internalErrorResponse());
        return without(simulator.resultCodeResponse(request, fault.resultCode ?? '1'));
    }
  }

  function finish(response: http.ServerResponse, entry: LoggedRequest, answer: SandboxResponse): void {
    entry.status = answer.status;
    entry.resultCode = options.simulator.describeOutcome(answer);
    sendJson(response, answer);
  }

  function handleAdmin(method: string, action: string, rawBody: string): SandboxResponse {
    const parsed = parseJsonBody(rawBody);
    if (!parsed.ok) return adminError('the body is not JSON');
    const body = parsed.value;
    try {
      switch (`${method} ${action}`) {
        case 'POST faults': return { status: 200, body: { id: faults.add(parseFaultSpec(body)).id } };
        case 'GET faults': return { status: 200, body: faults.list() };
        case 'DELETE faults': faults.clear(); return { status: 200, body: { success: true } };
        case 'GET requests': return { status: 200, body: log.all() };
        case 'DELETE requests': log.clear(); return { status: 200, body: { success: true } };
        case 'POST reset':
          options.simulator.reset();
          faults.clear();
          log.clear();
          options.onStateChanged?.();
          return { status: 200, body: { success: true } };
        case 'POST settings':
          if (typeof body !== 'object' || body === null || Array.isArray(body)) return adminError('settings must be a JSON object');
          options.simulator.applySettings(body as LiveSettings);
          return { status: 200, body: { success: true } };
        case 'POST expire-tokens': options.simulator.expireAllTokens(); return { status: 200, body: { success: true } };
        case 'POST users': {
          const user = body as { username?: unknown; password?: unknown; accessLevel?: unknown } | undefined;
          if (typeof user?.username !== 'string' || !user.username || typeof user.password !== 'string' || !user.password) {
            return adminError('a user needs "username" and "password" (strings)');
          }
          options.simulator.addUser({ username: user.username, password: user.password, accessLevel: typeof user.accessLevel === 'string' ? user.accessLevel : undefined });
          return { status: 200, body: { success: true } };
        }
        default: return { status: 404, body: { error: 'not_found', message: `no admin action ${method} ${ADMIN_PREFIX}${action}` } };
      }
    } catch (error) {
      return adminError(error instanceof Error ? error.message : String(error));
    }
  }

  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}`,
    faults,
    log,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Idle keep-alive sockets and requests held by a `slow` fault would otherwise keep the process alive.
      server.closeAllConnections();
    }),
  };
}

function adminError(message: string): SandboxResponse {
  return { status: 400, body: { error: 'bad_request', message } };
}

function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Deeper than any request of either API (a region nests 4 levels). Everything after parsing recurses (the request
 * log's redaction, the validators), so deeper bodies are malformed: a 400, never a stack overflow and a 500.
 */
const MAX_BODY_DEPTH = 64;

function nestsTooDeep(raw: string): boolean {
  let depth = 0;
  let quoted = false;
  let escaped = false;
  for (const character of raw) {
    if (quoted) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === '{' || character === '[') {
      depth += 1;
      if (depth > MAX_BODY_DEPTH) return true;
    } else if (character === '}' || character === ']') depth -= 1;
  }
  return false;
}

function parseJsonBody(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined };
  if (nestsTooDeep(raw)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function lowerCaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return result;
}

function sendJson(response: http.ServerResponse, answer: SandboxResponse): void {
  const text = JSON.stringify(answer.body ?? null);
  response.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...answer.headers,
  });
  response.end(text);
}

// A bare HTTP client for the TelecomX sandbox, for contract tests: it sends exactly what a test says (token in the
// query string, as the wiki passes it) and hands back status, headers and the parsed body, so the tests assert on
// the wire format rather than on a client's reading of it.
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../../../src/sandbox/index';
import { PASSWORD, type Json } from './harness';

export interface WireAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Json;
}

export interface SendOptions {
  readonly token?: string;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** Sent as is, for bodies that are not JSON. */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export class TelecomxWire {
  constructor(readonly baseUrl: string) {}

  async send(method: string, path: string, options: SendOptions = {}): Promise<WireAnswer> {
    const query = new URLSearchParams(options.query);
    if (options.token !== undefined) query.set('token', options.token);
    const search = query.toString();
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers = { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...options.headers };
    const response = await fetch(`${this.baseUrl}${path}${search ? `?${search}` : ''}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Left as text: the non-json fault is asserted on as such.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  async login(username: string, extra: Record<string, unknown> = {}): Promise<string> {
    const answer = await this.send('POST', '/auth/login', { body: { username, password: PASSWORD, ...extra } });
    if (answer.status !== 200) throw new Error(`login of ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token;
  }

  admin(method: string, action: string, body?: unknown): Promise<WireAnswer> {
    return this.send(method, `/__sandbox/${action}`, { body });
  }
}

/** A sandbox started for one test file, with a client for its TelecomX server. */
export async function startTelecomxSandbox(options: SandboxOptions = {}): Promise<{ sandbox: RunningSandbox; wire: TelecomxWire }> {
  const sandbox = await startSandbox({ sftPort: 0, telecomxPort: 0, ...options });
  return { sandbox, wire: new TelecomxWire(sandbox.telecomxUrl) };
}

export function failureOf(answer: WireAnswer): { status: number; error: unknown } {
  return { status: answer.status, error: answer.body?.error };
}

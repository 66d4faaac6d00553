// A bare HTTP client for the SFT sandbox, for contract tests: it sends exactly what a test says and hands back
// status, headers and parsed body, so the tests assert on the wire format rather than on a client's reading.
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox/index';
import type { SftOptions } from '../../../../src/sandbox/sft';

export interface WireAnswer {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the wire carries
  readonly body: any;
}

export const RESELLER = { username: 'sandbox-reseller', password: 'sandbox' };

export class SftWire {
  constructor(readonly baseUrl: string) {}

  async send(method: string, path: string, options: { body?: unknown; token?: string; rawBody?: string } = {}): Promise<WireAnswer> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (options.token !== undefined) headers['X-Authorization'] = `Bearer ${options.token}`;
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Left as text: the non-json fault is asserted on as such.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  async login(extra: Record<string, unknown> = {}): Promise<{ AccessToken: string; RefreshToken: string }> {
    const answer = await this.send('POST', '/api/login', { body: { ...RESELLER, ...extra } });
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async admin(method: string, action: string, body?: unknown): Promise<WireAnswer> {
    return this.send(method, `/__sandbox/${action}`, { body });
  }
}

/** The specific result code of an envelope answer. */
export function codeOf(answer: WireAnswer): string | undefined {
  return answer.body?.Response?.resultParam?.resultCode;
}

/**
 * A logged-in session against a sandbox started for one test file. `reset()` reseeds the server and logs in
 * again, so each test starts from the seed whatever the previous one changed.
 */
export class SftSession {
  token = '';
  private constructor(readonly sandbox: RunningSandbox, readonly wire: SftWire) {}

  static async start(sft: Partial<SftOptions> = { tps: 0 }): Promise<SftSession> {
    const sandbox = await startSandbox({ sftPort: 0, telecomxPort: 0, sft });
    return new SftSession(sandbox, new SftWire(sandbox.sftUrl));
  }

  async reset(): Promise<void> {
    await this.wire.admin('POST', 'reset');
    this.token = (await this.wire.login()).AccessToken;
  }

  get(path: string, query: Record<string, string> = {}): Promise<WireAnswer> {
    const search = new URLSearchParams(query).toString();
    return this.wire.send('GET', search ? `${path}?${search}` : path, { token: this.token });
  }

  post(path: string, body: unknown): Promise<WireAnswer> {
    return this.wire.send('POST', path, { body, token: this.token });
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }
}

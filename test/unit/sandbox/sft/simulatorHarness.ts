// Drives the SFT simulator through handle() with a clock the test moves, for the rules that depend on time.
import { createSftSimulator, type SftOptions } from '../../../../src/sandbox/sft';
import type { SandboxResponse, VendorSimulator } from '../../../../src/sandbox/server/types';

export class SimulatorHarness {
  /** A whole second, so token lifetimes (whole seconds) line up with the test's arithmetic. */
  nowMs = Date.UTC(2026, 10, 23, 9, 0, 0);
  readonly simulator: VendorSimulator;

  constructor(options: Partial<SftOptions> = {}) {
    this.simulator = createSftSimulator({ size: 'small', tps: 0, accessTtlSeconds: 3600, refreshTtlSeconds: 86400, now: () => this.nowMs, ...options });
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  async call(method: string, path: string, options: { token?: string; body?: unknown; query?: string } = {}): Promise<SandboxResponse> {
    const headers: Record<string, string> = {};
    if (options.token) headers['x-authorization'] = `Bearer ${options.token}`;
    return this.simulator.handle({ method, path, query: new URLSearchParams(options.query ?? ''), headers, body: options.body });
  }

  async login(extra: Record<string, unknown> = {}): Promise<{ AccessToken: string; RefreshToken: string }> {
    const answer = await this.call('POST', '/api/login', { body: { username: 'sandbox-reseller', password: 'sandbox', ...extra } });
    if (answer.status !== 200) throw new Error(`login failed with ${answer.status}`);
    return answer.body as { AccessToken: string; RefreshToken: string };
  }
}

export function descriptionOf(response: SandboxResponse): string | undefined {
  return (response.body as { Response?: { resultParam?: { resultDescription?: string } } }).Response?.resultParam?.resultDescription;
}

// Drives the TelecomX simulator through `handle()`, with a clock the test moves by hand (token expiry is
// tested without waiting).
import type { SandboxResponse, VendorSimulator } from '../../../../../src/sandbox/server/types';
import { createTelecomxSimulator, type TelecomxOptions } from '../../../../../src/sandbox/telecomx';

export const ADMIN = 'admin@sandbox.example';
export const VIEWER = 'viewer@sandbox.example';
export const RESELLER = 'reseller@sandbox.example';
export const PASSWORD = 'sandbox';

export interface CallOptions {
  readonly token?: string;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * A parsed JSON answer. Tests read deep into answers whose shape is exactly what is under test, so they navigate
 * it freely and let the assertions catch a wrong shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Json;
}

export class TelecomxHarness {
  nowMs = Date.UTC(2026, 10, 23, 9, 0, 0);
  readonly simulator: VendorSimulator;

  constructor(options: Partial<TelecomxOptions> = {}) {
    this.simulator = createTelecomxSimulator({ size: 'small', tokenTtlMinutes: 15, now: () => this.nowMs, ...options });
  }

  advanceMinutes(minutes: number): void {
    this.nowMs += minutes * 60_000;
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const query = new URLSearchParams(options.query);
    if (options.token !== undefined) query.set('token', options.token);
    const response: SandboxResponse = await this.simulator.handle({
      method,
      path,
      query,
      headers: options.headers ?? {},
      // Bodies travel as JSON text over HTTP, so `undefined` members vanish exactly as they would on the wire.
      body: options.body === undefined ? undefined : JSON.parse(JSON.stringify(options.body)),
    });
    // A round trip through JSON, as the HTTP server does, so tests see exactly what a client would.
    return { status: response.status, headers: response.headers ?? {}, body: JSON.parse(JSON.stringify(response.body)) as Json };
  }

  async login(username: string, extra: Record<string, unknown> = {}): Promise<string> {
    const answer = await this.call('POST', '/auth/login', { body: { username, password: PASSWORD, ...extra } });
    if (answer.status !== 200) throw new Error(`login of ${username} failed: ${JSON.stringify(answer.body)}`);
    return answer.body.token;
  }
}

/** The `{ error, message }` of a failure, with the status, for one-line assertions. */
export function failure(answer: Answer): { status: number; error: unknown } {
  return { status: answer.status, error: answer.body.error };
}

export function regionNamed(regions: readonly Json[], englishName: string, network: string): Json {
  const found = regions.find(
    (region) =>
      region.network === network &&
      (region.names as { language: string; text: string }[]).some((name) => name.language === 'eng' && name.text === englishName),
  );
  if (!found) throw new Error(`no seeded region "${englishName}" on ${network}`);
  return found;
}

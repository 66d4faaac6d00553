// What the client tests share: connections to a running sandbox, a logger that keeps everything it is told
// (for the assertions and for the redaction check), a fake clock, and waiting for a condition without sleeping
// a fixed time.
import type { StoredTokens } from '../../../../src/core/http/credentials';
import { InMemoryCredentialStore } from '../../../../src/core/http/credentials';
import type { Clock } from '../../../../src/core/http/clock';
import type { RequestLogEntry, RequestLogger } from '../../../../src/core/http/types';
import type { ConnectionRecord } from '../../../../src/core/http/connection';
import type { RunningSandbox } from '../../../../src/sandbox';
import type { FaultSpec } from '../../../../src/sandbox';

export const SFT_USER = 'sandbox-reseller';
export const TELECOMX_USER = 'admin@sandbox.example';
export const SANDBOX_PASSWORD = 'sandbox';

export function sftConnection(sandbox: RunningSandbox, overrides: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: 'sft-test', name: 'SFT test', platform: 'sft', baseUrl: sandbox.sftUrl, username: SFT_USER,
    environment: 'sandbox', readOnly: false, ...overrides,
  };
}

export function telecomxConnection(sandbox: RunningSandbox, overrides: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: 'tx-test', name: 'TelecomX test', platform: 'telecomx', baseUrl: sandbox.telecomxUrl, username: TELECOMX_USER,
    environment: 'sandbox', readOnly: false, ...overrides,
  };
}

/** Keeps every log line, so a test can assert on them and check none carries a secret. */
export class RecordingLogger implements RequestLogger {
  readonly entries: RequestLogEntry[] = [];
  readonly messages: string[] = [];
  request(entry: RequestLogEntry): void { this.entries.push(entry); }
  info(message: string): void { this.messages.push(message); }
  warn(message: string): void { this.messages.push(message); }

  /** Everything logged, as text. */
  allText(): string {
    return [...this.entries.map((entry) => JSON.stringify(entry)), ...this.messages].join('\n');
  }
}

/** A credential store that also remembers every token set it was given, for the redaction check. */
export class ObservedCredentialStore extends InMemoryCredentialStore {
  readonly tokenHistory: StoredTokens[] = [];
  readonly storedPasswords: string[] = [];
  override async storeTokens(tokens: StoredTokens | undefined): Promise<void> {
    if (tokens) this.tokenHistory.push(tokens);
    await super.storeTokens(tokens);
  }
  override async storePassword(password: string): Promise<void> {
    this.storedPasswords.push(password);
    await super.storePassword(password);
  }
}

/** The sandbox's own record of what arrived, for one server. */
export function arrivals(sandbox: RunningSandbox, vendor: 'sft' | 'telecomx') {
  return (vendor === 'sft' ? sandbox.sftServer : sandbox.telecomxServer).log.all();
}

export function addFault(sandbox: RunningSandbox, fault: FaultSpec): void {
  (fault.path.startsWith('/api/') ? sandbox.sftServer : sandbox.telecomxServer).faults.add(fault);
}

/**
 * Resets both servers the way a test expects: seed data, no faults, empty logs, default lifetimes. The SFT limit
 * is high unless a test is about it, so the suite stays fast; the client learns it from `X-Rate-Limit-TPS`.
 */
export function resetSandbox(sandbox: RunningSandbox, sftTps = 50): void {
  for (const server of [sandbox.sftServer, sandbox.telecomxServer]) {
    server.faults.clear();
    server.log.clear();
  }
  sandbox.sft.reset();
  sandbox.telecomx.reset();
  sandbox.sft.applySettings({ tps: sftTps, accessTtlSeconds: 3600, refreshTtlSeconds: 86400 });
  sandbox.telecomx.applySettings({ tokenTtlMinutes: 15 });
}

/** Polls a condition on the event loop (no fixed sleep): resolves as soon as it holds, fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A clock that moves only when told; due callbacks run in time order. */
export class FakeClock implements Clock {
  private current = 1_700_000_000_000;
  private timers: { at: number; seq: number; callback: () => void }[] = [];
  private seq = 0;

  now(): number {
    return this.current;
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.current + Math.max(0, delayMs), seq: this.seq++, callback };
    this.timers.push(timer);
    return () => { this.timers = this.timers.filter((other) => other !== timer); };
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward, running each due callback at its own time, and lets promise callbacks run between. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await flushMicrotasks();
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = due.at;
      due.callback();
    }
    this.current = target;
    await flushMicrotasks();
  }
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

// Both simulators on free ports, with the shared client of src/core/platforms/clientFactory.ts logged in to each,
// plus the sandbox's admin endpoints (faults, request log, reset) for HTTP tests of the resource kinds.
import { InMemoryCredentialStore } from '../../../../../src/core/http/credentials';
import { silentLogger } from '../../../../../src/core/http/types';
import { createPlatformClient, type ConnectedClient } from '../../../../../src/core/platforms/clientFactory';
import type { PlatformId } from '../../../../../src/core/http/connection';
import { startSandbox, type RunningSandbox } from '../../../../../src/sandbox';

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly status: number;
  readonly resultCode?: string;
  readonly fault?: string;
}

export interface FaultRequest {
  readonly method: string;
  readonly path: string;
  readonly kind: string;
  readonly count?: number;
  readonly resultCode?: string;
  /** A `slow` fault: how long the server waits before handling the request. */
  readonly delayMs?: number;
}

function connect(platform: PlatformId, baseUrl: string, username: string, targetAccountId?: string): ConnectedClient {
  return createPlatformClient(
    {
      id: `test-${platform}`, name: `Test ${platform}`, platform, baseUrl, username, environment: 'sandbox', readOnly: false,
      ...(targetAccountId && { targetAccountId }),
    },
    // Short timeouts keep a `drop` or `slow` fault from holding a test for 30 s.
    { credentials: new InMemoryCredentialStore('sandbox'), logger: silentLogger, timeouts: { defaultMs: 5000, longRunningMs: 5000 }, requestsPerSecond: 1000 },
  );
}

export class SandboxHarness {
  private constructor(readonly sandbox: RunningSandbox, readonly sft: ConnectedClient, readonly telecomx: ConnectedClient) {}

  static async start(): Promise<SandboxHarness> {
    // No SFT rate limit: the tests are about the kinds, and the client's own limiter would only slow them.
    const sandbox = await startSandbox({ sftPort: 0, telecomxPort: 0, sft: { tps: 0 } });
    return new SandboxHarness(
      sandbox,
      connect('sft', sandbox.sftUrl, 'sandbox-reseller'),
      connect('telecomx', sandbox.telecomxUrl, 'admin@sandbox.example'),
    );
  }

  /** The reseller acting on its child account 300 through support access (narrower entitlement: 6565). */
  childAccountClient(): ConnectedClient {
    return connect('sft', this.sandbox.sftUrl, 'sandbox-reseller', '300');
  }

  clientFor(platform: PlatformId): ConnectedClient {
    return platform === 'sft' ? this.sft : this.telecomx;
  }

  private urlFor(platform: PlatformId): string {
    return platform === 'sft' ? this.sandbox.sftUrl : this.sandbox.telecomxUrl;
  }

  private async admin(platform: PlatformId, method: string, action: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.urlFor(platform)}/__sandbox/${action}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`admin ${method} ${action} failed: ${response.status} ${await response.text()}`);
    return response.json();
  }

  /**
   * Back to the seed on both servers (faults, request logs and tokens cleared too), then signed in again: a
   * fault must meet the write itself, not a request that the server would first refuse for its old token.
   */
  async reset(): Promise<void> {
    await this.admin('sft', 'POST', 'reset');
    await this.admin('telecomx', 'POST', 'reset');
    await this.sft.signIn();
    await this.telecomx.signIn();
    await this.clearRequests('sft');
    await this.clearRequests('telecomx');
  }

  async addFault(platform: PlatformId, fault: FaultRequest): Promise<void> {
    await this.admin(platform, 'POST', 'faults', fault);
  }

  async requests(platform: PlatformId): Promise<LoggedRequest[]> {
    return (await this.admin(platform, 'GET', 'requests')) as LoggedRequest[];
  }

  async clearRequests(platform: PlatformId): Promise<void> {
    await this.admin(platform, 'DELETE', 'requests');
  }

  /** The logged requests other than reads: what the kind actually wrote. */
  async writes(platform: PlatformId): Promise<LoggedRequest[]> {
    return (await this.requests(platform)).filter((entry) => entry.method !== 'GET' && !entry.path.startsWith('/auth/') && entry.path !== '/api/login');
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }
}

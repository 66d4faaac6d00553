// "Roaming: Try the Sandbox": both simulators inside the extension host on local ports, and a connection to
// each with the sandbox credentials in SecretStorage. Stopping the sandbox removes nothing else.
//
// Connection records are shared by every VS Code window (global state), but each window has its own extension
// host. So there is one sandbox per machine: a window finds the ports of the last sandbox in global state and,
// when a sandbox already answers there (another window's), uses it instead of starting a second one on other
// ports — which would rewrite the shared connections under the other window's feet.
import * as vscode from 'vscode';
import type { ConnectionRecord, PlatformId } from '../../core/http/connection';
import type { RunningSandbox } from '../../sandbox';
import type { ConnectionStore } from '../connections/connectionStore';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { RequestLogger } from '../../core/http/types';

/** The sandbox's documented credentials (src/sandbox/README.md); not secrets, but stored like any password. */
const SANDBOX_ACCOUNTS: Readonly<Record<PlatformId, { name: string; username: string; password: string }>> = {
  sft: { name: 'Sandbox SFT', username: 'sandbox-reseller', password: 'sandbox' },
  telecomx: { name: 'Sandbox TelecomX', username: 'admin@sandbox.example', password: 'sandbox' },
};

/** Which saved connections are the sandbox's, so a restart updates them in place. */
const SANDBOX_IDS_KEY = 'roaming.sandboxConnectionIds';
/** Where the last sandbox listened. */
const SANDBOX_PORTS_KEY = 'roaming.sandboxPorts';

interface SandboxUrls {
  readonly sft: string;
  readonly telecomx: string;
}

const urlOnPort = (port: number) => `http://127.0.0.1:${port}`;

/** True when a Roaming sandbox answers at this base URL (its admin endpoint lists faults as a JSON array). */
async function sandboxAnswersAt(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/__sandbox/faults`, { signal: AbortSignal.timeout(2000) });
    return response.ok && Array.isArray(await response.json());
  } catch {
    return false;
  }
}

export class SandboxLauncher implements vscode.Disposable {
  /** The sandbox this window started (undefined when it uses another window's, or none). */
  private owned: RunningSandbox | undefined;
  private inUse: SandboxUrls | undefined;
  private starting: Promise<ConnectionRecord[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: ConnectionStore,
    private readonly clients: ClientRegistry,
    private readonly logger: RequestLogger,
  ) {}

  get isRunning(): boolean {
    return this.inUse !== undefined;
  }

  get urls(): SandboxUrls | undefined {
    return this.inUse;
  }

  /** For the tests: the servers this window runs (fault injection, state, request log). */
  get sandbox(): RunningSandbox | undefined {
    return this.owned;
  }

  /** Starts (or finds) the sandbox once and returns its two connections. */
  start(): Promise<ConnectionRecord[]> {
    this.starting ??= this.startOnce().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async startOnce(): Promise<ConnectionRecord[]> {
    if (!this.inUse) {
      this.inUse = await this.startOrFind();
      void vscode.commands.executeCommand('setContext', 'roaming.sandboxRunning', true);
      this.changed.fire();
    }
    return this.ensureConnections(this.inUse);
  }

  /**
   * The ports of the last run come first: connections keep their URLs, and a tree that showed "could not reach"
   * recovers with Retry. A sandbox already answering there is used as it is; taken ports otherwise fall back to
   * any free ones.
   */
  private async startOrFind(): Promise<SandboxUrls> {
    const previous = this.context.globalState.get<{ sft: number; telecomx: number }>(SANDBOX_PORTS_KEY);
    if (previous) {
      const found = { sft: urlOnPort(previous.sft), telecomx: urlOnPort(previous.telecomx) };
      if (await sandboxAnswersAt(found.sft) && await sandboxAnswersAt(found.telecomx)) {
        this.logger.info(`Using the sandbox already running at ${found.sft} and ${found.telecomx} (started by another window)`);
        vscode.window.setStatusBarMessage(`$(beaker) Sandbox: SFT ${found.sft}, TelecomX ${found.telecomx}`, 15_000);
        return found;
      }
    }
    // Loaded now, not at activation: a bundle of its own (sandboxServer.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the lazy load is the point
    const { startSandbox } = require('./sandboxServer') as typeof import('./sandboxServer');
    try {
      this.owned = await startSandbox({ sftPort: previous?.sft ?? 0, telecomxPort: previous?.telecomx ?? 0 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !previous) throw error;
      this.owned = await startSandbox({ sftPort: 0, telecomxPort: 0 });
    }
    const urls = { sft: this.owned.sftUrl, telecomx: this.owned.telecomxUrl };
    await this.context.globalState.update(SANDBOX_PORTS_KEY, { sft: Number(new URL(urls.sft).port), telecomx: Number(new URL(urls.telecomx).port) });
    this.logger.info(`Sandbox started: SFT ${urls.sft}, TelecomX ${urls.telecomx}`);
    // Free ports, not the 8701/8702 of `npm run sandbox`: say where, for a person who wants to call it directly.
    vscode.window.setStatusBarMessage(`$(beaker) Sandbox started: SFT ${urls.sft}, TelecomX ${urls.telecomx}`, 15_000);
    return urls;
  }

  private async ensureConnections(urls: SandboxUrls): Promise<ConnectionRecord[]> {
    const ids = this.context.globalState.get<Partial<Record<PlatformId, string>>>(SANDBOX_IDS_KEY, {});
    const connections: ConnectionRecord[] = [];
    for (const platform of ['sft', 'telecomx'] as const) {
      const account = SANDBOX_ACCOUNTS[platform];
      const existing = ids[platform] ? this.store.get(ids[platform])?.record : undefined;
      let record: ConnectionRecord;
      if (existing) {
        record = { ...existing, baseUrl: urls[platform] };
        if (existing.baseUrl !== record.baseUrl) {
          await this.store.update(record);
          // The old session belonged to another sandbox process: its tokens mean nothing there.
          await this.store.credentials(record.id).forgetTokens();
          this.clients.forget(record.id);
        }
      } else {
        record = await this.store.add({
          name: account.name, platform, baseUrl: urls[platform], username: account.username,
          environment: 'sandbox', readOnly: false,
        });
        ids[platform] = record.id;
      }
      await this.store.credentials(record.id).storePassword(account.password);
      connections.push(record);
    }
    await this.context.globalState.update(SANDBOX_IDS_KEY, ids);
    return connections;
  }

  async stop(): Promise<void> {
    const owned = this.owned;
    this.owned = undefined;
    this.inUse = undefined;
    if (owned) {
      await owned.close();
      this.logger.info('Sandbox stopped; its connections stay and show errors until it is started again.');
    } else {
      this.logger.info('This window stopped using the sandbox; it keeps running in the window that started it.');
    }
    void vscode.commands.executeCommand('setContext', 'roaming.sandboxRunning', false);
    this.changed.fire();
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
  }
}

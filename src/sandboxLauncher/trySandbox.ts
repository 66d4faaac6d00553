// "Roaming: Try the Sandbox": both simulators inside the extension host on free local ports, and a connection
// to each with the sandbox credentials in SecretStorage. Stopping the sandbox removes nothing else.
import * as vscode from 'vscode';
import type { ConnectionRecord, PlatformId } from '../platforms/connection';
import { startSandbox, type RunningSandbox } from '../sandbox';
import type { ConnectionStore } from '../connections/connectionStore';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { RequestLogger } from '../http/types';

/** The sandbox's documented credentials (src/sandbox/README.md); not secrets, but stored like any password. */
const SANDBOX_ACCOUNTS: Readonly<Record<PlatformId, { name: string; username: string; password: string }>> = {
  sft: { name: 'Sandbox SFT', username: 'sandbox-reseller', password: 'sandbox' },
  telecomx: { name: 'Sandbox TelecomX', username: 'admin@sandbox.example', password: 'sandbox' },
};

/** Remembers which saved connections are the sandbox's, so a restart on new ports updates them in place. */
const SANDBOX_IDS_KEY = 'roaming.sandboxConnectionIds';
const SANDBOX_PORTS_KEY = 'roaming.sandboxPorts';

export class SandboxLauncher implements vscode.Disposable {
  private running: RunningSandbox | undefined;
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
    return this.running !== undefined;
  }

  get urls(): { sft: string; telecomx: string } | undefined {
    return this.running ? { sft: this.running.sftUrl, telecomx: this.running.telecomxUrl } : undefined;
  }

  /** Starts the sandbox (once) and returns its two connections. */
  start(): Promise<ConnectionRecord[]> {
    this.starting ??= this.startOnce().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async startOnce(): Promise<ConnectionRecord[]> {
    if (!this.running) {
      this.running = await this.startOnPreviousPorts();
      this.logger.info(`Sandbox started: SFT ${this.running.sftUrl}, TelecomX ${this.running.telecomxUrl}`);
      void vscode.commands.executeCommand('setContext', 'roaming.sandboxRunning', true);
      this.changed.fire();
    }
    const urls = { sft: this.running.sftUrl, telecomx: this.running.telecomxUrl };
    const ids = this.context.globalState.get<Partial<Record<PlatformId, string>>>(SANDBOX_IDS_KEY, {});
    const connections: ConnectionRecord[] = [];
    for (const platform of ['sft', 'telecomx'] as const) {
      const account = SANDBOX_ACCOUNTS[platform];
      const existing = ids[platform] ? this.store.get(ids[platform])?.record : undefined;
      let record: ConnectionRecord;
      if (existing) {
        record = { ...existing, baseUrl: urls[platform] };
        if (existing.baseUrl !== record.baseUrl) await this.store.update(record);
        // The old session belonged to the previous sandbox process: its tokens mean nothing now.
        await this.store.credentials(record.id).forgetTokens();
        this.clients.forget(record.id);
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

  /**
   * Ports of the last run are tried first: the connections then keep their URLs, and a tree that showed "could
   * not reach" recovers with Retry. Taken ports fall back to any free ones.
   */
  private async startOnPreviousPorts(): Promise<RunningSandbox> {
    const previous = this.context.globalState.get<{ sft: number; telecomx: number }>(SANDBOX_PORTS_KEY);
    let running: RunningSandbox;
    try {
      running = await startSandbox({ sftPort: previous?.sft ?? 0, telecomxPort: previous?.telecomx ?? 0 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !previous) throw error;
      running = await startSandbox({ sftPort: 0, telecomxPort: 0 });
    }
    await this.context.globalState.update(SANDBOX_PORTS_KEY, { sft: Number(new URL(running.sftUrl).port), telecomx: Number(new URL(running.telecomxUrl).port) });
    return running;
  }

  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    await running.close();
    this.logger.info('Sandbox stopped; its connections stay and show errors until it is started again.');
    void vscode.commands.executeCommand('setContext', 'roaming.sandboxRunning', false);
    this.changed.fire();
  }

  /** For the tests: the running servers (fault injection, request log). */
  get sandbox(): RunningSandbox | undefined {
    return this.running;
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
  }
}

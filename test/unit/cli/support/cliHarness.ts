// Running the command line against the sandbox: in-process through `main` with captured output, and the shared
// setup (a sandbox with a rate limit the client learns, a user whose password appears nowhere else).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main, type CliIo } from '../../../../src/cli/program';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunSettings {
  readonly env?: Record<string, string | undefined>;
  /** Lines typed at the terminal; with it, stdin counts as a terminal. */
  readonly typed?: string;
  readonly cwd?: string;
}

export class CliSandbox {
  /** Unique per run, so a leak check can search for it (the word "sandbox" is in user names and URLs). */
  readonly password = `pw-${randomBytes(12).toString('hex')}`;
  readonly sftUser = 'cli-reseller';
  readonly telecomxUser = 'cli-admin@sandbox.example';

  private constructor(readonly sandbox: RunningSandbox) {}

  static async start(): Promise<CliSandbox> {
    // A limit the client learns from the first answer (X-Rate-Limit-TPS): high enough to keep the tests quick.
    return new CliSandbox(await startSandbox({ sftPort: 0, telecomxPort: 0, sft: { tps: 50 } }));
  }

  /** Seed data, no faults, empty logs, and the test users (a reset removes added users). */
  reset(): void {
    for (const server of [this.sandbox.sftServer, this.sandbox.telecomxServer]) {
      server.faults.clear();
      server.log.clear();
    }
    this.sandbox.sft.reset();
    this.sandbox.telecomx.reset();
    this.sandbox.sft.applySettings({ tps: 50 });
    this.sandbox.sft.addUser({ username: this.sftUser, password: this.password });
    this.sandbox.telecomx.addUser({ username: this.telecomxUser, password: this.password, accessLevel: 'ADMIN' });
  }

  /** A connection file as a pipeline would keep it in its repository. */
  writeConnectionFile(folder: string, platform: 'sft' | 'telecomx', extra: Record<string, unknown> = {}): string {
    const file = path.join(folder, `${platform}-connection.json`);
    const connection = platform === 'sft'
      ? { name: 'CLI SFT', platform, baseUrl: this.sandbox.sftUrl, username: this.sftUser, environment: 'sandbox' }
      : { name: 'CLI TelecomX', platform, baseUrl: this.sandbox.telecomxUrl, username: this.telecomxUser, environment: 'sandbox' };
    fs.writeFileSync(file, JSON.stringify({ ...connection, ...extra }, null, 2));
    return file;
  }

  /** Writes that reached a server (not reads, not logins). */
  writes(platform: 'sft' | 'telecomx'): string[] {
    const server = platform === 'sft' ? this.sandbox.sftServer : this.sandbox.telecomxServer;
    return server.log.all()
      .filter((entry) => entry.method !== 'GET' && entry.path !== '/api/login' && !entry.path.startsWith('/auth/'))
      .map((entry) => `${entry.method} ${entry.path}`);
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }
}

/** Runs `roaming-workbench <argv>` in this process. */
export async function runCli(argv: readonly string[], settings: RunSettings = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    stdin: Readable.from(settings.typed === undefined ? [] : [settings.typed]),
    stdinIsTerminal: settings.typed !== undefined,
    env: settings.env ?? {},
    cwd: settings.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

// The launcher's handle on the sandbox process (sandboxProcess.ts): its URLs, its admin endpoints, and stopping it.
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { SandboxReady } from './sandboxProcess';

export interface SandboxHandle extends SandboxReady {
  /** A `/__sandbox/<action>` endpoint of one server (see src/sandbox/README.md). */
  admin(vendor: 'sft' | 'telecomx', action: string, method?: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

export async function startSandboxProcess(size: 'small' | 'large'): Promise<SandboxHandle> {
  const child: ChildProcess = fork(path.join(__dirname, 'sandboxProcess.js'), [size], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<SandboxReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench sandbox did not start within 60 s')), START_TIMEOUT_MS);
    child.once('message', (message) => { clearTimeout(timer); resolve(message as SandboxReady); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the bench sandbox exited with ${code} during start-up`)); });
  });
  return {
    ...ready,
    async admin(vendor, action, method = 'POST', body = {}) {
      const baseUrl = vendor === 'sft' ? ready.sftUrl : ready.telecomxUrl;
      const response = await fetch(`${baseUrl}/__sandbox/${action}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
      });
      if (!response.ok) throw new Error(`sandbox ${method} ${action}: HTTP ${response.status} ${await response.text()}`);
      const text = await response.text();
      return text ? JSON.parse(text) as unknown : undefined;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

// The launcher's handle on the sandbox process (sandboxProcess.ts): its URLs, its admin endpoints, and stopping it.
import { fork, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import type { SandboxReady } from './sandboxProcess';

export interface SandboxHandle extends SandboxReady {
  /** A `/__sandbox/<action>` endpoint of one server (see src/sandbox/README.md). */
  admin(vendor: 'sft' | 'telecomx', action: string, method?: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * One admin call on a connection of its own (agent: false): a pooled connection left idle through a long
 * measurement may have been closed by the server, and an admin call must not fail on that.
 */
function adminRequest(url: URL, method: 'GET' | 'POST' | 'DELETE', body: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent: false, headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((response.statusCode ?? 500) >= 300) {
          reject(new Error(`sandbox ${method} ${url.pathname}: HTTP ${response.statusCode} ${text}`));
          return;
        }
        try {
          resolve(text ? JSON.parse(text) as unknown : undefined);
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('error', reject);
    request.end(method === 'POST' ? JSON.stringify(body) : undefined);
  });
}

export async function startSandboxProcess(size: 'small' | 'large'): Promise<SandboxHandle> {
  const child: ChildProcess = fork(path.join(__dirname, 'sandboxProcess.js'), [size], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<SandboxReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench sandbox did not start within 60 s')), START_TIMEOUT_MS);
    child.once('message', (message) => { clearTimeout(timer); resolve(message as SandboxReady); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the bench sandbox exited with ${code} during start-up`)); });
  });
  return {
    ...ready,
    admin(vendor, action, method = 'POST', body = {}) {
      return adminRequest(new URL(`/__sandbox/${action}`, vendor === 'sft' ? ready.sftUrl : ready.telecomxUrl), method, body);
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

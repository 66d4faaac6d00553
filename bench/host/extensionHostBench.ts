// Entry point VS Code calls inside the extension host (`extensionTestsPath`) for `npm run bench`: times the
// extension's activation, then the tree at scale on the sandbox the launcher started, and writes one sample.
// The launcher loads the workbench once per sample, so every sample comes from a fresh extension host.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ExplorerNode } from '../../src/vscode/explorer/explorerNode';
import { activateTimed } from './activationTiming';
import {
  BENCH_CONNECTION_PREFIX, SAMPLE_FILE_VARIABLE, SFT_URL_VARIABLE, TELECOMX_URL_VARIABLE,
  type ActivationSample, type HostSample, type TreeSample,
} from './protocol';
import { measureFolder } from './treeTiming';

const SANDBOX_ACCOUNTS = {
  sft: { username: 'sandbox-reseller', password: 'sandbox', folder: 'Destination Groups' },
  telecomx: { username: 'admin@sandbox.example', password: 'sandbox', folder: 'Regions' },
} as const;

function requiredVariable(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through bench/run.ts`);
  return value;
}

async function labelOf(api: TestApi, node: ExplorerNode): Promise<string> {
  const item = await api.explorer.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

async function childLabelled(api: TestApi, parent: ExplorerNode | undefined, label: string): Promise<ExplorerNode> {
  for (const child of await api.explorer.getChildren(parent)) if (await labelOf(api, child) === label) return child;
  throw new Error(`no "${label}" in the Roaming tree`);
}

/** A previous sample in the same profile may have left its connections (they live in global state). */
async function removeBenchConnections(api: TestApi): Promise<void> {
  for (const known of api.store.list()) {
    if (known.record.name.startsWith(BENCH_CONNECTION_PREFIX)) await api.store.remove(known.record.id);
  }
}

async function measurePlatformTree(api: TestApi, platform: 'sft' | 'telecomx', baseUrl: string): Promise<TreeSample> {
  const account = SANDBOX_ACCOUNTS[platform];
  const name = `${BENCH_CONNECTION_PREFIX}${platform}`;
  const record = await vscode.commands.executeCommand<{ id: string } | undefined>('roaming.addConnection', {
    platform, name, baseUrl, username: account.username, password: account.password, environment: 'test', readOnly: true,
  });
  if (!record) throw new Error(`the ${platform} connection could not be added`);
  try {
    const connection = await childLabelled(api, undefined, name);
    const folder = await childLabelled(api, connection, account.folder);
    // Sign in before measuring: a first expansion would otherwise include the login.
    await api.explorer.getChildren(await childLabelled(api, connection, platform === 'sft' ? 'Service Profiles' : 'Text Prices'));
    return await measureFolder(api, folder, account.folder);
  } finally {
    await api.store.remove(record.id);
  }
}

export async function run(): Promise<void> {
  const sampleFile = requiredVariable(SAMPLE_FILE_VARIABLE);
  fs.writeFileSync(`${sampleFile}.started`, new Date().toISOString());
  let activation: ActivationSample = { alreadyActive: false };
  const trees: TreeSample[] = [];
  let error: string | undefined;
  try {
    const activated = await activateTimed();
    activation = activated.sample;
    const api = activated.exports as TestApi | undefined;
    if (!api) throw new Error('the extension did not export its test API: is VS Code running it in test mode?');
    await removeBenchConnections(api);
    trees.push(await measurePlatformTree(api, 'sft', requiredVariable(SFT_URL_VARIABLE)));
    trees.push(await measurePlatformTree(api, 'telecomx', requiredVariable(TELECOMX_URL_VARIABLE)));
  } catch (caught) {
    error = (caught as Error).stack ?? String(caught);
  }
  const sample: HostSample = { vscodeVersion: vscode.version, activation, trees, ...(error ? { error } : {}) };
  // Write then rename, so the launcher never reads half a file.
  fs.writeFileSync(`${sampleFile}.tmp`, JSON.stringify(sample, null, 2));
  fs.renameSync(`${sampleFile}.tmp`, sampleFile);
}

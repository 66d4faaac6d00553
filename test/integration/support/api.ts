import * as vscode from 'vscode';
import type { TestApi } from '../../../src/vscode/extension';
import type { ExplorerNode } from '../../../src/vscode/explorer/explorerNode';

export const EXTENSION_ID = 'roaming-workbench.roaming-workbench';

/** The extension's test API (exported only in test mode). */
export async function extensionApi(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<TestApi | undefined>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  if (!api) throw new Error('the extension did not export its test API: is VS Code running it in test mode?');
  return api;
}

/** Waits for a condition, polling; for things that settle asynchronously (tree loads, pushes, file changes). */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Label of a tree node as the tree shows it. */
export async function labelOf(node: ExplorerNode): Promise<string> {
  const item = await node.treeItem();
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

export async function contextOf(node: ExplorerNode): Promise<string | undefined> {
  return (await node.treeItem()).contextValue;
}

export async function childrenOf(api: TestApi, node?: ExplorerNode): Promise<ExplorerNode[]> {
  return api.explorer.getChildren(node);
}

/** The child with this label; fails with the labels that were there. */
export async function childLabelled(api: TestApi, parent: ExplorerNode | undefined, label: string): Promise<ExplorerNode> {
  const children = await childrenOf(api, parent);
  const labels = await Promise.all(children.map(labelOf));
  const index = labels.indexOf(label);
  if (index < 0) throw new Error(`no "${label}" under ${parent ? await labelOf(parent) : 'the root'}; found: ${labels.join(', ')}`);
  return children[index];
}

export async function labelsUnder(api: TestApi, parent: ExplorerNode | undefined): Promise<string[]> {
  return Promise.all((await childrenOf(api, parent)).map(labelOf));
}

/** POSTs to a sandbox admin endpoint. */
export async function sandboxAdmin(baseUrl: string, action: string, body: unknown = {}, method = 'POST'): Promise<unknown> {
  const response = await fetch(`${baseUrl}/__sandbox/${action}`, {
    method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${action}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

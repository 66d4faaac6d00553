// Quick picks for commands started from the palette rather than the tree: which connection, which kind, which
// object. Every pick says which connection it acts on.
import * as vscode from 'vscode';
import { showError, showInformation } from '../ui/notifications';
import type { ConnectionClient } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import { PLATFORM_LABELS, type ConnectionRecord, type PlatformId } from '../../core/http/connection';
import type { ResourceKind } from '../../core/platforms/resourceKind';

export async function pickConnection(store: ConnectionStore, purpose: string, platform?: PlatformId): Promise<ConnectionRecord | undefined> {
  const connections = store.list().map((known) => known.record).filter((record) => !platform || record.platform === platform);
  if (connections.length === 0) {
    const action = await showInformation(
      platform ? `No ${PLATFORM_LABELS[platform]} connection yet.` : 'No roaming connection yet.', 'Add Connection…', 'Try the Sandbox');
    if (action === 'Add Connection…') await vscode.commands.executeCommand('roaming.addConnection');
    if (action === 'Try the Sandbox') await vscode.commands.executeCommand('roaming.trySandbox');
    return undefined;
  }
  if (connections.length === 1) return connections[0];
  const picked = await vscode.window.showQuickPick(connections.map((record) => ({
    label: record.name,
    description: `${PLATFORM_LABELS[record.platform]} · ${record.environment}${record.readOnly ? ' · read-only' : ''}`,
    detail: record.baseUrl,
    record,
  })), { title: purpose, placeHolder: 'Which connection?' });
  return picked?.record;
}

export async function pickKind(kinds: readonly ResourceKind[], purpose: string): Promise<ResourceKind | undefined> {
  const picked = await vscode.window.showQuickPick(kinds.map((kind) => ({ label: `$(${kind.icon}) ${kind.singular}`, resourceKind: kind })), {
    title: purpose, placeHolder: 'Which kind of object?',
  });
  return picked?.resourceKind;
}

export interface PickedObject {
  readonly id: string;
  readonly remote: unknown;
}

/** Lists the kind's objects (first server page for paged kinds) and lets the person pick one or several. */
export async function pickObjects(client: ConnectionClient, kind: ResourceKind, purpose: string, many: boolean): Promise<PickedObject[] | undefined> {
  const items = vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Listing ${kind.plural.toLowerCase()} of ${client.connection.name}` },
    async () => {
      const page = await kind.list(client, kind.pagedRemotely ? { offset: 0, limit: 500 } : {});
      return page.items.map((remote) => {
        const presentation = kind.present(remote);
        return { label: presentation.label, description: presentation.description, picked: false, id: kind.idOf(remote), remote };
      });
    },
  );
  try {
    const title = `${purpose} — ${client.connection.name} (${client.connection.environment})`;
    if (many) {
      const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, matchOnDescription: true, placeHolder: `Which ${kind.plural.toLowerCase()}?` });
      return picked?.map(({ id, remote }) => ({ id, remote }));
    }
    const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, placeHolder: `Which ${kind.singular.toLowerCase()}?` });
    return picked ? [{ id: picked.id, remote: picked.remote }] : undefined;
  } catch (error) {
    void showError(`Could not list ${kind.plural.toLowerCase()} of ${client.connection.name}: ${(error as Error).message}`);
    return undefined;
  }
}

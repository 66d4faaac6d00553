// Looking at the sandbox the way a person would check an apply: objects by name, and the writes that arrived.
import type { ConnectedClient } from '../../../../../src/core/platforms/clientFactory';
import type { ResourceKind } from '../../../../../src/core/platforms/resourceKind';
import type { SandboxHarness } from '../../platforms/support/sandboxClients';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = ResourceKind<any, any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function objectsNamed<TRemote>(client: ConnectedClient, kind: ResourceKind<TRemote, any>, name: string): Promise<TRemote[]> {
  const items = (await kind.list(client, {})).items;
  return items.filter((item) => kind.nameOf(item).toLowerCase() === name.toLowerCase());
}

/** Paths of the writes (not reads, not logins) that reached the server, in order. */
export async function writePaths(harness: SandboxHarness, platform: 'sft' | 'telecomx'): Promise<string[]> {
  return (await harness.writes(platform)).map((entry) => `${entry.method} ${entry.path}`);
}

/** Changes an object on the remote the way another person would: through the kind, outside the folder. */
export async function changeRemotely<TDocument>(client: ConnectedClient, kind: ResourceKind<unknown, TDocument>, id: string, edit: (document: TDocument) => TDocument): Promise<void> {
  const remote = await kind.get(client, id);
  if (remote === undefined) throw new Error(`${kind.slug} ${id} is not on the sandbox`);
  const document = edit(kind.toDocument(remote));
  const plan = kind.planUpdate(id, remote, document);
  if (!plan) throw new Error('the edit changes nothing');
  const outcome = await kind.execute(client, plan, document);
  if (outcome.status !== 'applied') throw new Error(outcome.message);
}

export async function deleteRemotely(client: ConnectedClient, kind: AnyKind, id: string): Promise<void> {
  const outcome = await kind.execute(client, kind.planDelete(id, await kind.get(client, id)), undefined);
  if (outcome.status !== 'applied') throw new Error(outcome.message);
}

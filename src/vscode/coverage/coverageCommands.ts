// Show Coverage and Compare Coverage…: from a destination group or roaming profile in the tree (one, or two
// selected), from the editor title of its document, or from the palette (pick the connection and the object).
// A comparison may take its second side from another connection: the same group in test and in production.
import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import type { ResourceKind } from '../../core/platforms/resourceKind';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';
import type { ConnectionStore } from '../connections/connectionStore';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { RoamingDocuments } from '../documents/roamingDocuments';
import { ItemNode } from '../explorer/itemNode';
import { pickConnection } from '../commands/pickers';
import type { CoverageRequest, CoverageSubjectRef } from './coveragePage';
import type { CoverageViews } from './coveragePanel';

export interface CoverageCommandContext {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly documents: RoamingDocuments;
  readonly views: CoverageViews;
  readonly kindBySlug: (slug: string) => ResourceKind | undefined;
}

interface Side {
  readonly connection: ConnectionRecord;
  readonly subject: CoverageSubjectRef;
}

const SUBJECT_OF_KIND: Readonly<Record<string, CoverageSubjectRef['kind']>> = { 'destination-group': 'group', 'roaming-profile': 'profile' };

export async function showCoverage(context: CoverageCommandContext, target?: unknown): Promise<void> {
  const side = sideOf(context, target) ?? sideOf(context, vscode.window.activeTextEditor?.document.uri) ?? await pickSide(context, 'Show Coverage');
  if (!side) return;
  await context.views.show({ connectionId: side.connection.id, subject: side.subject });
}

export async function compareCoverage(context: CoverageCommandContext, target?: unknown, selection?: unknown): Promise<void> {
  const chosen = (Array.isArray(selection) && selection.length > 0 ? selection : target ? [target] : [])
    .map((candidate) => sideOf(context, candidate)).filter((side): side is Side => side !== undefined);
  const left = chosen[0] ?? await pickSide(context, 'Compare Coverage: the first side');
  if (!left) return;
  const right = chosen[1] ?? await pickSide(context, `Compare Coverage with ${describeSide(left)}`, true);
  if (!right) return;
  const request: CoverageRequest = { connectionId: left.connection.id, subject: left.subject, compareConnectionId: right.connection.id, compareWith: right.subject };
  await context.views.show(request);
}

/** A tree item or a `roaming:` document of a group or profile; `undefined` for anything else (a draft too). */
function sideOf(context: CoverageCommandContext, target: unknown): Side | undefined {
  if (target instanceof ItemNode) {
    const kind = SUBJECT_OF_KIND[target.kind.slug];
    return kind ? { connection: target.connection, subject: { kind, id: target.remoteId } } : undefined;
  }
  if (target instanceof vscode.Uri && target.scheme === ROAMING_SCHEME) {
    try {
      const { path, kind, connection } = context.documents.resolvePath(target);
      const subjectKind = SUBJECT_OF_KIND[kind.slug];
      return subjectKind && path.id !== undefined ? { connection, subject: { kind: subjectKind, id: path.id } } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function describeSide(side: Side): string {
  return `${side.subject.kind === 'group' ? 'destination group' : 'roaming profile'} ${side.subject.id} on ${side.connection.name}`;
}

/**
 * The groups and profiles of one SFT connection to choose from; with `anyConnection`, of every SFT connection (a
 * comparison across accounts).
 */
async function pickSide(context: CoverageCommandContext, title: string, anyConnection = false): Promise<Side | undefined> {
  const sftConnections = context.store.list().map((known) => known.record).filter((record) => record.platform === 'sft');
  const connections = anyConnection && sftConnections.length > 1 ? sftConnections : [await pickConnection(context.store, title, 'sft')].filter((record): record is ConnectionRecord => record !== undefined);
  if (connections.length === 0) return undefined;
  const items = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading destination groups and roaming profiles' }, async () => {
    const all: Array<vscode.QuickPickItem & { side?: Side }> = [];
    for (const connection of connections) {
      const client = context.clients.clientFor(connection);
      for (const slug of ['destination-group', 'roaming-profile'] as const) {
        const kind = context.kindBySlug(slug);
        if (!kind) continue;
        const page = await kind.list(client, {});
        all.push({ label: `${connections.length > 1 ? `${connection.name} · ` : ''}${kind.plural}`, kind: vscode.QuickPickItemKind.Separator });
        for (const remote of page.items) {
          const id = kind.idOf(remote);
          all.push({ label: kind.nameOf(remote), description: `${kind.singular.toLowerCase()} ${id}`, side: { connection, subject: { kind: SUBJECT_OF_KIND[slug], id } } });
        }
      }
    }
    return all;
  });
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'A destination group or roaming profile', matchOnDescription: true, ignoreFocusOut: true });
  return picked?.side;
}

// Add Operators… on a destination group file: pick networks of the account's list (a whole country, or operators
// one by one, several at once) and they are appended to the file's operator list as correct entries, in one edit
// the person reviews and pushes (or undoes) as any other. What is offered and the edit: src/core/platforms/sft/addOperators.ts.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CachedReads } from '../../core/platforms/readCache';
import { appendOperatorsEdit, entriesInList, networksToOffer, operatorListPath, type CountryOffer, type OperatorEntry } from '../../core/platforms/sft/addOperators';
import { listNetworks } from '../../core/platforms/sft/lookups';
import { showInformation } from '../ui/notifications';
import { formattingOf } from './editorFormatting';
import type { FileContexts } from './fileContexts';

export interface AddOperatorsDependencies {
  readonly contexts: FileContexts;
  readonly reads: CachedReads;
}

/** `chosen`: the operators to add without asking (for keybindings and tests); otherwise the person picks. */
export async function addOperators(deps: AddOperatorsDependencies, uriArgument?: unknown, chosen?: unknown): Promise<number> {
  const editor = editorFor(uriArgument);
  const fileName = editor ? path.posix.basename(editor.document.uri.path) : undefined;
  const file = editor && deps.contexts.contextOf(editor.document);
  if (!editor || !file?.subject || file.subject.kind !== 'destination-group') {
    throw new Error(`${fileName ?? 'No file is open'}: Add Operators… adds to a destination group's operator list — open a destination group (from the Roaming view, a *.destination-group.json file or a destination group request body) and run it there.`);
  }
  if (!file.connection) {
    throw new Error(`${fileName} is not tied to a connection, so there is no network list to choose from: open the group from the Roaming view, or keep the file in a folder exported with a roaming-manifest.json.`);
  }
  const connection = file.connection;
  const listPath = operatorListPath(file.subject.pointerPrefix, file.subject.role);
  const networks = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Reading the network list of ${connection.name}` },
    () => listNetworks(deps.reads.clientFor(connection)),
  );
  const offers = networksToOffer(networks, entriesInList(editor.document.getText(), listPath));
  if (offers.length === 0) {
    void showInformation(`Every network of ${connection.name}'s list is already in ${fileName}.`);
    return 0;
  }
  const picked = Array.isArray(chosen) ? (chosen as OperatorEntry[]) : await pickOperators(offers, connection.name, fileName ?? 'the group');
  if (!picked || picked.length === 0) return 0;
  const text = editor.document.getText();
  const edit = appendOperatorsEdit(text, listPath, picked, formattingOf(editor.document));
  if (!edit) return 0;
  const document = editor.document;
  const applied = await editor.edit((builder) => builder.replace(new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.content));
  if (!applied) throw new Error(`${fileName} could not be edited (is it open read-only?): nothing was added.`);
  const added = entriesInList(document.getText(), listPath).length - entriesInList(text, listPath).length;
  vscode.window.setStatusBarMessage(`$(add) Added ${added} operator${added === 1 ? '' : 's'} to ${fileName}: save to push, Ctrl+Z to undo`, 8000);
  return added;
}

function editorFor(uriArgument: unknown): vscode.TextEditor | undefined {
  if (uriArgument instanceof vscode.Uri) return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uriArgument.toString());
  return vscode.window.activeTextEditor;
}

interface OperatorItem extends vscode.QuickPickItem {
  readonly entries: readonly OperatorEntry[];
}

/** One multi-select list: each country (choosing it takes all its networks), then its networks one by one. */
function pickOperators(offers: readonly CountryOffer[], connectionName: string, fileName: string): Promise<OperatorEntry[] | undefined> {
  const items: Array<OperatorItem | vscode.QuickPickItem> = offers.flatMap((offer) => [
    { label: offer.countryName, kind: vscode.QuickPickItemKind.Separator },
    {
      label: `$(globe) All of ${offer.countryName}`,
      description: `${offer.networks.length} network${offer.networks.length === 1 ? '' : 's'}`,
      entries: offer.networks,
    },
    ...offer.networks.map((network): OperatorItem => ({
      label: network.tadigCode,
      description: `${network.operatorName} · ${offer.countryName}`,
      detail: `supplier ${network.supplierName} (categoryGroupId ${network.categoryGroupId})`,
      entries: [network],
    })),
  ]);
  const pick = vscode.window.createQuickPick<OperatorItem | vscode.QuickPickItem>();
  pick.title = `Add operators to ${fileName} from ${connectionName}'s network list`;
  pick.placeholder = 'Type a country, operator or TADIG code; tick several, then Enter';
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  pick.items = items;
  return new Promise((resolve) => {
    let accepted = false;
    pick.onDidAccept(() => {
      accepted = true;
      const chosen = pick.selectedItems.flatMap((item) => ('entries' in item ? item.entries : []));
      resolve(chosen.map(({ tadigCode, categoryGroupId }) => ({ tadigCode, categoryGroupId })));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!accepted) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

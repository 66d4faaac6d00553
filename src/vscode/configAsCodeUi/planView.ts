// The "Folder Plan" view: what applying an exported folder would do, grouped by action, each entry opening its
// diff (remote ↔ file) or its file. The plan itself is the core's data (src/core/configAsCode), shown as it is.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigPlan, PlanAction, PlanEntry } from '../../core/configAsCode';
import type { NotReadPath } from '../../core/configAsCode/folderFiles';
import { deleteNeedsName, describeCounts } from '../../core/configAsCode';
import { isProduction, type ConnectionRecord } from '../../core/http/connection';
import { moreProblemsText } from '../../core/validation/problemLimit';
import { escapeMarkdown } from '../../core/platforms/presentation';

export interface CurrentPlan {
  readonly plan: ConfigPlan;
  readonly connection: ConnectionRecord;
  /**
   * The production deletes typed out for this plan (Allow This Delete…), as `allowDelete` words: a plan again of
   * the same folder, environment and connection keeps those that still name a removed file; any other forgets them.
   */
  readonly allowDelete?: readonly string[];
}

const GROUPS: ReadonlyArray<{ action: PlanAction; title: string; icon: string; color?: string }> = [
  { action: 'error', title: 'Invalid files', icon: 'error', color: 'errorForeground' },
  { action: 'conflict', title: 'Conflicts (changed on the remote since export)', icon: 'warning', color: 'editorWarning.foreground' },
  { action: 'create', title: 'To create', icon: 'diff-added', color: 'gitDecoration.addedResourceForeground' },
  { action: 'update', title: 'To change', icon: 'diff-modified', color: 'gitDecoration.modifiedResourceForeground' },
  { action: 'delete', title: 'To delete', icon: 'diff-removed', color: 'gitDecoration.deletedResourceForeground' },
  { action: 'adopt', title: 'Already on the remote (the manifest learns their ids)', icon: 'link' },
  { action: 'skipped', title: 'Deletes skipped (not allowed)', icon: 'circle-slash' },
];

type PlanNode =
  | { readonly type: 'summary'; readonly current: CurrentPlan }
  | { readonly type: 'group'; readonly action: PlanAction; readonly entries: readonly PlanEntry[] }
  | { readonly type: 'entry'; readonly entry: PlanEntry; readonly current: CurrentPlan }
  /** What the folder holds that belongs to no kind: said, not silently skipped. */
  | { readonly type: 'not-read'; readonly items: readonly NotReadPath[] }
  | { readonly type: 'not-read-item'; readonly item: NotReadPath; readonly folder: string };

export class PlanView implements vscode.TreeDataProvider<PlanNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PlanNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: CurrentPlan | undefined;

  get plan(): CurrentPlan | undefined {
    return this.current;
  }

  show(current: CurrentPlan | undefined): void {
    this.current = current;
    void vscode.commands.executeCommand('setContext', 'roaming.planShown', current !== undefined);
    // On production deletes are named one by one (Allow This Delete…): a blanket "allow deletes" is not offered.
    void vscode.commands.executeCommand('setContext', 'roaming.planOnProduction', current !== undefined && isProduction(current.connection));
    void vscode.commands.executeCommand('setContext', 'roaming.planHasWrites',
      current !== undefined && (['create', 'update', 'delete', 'adopt'] as const).some((action) => current.plan.counts[action] > 0));
    this.changed.fire(undefined);
  }

  getTreeItem(node: PlanNode): vscode.TreeItem {
    if (node.type === 'summary') {
      const { plan, connection } = node.current;
      const item = new vscode.TreeItem(`${connection.name} (${connection.environment}) ← ${path.basename(plan.folder)}${plan.environment !== undefined ? ` [${plan.environment}]` : ''}`);
      item.description = describeCounts(plan);
      item.tooltip = new vscode.MarkdownString(`Plan of **${plan.folder}** against **${connection.name}** at ${connection.baseUrl}, made ${plan.createdAt}.\n\n${describeCounts(plan)}${plan.allowDeletes ? '' : '\n\nDeletes are not allowed: removed files are listed as skipped.'}`);
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.contextValue = 'plan:summary';
      return item;
    }
    if (node.type === 'group') {
      const group = GROUPS.find((candidate) => candidate.action === node.action)!;
      const item = new vscode.TreeItem(group.title, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entries.length);
      item.iconPath = new vscode.ThemeIcon(group.icon, group.color ? new vscode.ThemeColor(group.color) : undefined);
      item.contextValue = `plan:group:${node.action}`;
      return item;
    }
    if (node.type === 'not-read') {
      const item = new vscode.TreeItem('Not read (belongs to no kind)', vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground'));
      item.tooltip = 'Files and folders the plan did not read because they belong to no kind. The command line refuses them with --strict.';
      item.contextValue = 'plan:group:not-read';
      return item;
    }
    if (node.type === 'not-read-item') {
      const item = new vscode.TreeItem(node.item.path, vscode.TreeItemCollapsibleState.None);
      item.description = node.item.message;
      item.tooltip = node.item.message;
      item.resourceUri = vscode.Uri.file(path.join(node.folder, ...node.item.path.split('/')));
      item.iconPath = new vscode.ThemeIcon('question');
      item.contextValue = 'plan:not-read';
      return item;
    }
    const { entry } = node;
    const needsName = deleteNeedsName(entry, isProduction(node.current.connection));
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.None);
    item.description = `${entry.kind}${entry.id ? ` ${entry.id}` : ''} · ${entry.file}`;
    const details = [
      `**${entry.summary}**`,
      entry.problems?.length ? entry.problems.map((problem) => `- ${problem.line !== undefined ? `line ${problem.line}: ` : ''}${problem.message}`).join('\n') : undefined,
      entry.omittedProblems ? moreProblemsText(entry.omittedProblems, entry.problemCheckStopped) : undefined,
      // Names in these sentences come from the remote: shown as text, not as markdown.
      entry.impact?.length ? `What it reaches:\n${entry.impact.map((line) => `- ${escapeMarkdown(line)}`).join('\n')}` : undefined,
      entry.writePlan ? `Will send:\n\n${entry.writePlan.requests.map((request) => `\`${request.method} ${request.path}\``).join('\n\n')}` : undefined,
      needsName ? '**Allow This Delete…** (the trash button on this entry) asks you to type its name, then plans again with the delete.' : undefined,
    ].filter(Boolean);
    item.tooltip = new vscode.MarkdownString(details.join('\n\n'));
    item.iconPath = vscode.ThemeIcon.File;
    item.resourceUri = vscode.Uri.file(path.join(node.current.plan.folder, entry.file));
    // `:needsName`: a production delete that typing the object's name allows (never a protected object's).
    item.contextValue = `plan:entry:${entry.action}${needsName ? ':needsName' : ''}`;
    item.command = { command: 'roaming.openPlanEntry', title: 'Open', arguments: [node] };
    return item;
  }

  getChildren(node?: PlanNode): PlanNode[] {
    const current = this.current;
    if (!current) return [];
    if (!node) {
      const groups = GROUPS
        .map(({ action }) => ({ type: 'group' as const, action, entries: current.plan.entries.filter((entry) => entry.action === action) }))
        .filter((group) => group.entries.length > 0);
      const notRead: PlanNode[] = current.plan.notRead.length > 0 ? [{ type: 'not-read', items: current.plan.notRead }] : [];
      return [{ type: 'summary', current }, ...groups, ...notRead];
    }
    if (node.type === 'group') return node.entries.map((entry) => ({ type: 'entry' as const, entry, current }));
    if (node.type === 'not-read') return node.items.map((item) => ({ type: 'not-read-item' as const, item, folder: current.plan.folder }));
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The entry a plan node holds (for the open command). */
export function entryOf(node: unknown): { entry: PlanEntry; current: CurrentPlan } | undefined {
  const candidate = node as PlanNode | undefined;
  return candidate?.type === 'entry' ? { entry: candidate.entry, current: candidate.current } : undefined;
}

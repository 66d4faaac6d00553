// Coverage views: a webview panel per subject (a destination group, a roaming profile, or two of them compared,
// across connections too), read through the connection's client when opened and restored after a window reload
// from the state the page keeps (onWebviewPanel:roaming.coverage). The page itself: coveragePage.ts.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { compareCoverage } from '../../core/coverage/coverage';
import { xmlText } from '../../core/coverage/coverageMap';
import { readSubjectCoverage } from '../../core/coverage/readCoverage';
import type { ConnectionRecord } from '../../core/http/connection';
import type { PlatformClient } from '../../core/platforms/resourceKind';
import { coveragePage, coverageTitle, type CoverageContent, type CoverageRequest } from './coveragePage';

export const COVERAGE_VIEW_TYPE = 'roaming.coverage';

export interface CoverageDependencies {
  readonly connection: (connectionId: string) => ConnectionRecord | undefined;
  readonly clientFor: (connection: ConnectionRecord) => PlatformClient;
}

/** What a page reported when it had drawn: the countries of each shade, the list's length, the time taken. */
export interface RenderedCoverage {
  readonly title: string;
  readonly marked: Readonly<Record<'covered' | 'both' | 'only-left' | 'only-right', readonly string[]>>;
  readonly listed: number;
  readonly drawnMs: number;
}

export class CoverageViews implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly rendered = new vscode.EventEmitter<RenderedCoverage>();
  /** Fires when a page has drawn (tests read what the map marks from it). */
  readonly onDidRender = this.rendered.event;
  private readonly registration: vscode.Disposable;

  constructor(private readonly deps: CoverageDependencies) {
    this.registration = vscode.window.registerWebviewPanelSerializer(COVERAGE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        if (!isRequest(state)) {
          panel.dispose();
          return;
        }
        this.adopt(panel, state);
        await this.render(panel, state).catch((error: unknown) => this.showFailure(panel, error));
      },
    });
  }

  /** Opens (or brings forward and redraws) the view of `request`. Throws what the read failed with. */
  async show(request: CoverageRequest): Promise<void> {
    const key = JSON.stringify(request);
    let panel = this.panels.get(key);
    if (panel) panel.reveal();
    else {
      panel = vscode.window.createWebviewPanel(COVERAGE_VIEW_TYPE, 'Coverage', vscode.ViewColumn.Active, {
        enableScripts: true,
        // No local files either: everything the page needs is inline.
        localResourceRoots: [],
      });
      this.adopt(panel, request);
    }
    await this.render(panel, request);
  }

  private adopt(panel: vscode.WebviewPanel, request: CoverageRequest): void {
    const key = JSON.stringify(request);
    this.panels.set(key, panel);
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isRenderedMessage(message)) this.rendered.fire({ title: panel.title, marked: message.marked, listed: message.listed, drawnMs: message.drawnMs });
    });
    panel.onDidDispose(() => {
      if (this.panels.get(key) === panel) this.panels.delete(key);
    });
  }

  private async render(panel: vscode.WebviewPanel, request: CoverageRequest): Promise<void> {
    const content = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Reading coverage' },
      () => this.read(request),
    );
    panel.title = coverageTitle(content);
    panel.webview.html = coveragePage(content, request, { cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64') });
  }

  private async read(request: CoverageRequest): Promise<CoverageContent> {
    const left = await readSubjectCoverage(this.client(request.connectionId), request.subject);
    if (!('compareWith' in request)) return { label: left.label, coverage: left.coverage };
    const right = await readSubjectCoverage(this.client(request.compareConnectionId), request.compareWith);
    // Across connections the labels say which account each side is in.
    const across = request.compareConnectionId !== request.connectionId;
    return {
      leftLabel: across ? `${left.label} on ${this.name(request.connectionId)}` : left.label,
      rightLabel: across ? `${right.label} on ${this.name(request.compareConnectionId)}` : right.label,
      comparison: compareCoverage(left.coverage, right.coverage),
    };
  }

  private client(connectionId: string): PlatformClient {
    const connection = this.deps.connection(connectionId);
    if (!connection) throw new Error('The connection of this coverage view was removed: open the view again from the Roaming view.');
    return this.deps.clientFor(connection);
  }

  private name(connectionId: string): string {
    return this.deps.connection(connectionId)?.name ?? connectionId;
  }

  private showFailure(panel: vscode.WebviewPanel, error: unknown): void {
    const message = xmlText(String((error as Error).message ?? error));
    panel.webview.html = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>This coverage view could not be drawn again: ${message}</p></body></html>`;
  }

  dispose(): void {
    this.registration.dispose();
    this.rendered.dispose();
    for (const panel of this.panels.values()) panel.dispose();
    this.panels.clear();
  }
}

function isSubject(value: unknown): boolean {
  const subject = value as { kind?: unknown; id?: unknown } | undefined;
  return Boolean(subject) && (subject!.kind === 'group' || subject!.kind === 'profile') && typeof subject!.id === 'string';
}

function isRequest(value: unknown): value is CoverageRequest {
  const request = value as Record<string, unknown> | undefined;
  if (!request || typeof request.connectionId !== 'string' || !isSubject(request.subject)) return false;
  return request.compareWith === undefined || (typeof request.compareConnectionId === 'string' && isSubject(request.compareWith));
}

function isRenderedMessage(value: unknown): value is { marked: RenderedCoverage['marked']; listed: number; drawnMs: number } {
  const message = value as Record<string, unknown> | undefined;
  return message?.type === 'rendered' && typeof message.marked === 'object' && typeof message.listed === 'number' && typeof message.drawnMs === 'number';
}

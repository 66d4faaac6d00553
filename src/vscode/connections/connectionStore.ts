import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import { connectionFromSetting, connectionIdFor } from './connectionIds';
import { SecretCredentialStore } from './secretCredentials';

const STATE_KEY = 'roaming.connections';
const SETTING = 'roaming.connections';

/** Where a connection was declared: saved by this extension, or shared through `roaming.connections` settings. */
export type ConnectionOrigin = 'saved' | 'settings';

export interface KnownConnection {
  readonly record: ConnectionRecord;
  readonly origin: ConnectionOrigin;
}

/**
 * Every connection the person has: records in global state (never a secret) plus those declared in settings.
 * Secrets are reached only through `credentials(id)`.
 */
export class ConnectionStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private settingsConnections: KnownConnection[] = [];
  /** Settings entries that could not be used, each with its reason. */
  settingsProblems: string[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.readSettings();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTING)) {
        this.readSettings();
        this.changed.fire();
      }
    });
  }

  private saved(): ConnectionRecord[] {
    return this.context.globalState.get<ConnectionRecord[]>(STATE_KEY, []);
  }

  private readSettings(): void {
    const entries = vscode.workspace.getConfiguration().get<unknown[]>(SETTING, []);
    const taken = new Set(this.saved().map((record) => record.id));
    this.settingsConnections = [];
    this.settingsProblems = [];
    for (const entry of Array.isArray(entries) ? entries : []) {
      const result = connectionFromSetting(entry, taken);
      if (typeof result === 'string') {
        this.settingsProblems.push(result);
      } else {
        taken.add(result.id);
        this.settingsConnections.push({ record: result, origin: 'settings' });
      }
    }
  }

  list(): KnownConnection[] {
    return [...this.saved().map((record) => ({ record, origin: 'saved' as const })), ...this.settingsConnections];
  }

  get(id: string): KnownConnection | undefined {
    return this.list().find((known) => known.record.id === id);
  }

  takenIds(): Set<string> {
    return new Set(this.list().map((known) => known.record.id));
  }

  /** Saves a new connection, giving it a unique id derived from its name. */
  async add(record: Omit<ConnectionRecord, 'id'>): Promise<ConnectionRecord> {
    const saved: ConnectionRecord = { ...record, id: connectionIdFor(record.name, this.takenIds()) };
    await this.context.globalState.update(STATE_KEY, [...this.saved(), saved]);
    this.changed.fire();
    return saved;
  }

  async update(record: ConnectionRecord): Promise<void> {
    const records = this.saved();
    const index = records.findIndex((existing) => existing.id === record.id);
    if (index < 0) throw new Error(`connection ${record.name} is not saved by Roaming Workbench (declared in settings?)`);
    records[index] = record;
    await this.context.globalState.update(STATE_KEY, records);
    this.changed.fire();
  }

  /** Removes the record and every secret of it. */
  async remove(id: string): Promise<void> {
    await this.context.globalState.update(STATE_KEY, this.saved().filter((record) => record.id !== id));
    await this.credentials(id).forgetAll();
    this.changed.fire();
  }

  credentials(id: string): SecretCredentialStore {
    return new SecretCredentialStore(this.context.secrets, id);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

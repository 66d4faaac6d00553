// The one place a connection becomes a client: picks the vendor's session protocol and wires the shared
// client to the connection's credential store, password prompt and log.
import { ApiClient, type TimeoutSettings } from '../http/apiClient';
import type { Clock } from '../http/clock';
import type { CredentialStore, PasswordPrompt } from '../http/credentials';
import type { SessionProtocol } from '../http/sessionProtocol';
import type { RequestLogger } from '../http/types';
import type { ConnectionRecord, PlatformId } from './connection';
import type { PlatformClient } from './resourceKind';
import { sftSessionProtocol } from './sft/session';
import { telecomxSessionProtocol } from './telecomx/session';

export interface PlatformClientDependencies {
  readonly credentials: CredentialStore;
  /** Absent: a missing or refused password fails with kind `authentication` instead of asking. */
  readonly askPassword?: PasswordPrompt;
  readonly logger: RequestLogger;
  /** Shorter timeouts for tests; 30 s / 180 s otherwise. */
  readonly timeouts?: Partial<TimeoutSettings>;
  /** Epoch ms, for token expiry decisions. */
  readonly now?: () => number;
  /** The account's limit when known better than the vendor default (the server's header still wins). */
  readonly requestsPerSecond?: number;
  readonly clock?: Clock;
}

export interface ConnectedClient extends PlatformClient {
  /** The account's limit in force: the vendor default until the server announces one. */
  readonly requestsPerSecond: number | undefined;
  /** Logs in now, asking for the password if needed. */
  signIn(): Promise<void>;
  /** Drops the tokens (here and in the credential store); the password stays. */
  signOut(): Promise<void>;
}

const PROTOCOLS: Readonly<Record<PlatformId, SessionProtocol>> = {
  sft: sftSessionProtocol,
  telecomx: telecomxSessionProtocol,
};

export function sessionProtocolFor(platform: PlatformId): SessionProtocol {
  return PROTOCOLS[platform];
}

export function createPlatformClient(connection: ConnectionRecord, dependencies: PlatformClientDependencies): ConnectedClient {
  return new ApiClient({
    connection,
    protocol: sessionProtocolFor(connection.platform),
    credentials: dependencies.credentials,
    askPassword: dependencies.askPassword,
    logger: dependencies.logger,
    timeouts: dependencies.timeouts,
    now: dependencies.now,
    requestsPerSecond: dependencies.requestsPerSecond,
    clock: dependencies.clock,
  });
}

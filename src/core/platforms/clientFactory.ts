// The one place a connection becomes a client: picks the vendor's session protocol and wires the shared
// client to the connection's credential store, password prompt and log.
import { ApiClient, type ApiClientOptions } from '../http/apiClient';
import type { SessionProtocol } from '../http/sessionProtocol';
import type { ConnectionRecord, PlatformId } from '../http/connection';
import type { PlatformClient } from './resourceKind';
import { sftSessionProtocol } from './sft/session';
import { telecomxSessionProtocol } from './telecomx/session';

/** What a connection's client needs besides the connection: the shared client's options the vendor does not decide. */
export type PlatformClientDependencies = Omit<ApiClientOptions, 'connection' | 'protocol' | 'rateLimitSafetyMarginMs'>;

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
  return new ApiClient({ ...dependencies, connection, protocol: sessionProtocolFor(connection.platform) });
}

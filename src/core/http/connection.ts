// A connection: one account on one platform. The record holds no secret; the password and tokens live in
// SecretStorage (behind `CredentialStore`), keyed by the connection's id.

export type PlatformId = 'sft' | 'telecomx';

export const PLATFORM_LABELS: Readonly<Record<PlatformId, string>> = {
  sft: 'BICS SFT',
  telecomx: 'TelecomX',
};

export interface ConnectionRecord {
  /** Stable, URI-safe (`[a-z0-9-]+`): used in `roaming:/<id>/…` document paths and SecretStorage keys. */
  readonly id: string;
  readonly name: string;
  readonly platform: PlatformId;
  /** Scheme, host and optional port, no trailing slash: `https://sft.bics.com`, `http://127.0.0.1:8701`. */
  readonly baseUrl: string;
  readonly username: string;
  /** Free label shown everywhere the connection is: `production`, `test`, `sandbox`… */
  readonly environment: string;
  readonly readOnly: boolean;
  /** SFT resellers: act on this child account (support access). */
  readonly targetAccountId?: string;
  /**
   * The currency the account's prices are in (TelecomX): the API states none, so the connection says it; DKK when
   * absent (the research notes' presumption for a Danish MVNO platform, src/sandbox/README.md).
   */
  readonly currency?: string;
}

/** The currency shown with a connection's prices; undefined for a platform without prices (SFT). */
export function currencyOf(connection: Pick<ConnectionRecord, 'platform' | 'currency'>): string | undefined {
  if (connection.platform !== 'telecomx') return undefined;
  return connection.currency?.trim() || 'DKK';
}

/** Production connections ask before any write; anything labelled prod/production/live counts. */
export function isProduction(connection: Pick<ConnectionRecord, 'environment'>): boolean {
  return /^(prod|production|live)$/i.test(connection.environment.trim());
}

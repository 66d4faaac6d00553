// The sandbox's SFT account as the shared client sees it (src/sandbox/README.md, "Credentials").
import type { ConnectionRecord } from '../../src/core/http/connection';

export const SFT_USERNAME = 'sandbox-reseller';
export const SANDBOX_PASSWORD = 'sandbox';

export function sftBenchConnection(baseUrl: string): ConnectionRecord {
  return { id: 'bench-sft', name: 'Bench SFT', platform: 'sft', baseUrl, username: SFT_USERNAME, environment: 'sandbox', readOnly: false };
}

/** SFT answers every business outcome with HTTP 200; success is `Response.resultCode` "0". */
export function isSftSuccess(json: unknown): boolean {
  return (json as { Response?: { resultCode?: unknown } } | undefined)?.Response?.resultCode === '0';
}

// Starts both vendor simulators as real HTTP servers: used by `npm run sandbox`, by the tests, by the
// benchmarks and by "Roaming: Try the Sandbox" inside the extension host. No `vscode` here.
import { createSftSimulator, type SftOptions } from './sft';
import { createTelecomxSimulator, type TelecomxOptions } from './telecomx';
import { readStateFile, writeStateFile } from './server/stateFile';
import type { FaultSpec, VendorSimulator } from './server/types';
import { startVendorServer, type RunningVendorServer } from './server/vendorServer';

export type { FaultSpec, VendorSimulator } from './server/types';

export interface SandboxOptions {
  /** 0 (the default) = any free port. */
  readonly sftPort?: number;
  readonly telecomxPort?: number;
  readonly host?: string;
  readonly size?: 'small' | 'large';
  readonly sft?: Partial<SftOptions>;
  readonly telecomx?: Partial<TelecomxOptions>;
  /** Applied to the server whose API has the fault's path (`/api/…` = SFT, anything else = TelecomX). */
  readonly faults?: readonly FaultSpec[];
  /** Persist state to this JSON file; without it, state lives in memory. */
  readonly dataFile?: string;
}

export interface RunningSandbox {
  readonly sftUrl: string;
  readonly telecomxUrl: string;
  readonly sft: VendorSimulator;
  readonly telecomx: VendorSimulator;
  readonly sftServer: RunningVendorServer;
  readonly telecomxServer: RunningVendorServer;
  close(): Promise<void>;
}

/** Delay before persisting, so a burst of writes costs one file write. */
const PERSIST_DEBOUNCE_MS = 50;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const size = options.size ?? 'small';
  const sft = createSftSimulator({ size, tps: 2, accessTtlSeconds: 3600, refreshTtlSeconds: 86400, ...options.sft });
  const telecomx = createTelecomxSimulator({ size, tokenTtlMinutes: 15, ...options.telecomx });

  const dataFile = options.dataFile;
  if (dataFile) {
    const saved = readStateFile(dataFile);
    if (saved) {
      sft.importState(saved.sft);
      telecomx.importState(saved.telecomx);
    }
  }
  let persistTimer: NodeJS.Timeout | undefined;
  const persistNow = (): void => {
    if (persistTimer) clearTimeout(persistTimer);
    persistTimer = undefined;
    if (dataFile) writeStateFile(dataFile, sft.exportState(), telecomx.exportState());
  };
  const persistSoon = dataFile
    ? () => { persistTimer ??= setTimeout(persistNow, PERSIST_DEBOUNCE_MS); }
    : undefined;
  if (dataFile) persistNow();

  const host = options.host ?? '127.0.0.1';
  const sftServer = await startVendorServer({ simulator: sft, host, port: options.sftPort ?? 0, onStateChanged: persistSoon });
  let telecomxServer: RunningVendorServer;
  try {
    telecomxServer = await startVendorServer({ simulator: telecomx, host, port: options.telecomxPort ?? 0, onStateChanged: persistSoon });
  } catch (error) {
    await sftServer.close();
    throw error;
  }
  for (const fault of options.faults ?? []) {
    (fault.path.startsWith('/api/') ? sftServer : telecomxServer).faults.add(fault);
  }

  return {
    sftUrl: sftServer.url,
    telecomxUrl: telecomxServer.url,
    sft,
    telecomx,
    sftServer,
    telecomxServer,
    async close() {
      await Promise.all([sftServer.close(), telecomxServer.close()]);
      if (persistTimer) persistNow();
    },
  };
}

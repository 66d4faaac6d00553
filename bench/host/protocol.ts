// How the benchmark inside VS Code's extension host talks to the launcher outside it. The extension host cannot
// return a value to the launcher, so, as with the integration tests, they exchange files: the in-host module
// writes `<sample file>.started` when VS Code calls it and the sample (JSON) when it is done. Everything it needs
// comes through environment variables set on code-server. No `vscode` here: both sides import this file.

/** Where the in-host module writes its sample. */
export const SAMPLE_FILE_VARIABLE = 'ROAMING_BENCH_SAMPLE_FILE';
/** Base URLs of the sandbox the launcher started (a separate process, so its work never runs in the host). */
export const SFT_URL_VARIABLE = 'ROAMING_BENCH_SFT_URL';
export const TELECOMX_URL_VARIABLE = 'ROAMING_BENCH_TELECOMX_URL';

export const EXTENSION_ID = 'roaming-workbench.roaming-workbench';
/** Every connection the benchmark adds is named with this prefix, so a later run can remove leftovers. */
export const BENCH_CONNECTION_PREFIX = 'Bench ';

export interface ActivationSample {
  /** True when something activated the extension before the benchmark could time it: no figure then. */
  readonly alreadyActive: boolean;
  /** performance.now() around the real `activate(context)` VS Code called (see activationTiming.ts). */
  readonly insideActivateMs?: number;
  /** Loading dist/extension.js (require), timed by the benchmark just before VS Code activates it. */
  readonly moduleLoadMs?: number;
  /** `await extension.activate()` as an API caller sees it: VS Code's bookkeeping plus activate(). */
  readonly activateCallMs?: number;
}

export interface TreeSample {
  /** Folder label, e.g. "Destination Groups". */
  readonly folder: string;
  /** Tree items made (remote objects shown; "Load more" and message nodes not counted). */
  readonly items: number;
  /** List responses it took (TelecomX pages regions on the server, 100 per response). */
  readonly responses: number;
  /** Sum over responses of: list response resolved by the client → every tree item of the folder built. */
  readonly responseToItemsMs: number;
  /** From asking for the folder's children (before any request) to every tree item built; HTTP included. */
  readonly wallMs: number;
  /** heapUsed after a full GC while holding the folder and its items, minus the same before loading it. */
  readonly heapGrowthBytes: number | undefined;
  /** The same folder at the default page size (what a person sees first), measured after the full load. */
  readonly firstPage?: { readonly items: number; readonly responseToItemsMs: number };
}

export interface HostSample {
  readonly vscodeVersion: string;
  readonly activation: ActivationSample;
  readonly trees: readonly TreeSample[];
  /** Set when the run failed; the launcher reports it and fails. */
  readonly error?: string;
}

// What long operations tell their caller while they run (a VS Code progress notification, a command line's
// stderr), and how they stop when asked to: pure data out, an AbortSignal in.
import { cancelledError } from '../http/failures';

export interface ProgressEvent {
  /** One line: "Reading destination groups", "Create roaming profile "Nordics" (2/5)". */
  readonly message: string;
  /** Steps finished so far and in all, when the operation counts steps. */
  readonly done?: number;
  readonly total?: number;
}

export type ProgressListener = (event: ProgressEvent) => void;

/** Throws the client's own "cancelled" error, so callers handle one kind of cancellation. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

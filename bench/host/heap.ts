// Heap measurements in the extension host. Growth is only meaningful after a full collection, and the host
// does not start Node with --expose-gc: the flag can still be set at run time, and a fresh context then sees
// the `gc` function.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: (() => void) | undefined;

export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  // Two passes: the first can leave objects whose finalisers only run in between.
  collect();
  collect();
}

/** heapUsed after a full collection, in bytes. */
export function settledHeapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

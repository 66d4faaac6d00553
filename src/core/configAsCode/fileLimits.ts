// The largest file read from a configuration folder, checked before it is read: a file is read whole and parsed,
// so without a cap a huge one (an attacker's, a generator gone wrong) fills the memory of a pipeline's runner.
// 32 MB: one object file is one object — a destination group of 100,000 operators is about 7 MB as exported —
// and the manifest holds one line-sized entry per object (about 150,000 objects fit). Documented in README.md
// ("Limits"); the answer of a server is capped separately (src/core/http/transport.ts).
import * as fs from 'node:fs';
import { formatBytes } from '../http/failures';
import { ConfigError } from './configError';

export const MAX_FOLDER_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Throws a one-line ConfigError when the file (a path, or the size of a file already opened) is larger than the
 * cap; `name` is how the message calls it.
 */
export function checkFolderFileSize(file: string | number, name: string, limitBytes = MAX_FOLDER_FILE_BYTES): void {
  const size = typeof file === 'number' ? file : fs.statSync(file).size;
  if (size > limitBytes) {
    throw new ConfigError(`${name} is ${formatBytes(size)}: a file in a configuration folder is read up to ${formatBytes(limitBytes)}, so nothing was planned. Split it, or remove what does not belong in it.`);
  }
}

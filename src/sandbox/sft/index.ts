// The BICS SFT simulator, as the sandbox plumbing (src/sandbox/index.ts) builds it.
import type { VendorSimulator } from '../server/types';
import { SftSimulator, type SftOptions } from './simulator';

export type { SftOptions } from './simulator';
export { SFT_RESULT_CODES, describeResultCode } from './resultCodes';
export { SFT_USERS } from './users';

export function createSftSimulator(options: SftOptions): VendorSimulator {
  return new SftSimulator(options);
}

// The TelecomX simulator, as the sandbox plumbing builds it (README "TelecomX decisions").
import type { VendorSimulator } from '../server/types';
import { TelecomxSimulator, type TelecomxOptions } from './simulator';

export type { TelecomxOptions } from './simulator';

export function createTelecomxSimulator(options: TelecomxOptions): VendorSimulator {
  return new TelecomxSimulator(options);
}

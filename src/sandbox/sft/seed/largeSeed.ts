// The benchmark account: the small seed plus 5,000 destination groups of 50 operators each on reseller 100.
// Deterministic (a fixed-seed generator), and cheap: no per-group search, only a partial shuffle.
import type { NetworkKey, SftState } from '../model';
import { RESELLER_ACCOUNT_ID, nextIdsAfter, smallSeed } from './smallSeed';

export const LARGE_GROUP_COUNT = 5000;
export const LARGE_GROUP_SIZE = 50;
const GENERATOR_SEED = 0x5f7a11;

/** mulberry32: a tiny, well-distributed 32-bit generator; enough to vary the groups reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function largeSeed(): SftState {
  const state = smallSeed();
  const reseller = state.accounts.find((account) => account.accountId === RESELLER_ACCOUNT_ID);
  if (!reseller) throw new Error('the small seed has no reseller account');
  const random = seededRandom(GENERATOR_SEED);
  const pool: NetworkKey[] = reseller.networks.slice();
  let nextGroupId = state.nextIds.destinationGroup;
  for (let index = 1; index <= LARGE_GROUP_COUNT; index += 1) {
    // Partial Fisher-Yates: the first LARGE_GROUP_SIZE slots become a random draw without repetition.
    for (let slot = 0; slot < LARGE_GROUP_SIZE; slot += 1) {
      const pick = slot + Math.floor(random() * (pool.length - slot));
      [pool[slot], pool[pick]] = [pool[pick], pool[slot]];
    }
    reseller.destinationGroups.push({
      destinationListId: String(nextGroupId++),
      destinationListName: `Benchmark Group ${String(index).padStart(4, '0')}`,
      operators: pool.slice(0, LARGE_GROUP_SIZE).map((key) => ({ ...key })),
    });
  }
  return { ...state, size: 'large', nextIds: nextIdsAfter(state.accounts) };
}

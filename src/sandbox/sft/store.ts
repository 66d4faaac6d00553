// The live SFT state with the look-ups every handler needs (accounts by id, network details by key,
// the account hierarchy) and the platform-wide id counters.
import type { Account, Network, NetworkKey, SftState } from './model';
import { networkKeyOf } from './model';

export class SftStore {
  private networksByKey = new Map<string, Network>();
  private accountsById = new Map<string, Account>();

  constructor(private current: SftState) {
    this.index();
  }

  get state(): SftState {
    return this.current;
  }

  replace(state: SftState): void {
    this.current = state;
    this.index();
  }

  account(accountId: string): Account | undefined {
    return this.accountsById.get(accountId);
  }

  network(key: NetworkKey): Network | undefined {
    return this.networksByKey.get(networkKeyOf(key));
  }

  /** True when `accountId` sits below `ancestorId` in the hierarchy, at any depth. */
  isDescendant(accountId: string, ancestorId: string): boolean {
    const seen = new Set<string>();
    let parent = this.accountsById.get(accountId)?.parentAccountId ?? null;
    while (parent !== null && !seen.has(parent)) {
      if (parent === ancestorId) return true;
      seen.add(parent);
      parent = this.accountsById.get(parent)?.parentAccountId ?? null;
    }
    return false;
  }

  newRoamingProfileId(): string {
    return String(this.current.nextIds.roamingProfile++);
  }

  newDestinationGroupId(): string {
    return String(this.current.nextIds.destinationGroup++);
  }

  newServiceProfileId(): string {
    return `SP_${this.current.nextIds.serviceProfile++}`;
  }

  private index(): void {
    this.networksByKey = new Map(this.current.networks.map((network) => [networkKeyOf(network), network]));
    this.accountsById = new Map(this.current.accounts.map((account) => [account.accountId, account]));
  }
}

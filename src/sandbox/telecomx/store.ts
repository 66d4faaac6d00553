// The simulator's data: regions, the three zone-price collections and the id counter. Routes read and write it;
// export/import turn it into the plain JSON kept in the `--data` file.
import type { Region, TelecomxData, ZonePrice, ZonePriceKindName } from './model';
import { ObjectIdSequence } from './objectIds';
import type { TelecomxSeed } from './seed';

export const STATE_VERSION = 1;

export interface TelecomxStateFile extends TelecomxData {
  readonly version: typeof STATE_VERSION;
  readonly nextIdNumber: number;
}

export class TelecomxStore {
  private data: TelecomxData;
  private ids: ObjectIdSequence;

  constructor(seed: TelecomxSeed) {
    this.data = structuredClone(seed.data);
    this.ids = new ObjectIdSequence(seed.nextIdNumber);
  }

  get regions(): Region[] {
    return this.data.regions;
  }

  zonePrices(kind: ZonePriceKindName): ZonePrice[] {
    return this.data[kind];
  }

  /** Ids are unique across every collection, so an id alone says what it is when it shows up in a log. */
  newId(): string {
    return this.ids.take((id) => this.isIdTaken(id));
  }

  isIdTaken(id: string): boolean {
    const { regions, voice, text, data } = this.data;
    return [regions, voice, text, data].some((collection) => collection.some((entry) => entry._id === id));
  }

  replace(seed: TelecomxSeed): void {
    this.data = structuredClone(seed.data);
    this.ids = new ObjectIdSequence(seed.nextIdNumber);
  }

  export(): TelecomxStateFile {
    return { version: STATE_VERSION, nextIdNumber: this.ids.next, ...structuredClone(this.data) };
  }
}

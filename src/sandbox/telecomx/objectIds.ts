// TelecomX ids are MongoDB ObjectIds: 24 hex characters. The wiki prints them in upper case, the wire carries
// lower case, so input is accepted in either case and normalised.

const OBJECT_ID_PATTERN = /^[0-9a-fA-F]{24}$/;

export function isObjectIdText(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID_PATTERN.test(value);
}

export function normaliseObjectId(value: string): string {
  return value.toLowerCase();
}

/**
 * Hands out ids from a counter behind a fixed prefix, so a seed produces the same ids on every run and new ids
 * sort after the seeded ones (lists are in id order, i.e. creation order). The prefix reads as an ObjectId
 * timestamp of February 2024, which keeps the ids plausible to anyone who decodes them.
 */
export class ObjectIdSequence {
  static readonly PREFIX = '65c3a0000000';

  constructor(private nextNumber = 1) {}

  get next(): number {
    return this.nextNumber;
  }

  /** The next id that `isTaken` does not reject (an imported `_id` may already hold a counter value). */
  take(isTaken: (id: string) => boolean): string {
    for (;;) {
      const id = ObjectIdSequence.PREFIX + this.nextNumber.toString(16).padStart(12, '0');
      this.nextNumber += 1;
      if (!isTaken(id)) return id;
    }
  }
}

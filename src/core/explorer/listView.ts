// Pure list handling for tree folders: filter, sort and client-side pages. No `vscode` here, so it is tested
// in plain Node and cheap enough for 5,000 items on every keystroke of a filter.

export type SortOrder = 'name' | 'id';

export interface Listed<T> {
  readonly remote: T;
  readonly id: string;
  readonly name: string;
  /** Lower-cased values a filter may match: name, id, TADIG codes, countries… Built on the first filter. */
  readonly haystack: string;
}

/** Every string and number value in an object (keys excluded), lower-cased, for "contains" filtering. */
export function searchableText(value: unknown): string {
  const parts: string[] = [];
  const visit = (inner: unknown) => {
    if (typeof inner === 'string' || typeof inner === 'number') parts.push(String(inner));
    else if (Array.isArray(inner)) inner.forEach(visit);
    else if (inner && typeof inner === 'object') Object.values(inner).forEach(visit);
  };
  visit(value);
  return parts.join('\u0000').toLowerCase();
}

export function toListed<T>(remote: T, id: string, name: string): Listed<T> {
  let haystack: string | undefined;
  return {
    remote, id, name,
    // 5,000 groups of 50 operators make 7.7 million characters: built when a filter first needs them.
    get haystack() {
      haystack ??= `${name}\u0000${id}\u0000${searchableText(remote)}`.toLowerCase();
      return haystack;
    },
  };
}

/** Items whose name, id or any field value contains every word of the filter (case-insensitive). */
export function filterListed<T>(items: readonly Listed<T>[], filter: string | undefined): Listed<T>[] {
  const words = (filter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => words.every((word) => item.haystack.includes(word)));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortListed<T>(items: Listed<T>[], order: SortOrder): Listed<T>[] {
  return items.sort((left, right) => (order === 'name'
    ? collator.compare(left.name, right.name) || collator.compare(left.id, right.id)
    : collator.compare(left.id, right.id)));
}

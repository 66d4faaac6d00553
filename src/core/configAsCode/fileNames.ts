// File names for exported objects: `<kind folder>/<name or id>.<kind>.json`, so VS Code's JSON schemas apply by
// suffix. Names come from people and vendors (slashes, colons, arrows, trailing dots), so they are made safe
// for every operating system, and unique ignoring case (macOS and Windows fold case).

/** Longest name part kept, in characters: long enough to recognise, short enough for Windows paths. */
const MAX_STEM_LENGTH = 80;

/**
 * Anything but letters, digits and a few harmless marks: this also removes what Windows refuses (`<>:"/\\|?*`),
 * path separators and control characters.
 */
const UNSAFE_CHARACTERS = /[^\p{L}\p{N}\p{M} ._+&(),'#@=-]/gu;

/** Device names Windows reserves, whatever the extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The name as a file name part: unsafe characters become `-`, runs of spaces one space, no leading dots (hidden
 * files), no trailing dots or spaces (Windows drops them). Empty when nothing usable is left.
 */
export function safeFileStem(name: string): string {
  let stem = name.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE_CHARACTERS, '-').trim();
  stem = stem.replace(/^[.\s]+/, '');
  stem = Array.from(stem).slice(0, MAX_STEM_LENGTH).join('');
  stem = stem.replace(/[.\s]+$/, '');
  if (RESERVED_NAMES.test(stem)) stem = `_${stem}`;
  return stem;
}

/** `destination-groups/EU Core.destination-group.json`: always `/`-separated, relative to the folder. */
export function relativeFilePath(folder: string, stem: string, kindSlug: string): string {
  return `${folder}/${stem}.${kindSlug}.json`;
}

/** The kind's suffix of a file name: `.destination-group.json`. */
export function kindFileSuffix(kindSlug: string): string {
  return `.${kindSlug}.json`;
}

/**
 * Hands out unique paths. Paths already in use (files in the folder, manifest entries) are reserved first;
 * a name that is taken gets the object's id appended, which keeps it stable across exports.
 */
export class FilePathAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const path of reserved) this.reserve(path);
  }

  reserve(path: string): void {
    this.taken.add(path.toLowerCase());
  }

  isTaken(path: string): boolean {
    return this.taken.has(path.toLowerCase());
  }

  allocate(folder: string, kindSlug: string, name: string, id: string): string {
    const idStem = safeFileStem(id) || 'object';
    const nameStem = safeFileStem(name);
    const candidates = nameStem ? [nameStem, `${nameStem} (${idStem})`] : [idStem];
    for (const stem of candidates) {
      const path = relativeFilePath(folder, stem, kindSlug);
      if (!this.isTaken(path)) {
        this.reserve(path);
        return path;
      }
    }
    // Only reached when files already use both forms: count up.
    for (let counter = 2; ; counter += 1) {
      const path = relativeFilePath(folder, `${nameStem || idStem} (${idStem}) ${counter}`, kindSlug);
      if (!this.isTaken(path)) {
        this.reserve(path);
        return path;
      }
    }
  }
}

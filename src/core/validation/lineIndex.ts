// Offsets into a text as 1-based line and column, for a terminal or a report. The line starts are found in one
// pass over the text, going only as far as the offsets asked for (the first problems of a 20 MB file sit near its
// start); each offset is then a binary search. Slicing the text up to each offset instead costs the whole text
// per problem: 10,000 problems in a 1 MB file took 26 s that way.

/** Characters scanned to build line indexes since the process started: tests prove one pass per text with it. */
let scannedCharacters = 0;

export function charactersScannedForLineIndexes(): number {
  return scannedCharacters;
}

export interface LineAndColumn {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like the offsets. */
  readonly column: number;
}

export class LineIndex {
  /** Offset of the first character of each line found so far; line 1 starts at 0. */
  private readonly lineStarts: number[] = [0];
  /** Every line start up to this offset is in `lineStarts`. */
  private scannedUpTo = 0;
  /** The first newline not yet in `lineStarts` (-1: none left). */
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
    scannedCharacters += this.nextNewline === -1 ? text.length : this.nextNewline + 1;
  }

  /** An offset outside the text is clamped to its start or end. */
  positionOf(offset: number): LineAndColumn {
    const at = Math.min(Math.max(0, offset), this.text.length);
    this.scanTo(at);
    // The last line starting at or before `at`.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low] + 1 };
  }

  /**
   * Finds the line starts up to `offset`, continuing where the last call stopped. The newline found past the last
   * offset is kept, so a long line is not searched again: each character is scanned once.
   */
  private scanTo(offset: number): void {
    if (offset <= this.scannedUpTo) return;
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.lineStarts.push(this.nextNewline + 1);
      const from = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', from);
      scannedCharacters += (this.nextNewline === -1 ? this.text.length : this.nextNewline + 1) - from;
    }
    this.scannedUpTo = offset;
  }
}

// How deep JSON may nest before it is refused unread. Every document and request body of both vendors nests a
// few levels (a region's voice prices: 4); the parsers and checks after this one recurse, so a file or an answer
// nested 100,000 levels would end in a stack overflow instead of a message. One pass, strings skipped.

/** Far above any real document, far below what recursion survives. */
export const MAX_JSON_DEPTH = 64;

/** Offset of the first `{` or `[` that nests deeper than `limit`, or -1 when none does. */
export function offsetBeyondDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset += 1) {
    const code = text.charCodeAt(offset);
    if (inString) {
      if (code === 0x5c) offset += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return offset;
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return -1;
}

export function tooDeepMessage(): string {
  return `nested deeper than ${MAX_JSON_DEPTH} levels: no document or answer of either platform is, so it is not read further`;
}

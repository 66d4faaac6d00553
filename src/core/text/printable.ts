// Text from outside — file names, names of remote objects, a server's messages, a library's error — is shown to a
// person, never obeyed by their terminal. A newline in a file name would start a line the program did not write
// (a forged `+ INJECTED` plan entry); an ESC would start an escape sequence (colours, a cleared screen, a changed
// window title); a bidirectional override would show the characters in another order than they are.
//
// `printableLine` is the real fix: every untrusted value, or every line built from such values, goes through it,
// so it stays on one line with each such character shown as an escape (`\n`, `\x1b`, `\u202e`). `printableText`
// is the last line of defence on the command line's output streams: it keeps the newlines and tabs, because the
// program writes those itself, so it cannot tell a forged newline apart — only `printableLine` can.
//
// The backslash itself is not escaped: Windows paths are full of it, and a name that really holds `\n` reads as
// `\n` either way without breaking a line.

/** C0 controls, DEL and C1 controls (ESC, CSI 0x9b…), the line and paragraph separators, bidi embeddings and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this module is for
const INVISIBLE_OR_ACTIVE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same set without the newline and the tab, which the program's own output is made of. */
// eslint-disable-next-line no-control-regex -- as above
const INVISIBLE_OR_ACTIVE_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(character: string, digits: number): string {
  return (character.codePointAt(0) ?? 0).toString(16).padStart(digits, '0');
}

/** `\n`, `\x1b`, `\u202e`: how a terminal user (and a shell's `printf`) would write the character. */
function visibleEscape(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  const code = character.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${hex(character, 2)}` : `\\u${hex(character, 4)}`;
}

/**
 * `\u001b` for every character: a JSON string stays valid JSON with this escape in it (a `\x` escape would break
 * `--json` output, where JSON.stringify leaves DEL and the C1 range raw), and it reads the same on a terminal.
 */
function jsonCompatibleEscape(character: string): string {
  return `\\u${hex(character, 4)}`;
}

/** One line, every control character visible: for any value from outside put into text for a person. */
export function printableLine(value: string): string {
  return value.replace(INVISIBLE_OR_ACTIVE, visibleEscape);
}

/** Each element is one line by construction: escaped one by one, then joined with the newlines the program means. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printableLine).join('\n');
}

/** Text as the program writes it (its own newlines and tabs kept); any other control character made visible. */
export function printableText(text: string): string {
  return text.replace(INVISIBLE_OR_ACTIVE_BUT_LAYOUT, jsonCompatibleEscape);
}

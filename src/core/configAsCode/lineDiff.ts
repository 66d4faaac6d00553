// A unified diff of two small texts (documents of a few hundred lines), as `git diff` prints it, so a plan shows
// exactly which fields change. Longest common subsequence on the lines between the common start and end.
import { printableLine } from '../text/printable';

interface DiffLine {
  readonly mark: ' ' | '-' | '+';
  readonly text: string;
}

/** Above this many line pairs the table would be too large: the changed middle is shown as removed and added. */
const MAX_TABLE_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function middleDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > MAX_TABLE_CELLS) {
    return [...before.map((text): DiffLine => ({ mark: '-', text })), ...after.map((text): DiffLine => ({ mark: '+', text }))];
  }
  // common[i][j] = length of the LCS of before[i..] and after[j..], in one flat array.
  const width = columns + 1;
  const common = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      common[i * width + j] = before[i] === after[j]
        ? common[(i + 1) * width + j + 1] + 1
        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (before[i] === after[j]) {
      lines.push({ mark: ' ', text: before[i] });
      i += 1;
      j += 1;
    } else if (common[(i + 1) * width + j] >= common[i * width + j + 1]) {
      lines.push({ mark: '-', text: before[i] });
      i += 1;
    } else {
      lines.push({ mark: '+', text: after[j] });
      j += 1;
    }
  }
  while (i < rows) lines.push({ mark: '-', text: before[i++] });
  while (j < columns) lines.push({ mark: '+', text: after[j++] });
  return lines;
}

function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  const same = (text: string): DiffLine => ({ mark: ' ', text });
  return [
    ...before.slice(0, start).map(same),
    ...middleDiff(before.slice(start, before.length - end), after.slice(start, after.length - end)),
    ...before.slice(before.length - end).map(same),
  ];
}

/** Empty when the texts are equal; otherwise `--- label` / `+++ label` and hunks with `context` lines around. */
export function unifiedDiff(before: string, after: string, labels: { readonly before: string; readonly after: string }, context = 3): string {
  const lines = diffLines(splitLines(before), splitLines(after));
  const changed = lines.flatMap((line, index) => (line.mark === ' ' ? [] : [index]));
  if (changed.length === 0) return '';

  // Group changes whose context would touch into one hunk.
  const hunks: { from: number; to: number }[] = [];
  for (const index of changed) {
    const last = hunks[hunks.length - 1];
    if (last && index - context <= last.to + 1) last.to = Math.min(lines.length - 1, index + context);
    else hunks.push({ from: Math.max(0, index - context), to: Math.min(lines.length - 1, index + context) });
  }

  // A label is a file name: a newline in it would add lines to the diff that are not in either text.
  const output = [`--- ${printableLine(labels.before)}`, `+++ ${printableLine(labels.after)}`];
  // Line numbers at the start of each index, on both sides.
  let oldLine = 1;
  let newLine = 1;
  let position = 0;
  for (const hunk of hunks) {
    for (; position < hunk.from; position += 1) {
      if (lines[position].mark !== '+') oldLine += 1;
      if (lines[position].mark !== '-') newLine += 1;
    }
    const body = lines.slice(hunk.from, hunk.to + 1);
    const oldCount = body.filter((line) => line.mark !== '+').length;
    const newCount = body.filter((line) => line.mark !== '-').length;
    output.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    output.push(...body.map((line) => `${line.mark}${line.text}`));
  }
  return `${output.join('\n')}\n`;
}

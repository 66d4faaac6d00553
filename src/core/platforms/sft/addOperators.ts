// "Add Operators…" on a destination group file: which networks of the account's list can still be added (by
// country, then operator), and the text edit that appends the chosen ones as correct entries — a tadigCode and the
// categoryGroupId of the supplier the network list offers it under — instead of eight lines of braces typed by
// hand. Pure: the adapter shows the choice and applies the edit.
import { findNodeAtLocation, getNodeValue, modify, parse, parseTree, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isJsonObject } from '../documentValues';
import { segmentsFromPointer } from '../../validation/jsonPointer';
import type { SubjectRole } from '../../language/checkSubjects';
import type { NetworkRow } from './lookups';

export interface OperatorEntry {
  readonly tadigCode: string;
  readonly categoryGroupId: string;
}

export interface CountryOffer {
  readonly countryName: string;
  readonly networks: readonly NetworkRow[];
}

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/**
 * The list operators are added to: a document's and a create body's `tadigCodeList`; a modify body sends the
 * operators it adds in `addTadigCodeList` (the platform keeps the others).
 */
export function operatorListPath(pointerPrefix: string, role: SubjectRole): JSONPath {
  return [...segmentsFromPointer(pointerPrefix), role === 'change' ? 'addTadigCodeList' : 'tadigCodeList'];
}

const keyOf = (entry: OperatorEntry) => `${entry.tadigCode.trim().toUpperCase()}/${entry.categoryGroupId.trim()}`;

/** The entries the file's list holds now (a text that is not JSON holds none: nothing is offered then). */
export function entriesInList(text: string, listPath: JSONPath): OperatorEntry[] {
  let current: unknown = parse(text, [], { allowTrailingComma: true });
  for (const segment of listPath) current = isJsonObject(current) ? current[segment as string] : undefined;
  if (!Array.isArray(current)) return [];
  return current.filter(isJsonObject).map((entry) => ({ tadigCode: String(entry.tadigCode ?? ''), categoryGroupId: String(entry.categoryGroupId ?? '') }));
}

/** The account's networks not in the list yet, by country (A–Z), each country's by operator name. */
export function networksToOffer(networks: readonly NetworkRow[], present: readonly OperatorEntry[]): CountryOffer[] {
  const taken = new Set(present.map(keyOf));
  const byCountry = new Map<string, NetworkRow[]>();
  for (const network of networks) {
    if (taken.has(keyOf(network))) continue;
    const country = network.countryName.trim() || 'Unknown country';
    byCountry.set(country, [...(byCountry.get(country) ?? []), network]);
  }
  return [...byCountry.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([countryName, rows]) => ({
      countryName,
      networks: [...rows].sort((left, right) => left.operatorName.localeCompare(right.operatorName) || left.tadigCode.localeCompare(right.tadigCode)),
    }));
}

/**
 * One edit appending `chosen` (in order, each once, none already there) to the list at `listPath`, made when the
 * file has no list yet; `undefined` when nothing is left to add. One edit, so one undo takes it back; the text is
 * parsed once whatever the number chosen (a group can hold 100,000 operators).
 */
export function appendOperatorsEdit(text: string, listPath: JSONPath, chosen: readonly OperatorEntry[], formatting: FormattingOptions): TextEdit | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const list = tree && findNodeAtLocation(tree, listPath);
  const present = new Set((list?.type === 'array' ? list.children ?? [] : []).map((node) => {
    const value: unknown = getNodeValue(node);
    return isJsonObject(value) ? keyOf({ tadigCode: String(value.tadigCode ?? ''), categoryGroupId: String(value.categoryGroupId ?? '') }) : '';
  }));
  const added: OperatorEntry[] = [];
  for (const entry of chosen) {
    const value = { tadigCode: entry.tadigCode.trim().toUpperCase(), categoryGroupId: entry.categoryGroupId.trim() };
    if (present.has(keyOf(value))) continue;
    present.add(keyOf(value));
    added.push(value);
  }
  if (added.length === 0) return undefined;
  if (!tree || list?.type !== 'array') {
    // No list yet (or not a list): jsonc-parser puts the whole one in, formatted like the file.
    const [edit] = modify(text, listPath, added, { formattingOptions: formatting });
    return edit && { offset: edit.offset, length: edit.length, content: edit.content };
  }
  const eol = formatting.eol ?? '\n';
  const unit = formatting.insertSpaces === false ? '\t' : ' '.repeat(formatting.tabSize ?? 2);
  const children = list.children ?? [];
  const last = children.at(-1);
  // Entries are indented as the file indents its last one, else one level deeper than the list's own line.
  const listIndent = indentOfLineAt(text, list.offset);
  const entryIndent = last ? indentOfLineAt(text, last.offset) : `${listIndent}${unit}`;
  const entryText = (entry: OperatorEntry) => JSON.stringify(entry, null, unit).split('\n').join(`${eol}${entryIndent}`);
  if (last) {
    return { offset: last.offset + last.length, length: 0, content: added.map((entry) => `,${eol}${entryIndent}${entryText(entry)}`).join('') };
  }
  return {
    offset: list.offset,
    length: list.length,
    content: `[${eol}${added.map((entry) => `${entryIndent}${entryText(entry)}`).join(`,${eol}`)}${eol}${listIndent}]`,
  };
}

/** The whitespace a line starts with, for the line holding `offset`. */
function indentOfLineAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

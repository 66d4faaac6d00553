// Where in the text a JSON pointer lives, and what is syntactically wrong with the text. Works on offsets so it
// needs no editor; the VS Code layer turns offsets into Ranges.
import { type Node, type ParseOptions, ParseErrorCode, parseTree, visit } from 'jsonc-parser';
import { offsetBeyondDepth, tooDeepMessage } from './jsonDepth';
import { segmentsFromPointer } from './jsonPointer';
import { MAX_PROBLEMS_PER_FILE } from './problemLimit';

/** A stretch of the text, in UTF-16 code units like every JavaScript string and VS Code's offsets. */
export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

export interface JsonSyntaxProblem extends TextSpan {
  readonly message: string;
  readonly severity: 'error';
}

export interface ParsedJsonText {
  /** The parsed value; `undefined` when the text has syntax problems (or no value at all). */
  readonly value: unknown;
  /**
   * jsonc-parser's tree, for locating pointers; built on first use, since a 20 MB file's tree takes hundreds of
   * megabytes and most callers never need it. `undefined` for text that is not JSON or nests too deeply to walk.
   */
  readonly tree: Node | undefined;
  /** The first `MAX_PROBLEMS_PER_FILE`, one per place. */
  readonly syntaxProblems: JsonSyntaxProblem[];
  /** Places with a syntax problem beyond those listed. */
  readonly omittedSyntaxProblems: number;
}

const STRICT_JSON: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses strict JSON (what goes on the wire): comments and trailing commas are problems. `JSON.parse` first —
 * native, and it gives plain objects (ajv compares with them) with "__proto__" kept as an ordinary key; only
 * when it fails is the text scanned again, once, for the places of the syntax problems.
 */
export function parseJsonText(text: string): ParsedJsonText {
  // Before any parser: what comes after recurses, and a hostile file nested 100,000 levels would overflow the stack.
  const tooDeep = offsetBeyondDepth(text);
  if (tooDeep >= 0) {
    return { value: undefined, tree: undefined, syntaxProblems: [{ offset: tooDeep, length: 1, message: tooDeepMessage(), severity: 'error' }], omittedSyntaxProblems: 0 };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { value: undefined, tree: undefined, ...syntaxProblemsOf(text) };
  }
  let tree: Node | undefined;
  let built = false;
  return {
    value,
    get tree() {
      if (!built) {
        built = true;
        tree = treeOf(text);
      }
      return tree;
    },
    syntaxProblems: [],
    omittedSyntaxProblems: 0,
  };
}

function treeOf(text: string): Node | undefined {
  try {
    return parseTree(text, [], STRICT_JSON);
  } catch (error) {
    // jsonc-parser recurses per nesting level: thousands of nested arrays overflow the stack. Without a tree,
    // every place is the start of the text.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * One problem per place (the parser can report two codes for one stray character), the first
 * `MAX_PROBLEMS_PER_FILE` with their message; the others are only counted, so a file of nothing but mistakes
 * costs one scan and no memory per mistake.
 */
function syntaxProblemsOf(text: string): Pick<ParsedJsonText, 'syntaxProblems' | 'omittedSyntaxProblems'> {
  const problems: JsonSyntaxProblem[] = [];
  let places = 0;
  let lastOffset = -1;
  try {
    visit(text, {
      onError(error, offset, length) {
        if (offset === lastOffset) return;
        lastOffset = offset;
        places += 1;
        if (problems.length < MAX_PROBLEMS_PER_FILE) {
          problems.push({ offset, length: Math.max(length, 1), message: syntaxMessage(error, offset, text), severity: 'error' });
        }
      },
    }, STRICT_JSON);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ offset: 0, length: 1, message: 'The JSON is nested too deeply to be checked', severity: 'error' });
    places += 1;
  }
  // JSON.parse refused the text, so there is a problem even if the scanner saw none.
  if (places === 0) problems.push({ offset: 0, length: 1, message: 'Invalid JSON', severity: 'error' });
  return { syntaxProblems: problems, omittedSyntaxProblems: Math.max(0, places - problems.length) };
}

/** A value located in the text: its type, its span, and the span of its property name when it has one. */
export interface PlacedValue extends TextSpan {
  readonly container: boolean;
  readonly key?: TextSpan;
}

/**
 * The span to underline for a pointer, from the deepest value found along it (`complete` when that is the
 * pointer's own value). An existing value: the value itself, except objects and arrays under a property, where the
 * property name is enough (underlining a whole block hides everything in it). `target: 'key'`: the property name
 * (for an unknown property). A missing place (a required property that is absent): the key of the nearest
 * existing parent, or its opening brace when it has no key (the root, an array entry).
 */
export function spanOfPlacedValue(deepest: PlacedValue | undefined, complete: boolean, target: 'key' | 'value'): TextSpan {
  if (!deepest) return { offset: 0, length: 0 };
  if (!complete || deepest.container || (target === 'key' && deepest.key)) return deepest.key ?? openingOf(deepest);
  return { offset: deepest.offset, length: deepest.length };
}

/** `spanOfPlacedValue` on jsonc-parser's tree (the editor has one); `locatePointers` does it without a tree. */
export function spanOfPointer(tree: Node | undefined, pointer: string, target: 'key' | 'value' = 'value'): TextSpan {
  if (!tree) return { offset: 0, length: 0 };
  const { node, complete } = deepestNodeAlong(tree, segmentsFromPointer(pointer));
  const key = keyNodeOf(node);
  const placed: PlacedValue = {
    offset: node.offset, length: node.length, container: node.type === 'object' || node.type === 'array',
    ...(key && { key: { offset: key.offset, length: key.length } }),
  };
  return spanOfPlacedValue(placed, complete, target);
}

/** Steps down from the root one segment at a time (not from the root again per segment). */
function deepestNodeAlong(tree: Node, segments: readonly string[]): { node: Node; complete: boolean } {
  let node = tree;
  for (const segment of segments) {
    let next: Node | undefined;
    if (node.type === 'array') {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return { node, complete: false };
      next = node.children?.[Number(segment)];
    } else if (node.type === 'object') {
      // The first property of that name, as jsonc-parser's findNodeAtLocation finds it.
      next = node.children?.find((property) => property.children?.length === 2 && property.children[0].value === segment)?.children?.[1];
    }
    if (!next) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}

/** The property-name node of a property's value, if the value sits under a property. */
function keyNodeOf(node: Node): Node | undefined {
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[1] === node) return parent.children[0];
  return undefined;
}

function openingOf(span: TextSpan): TextSpan {
  return { offset: span.offset, length: Math.min(1, span.length) };
}

function syntaxMessage(error: ParseErrorCode, offset: number, text: string): string {
  if (isTrailingComma(error, offset, text)) return 'Trailing comma: JSON allows no comma before a closing } or ]';
  switch (error) {
    case ParseErrorCode.InvalidSymbol:
      return 'Unexpected character: not valid JSON here';
    case ParseErrorCode.InvalidNumberFormat:
      return 'Invalid number';
    case ParseErrorCode.PropertyNameExpected:
      return 'Expected a property name in double quotes';
    case ParseErrorCode.ValueExpected:
      return 'Expected a value';
    case ParseErrorCode.ColonExpected:
      return 'Expected a colon (:) after the property name';
    case ParseErrorCode.CommaExpected:
      return 'Expected a comma between entries';
    case ParseErrorCode.CloseBraceExpected:
      return 'Expected a closing brace }';
    case ParseErrorCode.CloseBracketExpected:
      return 'Expected a closing bracket ]';
    case ParseErrorCode.EndOfFileExpected:
      return 'Unexpected text after the end of the JSON value';
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'Comments are not allowed in JSON';
    case ParseErrorCode.UnexpectedEndOfString:
      return 'Unterminated string: a closing " is missing';
    case ParseErrorCode.UnexpectedEndOfNumber:
      return 'Unfinished number';
    case ParseErrorCode.InvalidUnicode:
      return 'Invalid \\u escape: it needs four hexadecimal digits';
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'Invalid escape in a string (only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u are allowed)';
    case ParseErrorCode.InvalidCharacter:
      return 'Invalid character in a string (control characters must be escaped)';
    default:
      return 'Invalid JSON';
  }
}

/**
 * A property name or value was expected at a closing bracket right after a comma. Looks back over the whitespace
 * only (not the whole text before the problem): a file of many problems stays one pass.
 */
function isTrailingComma(error: ParseErrorCode, offset: number, text: string): boolean {
  if (error !== ParseErrorCode.PropertyNameExpected && error !== ParseErrorCode.ValueExpected) return false;
  if (text[offset] !== '}' && text[offset] !== ']') return false;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before])) before -= 1;
  return text[before] === ',';
}

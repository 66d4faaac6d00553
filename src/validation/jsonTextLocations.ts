// Where in the text a JSON pointer lives, and what is syntactically wrong with the text. Works on offsets so it
// needs no editor; the VS Code layer turns offsets into Ranges.
import { type Node, type ParseError, ParseErrorCode, findNodeAtLocation, parse, parseTree } from 'jsonc-parser';
import { offsetBeyondDepth, tooDeepMessage } from './jsonDepth';
import { segmentsFromPointer } from './jsonPointer';

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
  /** The parsed value; `undefined` when the text has no value at all. Partial when there are syntax problems. */
  readonly value: unknown;
  /** jsonc-parser's tree, for locating pointers. */
  readonly tree: Node | undefined;
  readonly syntaxProblems: JsonSyntaxProblem[];
}

/** Parses strict JSON (what goes on the wire): comments and trailing commas are problems. */
export function parseJsonText(text: string): ParsedJsonText {
  // Before any parser: they recurse, and a hostile file nested 100,000 levels would overflow the stack.
  const tooDeep = offsetBeyondDepth(text);
  if (tooDeep >= 0) return { value: undefined, tree: undefined, syntaxProblems: [{ offset: tooDeep, length: 1, message: tooDeepMessage(), severity: 'error' }] };
  const options = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, options);
  // JSON.parse for valid text: plain objects (ajv compares with them) and "__proto__" kept as an ordinary key.
  const value = errors.length === 0 ? JSON.parse(text) : parse(text, [], options);
  return { value, tree, syntaxProblems: syntaxProblemsOf(errors, text) };
}

/** One problem per place: the parser can report two codes for one stray character. */
function syntaxProblemsOf(errors: readonly ParseError[], text: string): JsonSyntaxProblem[] {
  const problems: JsonSyntaxProblem[] = [];
  for (const error of errors) {
    if (problems.some((problem) => problem.offset === error.offset)) continue;
    problems.push({ offset: error.offset, length: Math.max(error.length, 1), message: syntaxMessage(error, text), severity: 'error' });
  }
  return problems;
}

/**
 * The span to underline for a pointer. An existing value: the value itself, except objects and arrays under a
 * property, where the property name is enough (underlining a whole block hides everything in it). `target: 'key'`:
 * the property name (for an unknown property). A missing place (a required property that is absent): the key of
 * the nearest existing parent, or its opening brace when it has no key (the root, an array entry).
 */
export function spanOfPointer(tree: Node | undefined, pointer: string, target: 'key' | 'value' = 'value'): TextSpan {
  if (!tree) return { offset: 0, length: 0 };
  const { node, complete } = deepestNodeAlong(tree, segmentsFromPointer(pointer));
  const key = keyNodeOf(node);
  if (!complete) return key ? spanOf(key) : openingOf(node);
  if (target === 'key' && key) return spanOf(key);
  if (node.type === 'object' || node.type === 'array') return key ? spanOf(key) : openingOf(node);
  return spanOf(node);
}

function deepestNodeAlong(tree: Node, segments: readonly string[]): { node: Node; complete: boolean } {
  let node = tree;
  const path: (string | number)[] = [];
  for (const segment of segments) {
    if (node.type === 'array') {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return { node, complete: false };
      path.push(Number(segment));
    } else if (node.type === 'object') {
      path.push(segment);
    } else {
      return { node, complete: false };
    }
    const next = findNodeAtLocation(tree, path);
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

function spanOf(node: Node): TextSpan {
  return { offset: node.offset, length: node.length };
}

function openingOf(node: Node): TextSpan {
  return { offset: node.offset, length: Math.min(1, node.length) };
}

function syntaxMessage(error: ParseError, text: string): string {
  if (isTrailingComma(error, text)) return 'Trailing comma: JSON allows no comma before a closing } or ]';
  switch (error.error) {
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

/** A property name or value was expected at a closing bracket right after a comma. */
function isTrailingComma(error: ParseError, text: string): boolean {
  if (error.error !== ParseErrorCode.PropertyNameExpected && error.error !== ParseErrorCode.ValueExpected) return false;
  if (text[error.offset] !== '}' && text[error.offset] !== ']') return false;
  const before = text.slice(0, error.offset).trimEnd();
  return before.endsWith(',');
}

// Turns ajv's raw errors into problems a telecom engineer can act on: one message per place, named after the
// property, in plain words, using the hand-written `errorMessage` of the schema where ajv's own text would be a
// regular expression or a list of internals.
import type { ErrorObject } from 'ajv';
import { childPointer, segmentsFromPointer } from './jsonPointer';
import { MAX_PROBLEMS_PER_FILE, type BoundedProblems } from './problemLimit';
import type { SchemaProblem } from './schemaProblem';

type SchemaNode = Record<string, unknown>;

/**
 * When several keywords fail at one place, the first in this list explains it best: an obsolete code (`not`)
 * says more than "not one of", a wrong type makes length and pattern moot, a length is plainer than a pattern.
 */
const keywordPriority = [
  'false schema', 'not', 'type', 'const', 'enum', 'anyOf', 'oneOf', 'minLength', 'maxLength', 'pattern', 'format',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems',
  'minProperties', 'maxProperties', 'dependencies', 'required', 'additionalProperties',
];

/**
 * The first `limit` places with a problem, each with the best-explained one, and how many other places have one.
 * Linear in the number of errors: messages are written for the places listed only, and every comparison between
 * errors goes through a set or a map (a file with 448,000 bad entries gives ajv a million errors).
 */
export function problemsFromAjvErrors(
  errors: readonly ErrorObject[], value: unknown, rootLabel: string, limit = MAX_PROBLEMS_PER_FILE,
): BoundedProblems<SchemaProblem> {
  const bestPerPointer = new Map<string, ErrorObject>();
  const unlisted = new Set<string>();
  for (const error of withoutAlternativeDetails(errors)) {
    if (error.keyword === 'if') continue;
    const pointer = pointerOf(error);
    const existing = bestPerPointer.get(pointer);
    if (existing) {
      if (priorityOf(error.keyword) < priorityOf(existing.keyword)) bestPerPointer.set(pointer, error);
    } else if (bestPerPointer.size < limit) {
      bestPerPointer.set(pointer, error);
    } else {
      unlisted.add(pointer);
    }
  }
  return { problems: [...bestPerPointer.values()].map((error) => problemFromError(error, value, rootLabel)), omitted: unlisted.size };
}

function priorityOf(keyword: string): number {
  const index = keywordPriority.indexOf(keyword);
  return index < 0 ? keywordPriority.length : index;
}

/** Where a problem belongs: the value, or the property a `required` / `additionalProperties` names, or the repeat. */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return childPointer(error.instancePath, String(params.missingProperty));
    case 'additionalProperties':
      return childPointer(error.instancePath, String(params.additionalProperty));
    case 'uniqueItems':
    case 'uniqueItemsByValue':
      return childPointer(error.instancePath, Math.max(Number(params.i), Number(params.j)));
    default:
      return error.instancePath;
  }
}

/**
 * An `anyOf` that fails reports every branch's failure too ("not a string", "not an integer"); the person only
 * needs the one sentence the `anyOf` carries. Branch errors sit under the anyOf's schema path and at or below
 * its instance path (both are needed: two values checked by the same shared definition share schema paths).
 * Alternatives are looked up by schema path, so each error costs the depth of its schema path, not the number
 * of alternatives.
 */
function withoutAlternativeDetails(errors: readonly ErrorObject[]): ErrorObject[] {
  // "A value or null" (an update that may remove a field): for a value that is not null, the one real
  // alternative's own problems say more than "does not match any of the allowed forms".
  const nullable = new Set(errors.filter(isNullableAlternative));
  const nullableAt = instancePathsBySchemaPath(nullable);
  const kept = errors.filter((error) => !nullable.has(error) && !isNullBranchFailure(error, nullableAt));
  const alternativesAt = instancePathsBySchemaPath(kept.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf'));
  if (alternativesAt.size === 0) return kept;
  return kept.filter((error) => !enclosingSchemaPaths(error.schemaPath).some((schemaPath) => {
    const instancePaths = alternativesAt.get(schemaPath);
    return instancePaths !== undefined && enclosingInstancePaths(error.instancePath).some((instancePath) => instancePaths.has(instancePath));
  }));
}

function instancePathsBySchemaPath(errors: Iterable<ErrorObject>): Map<string, Set<string>> {
  const bySchemaPath = new Map<string, Set<string>>();
  for (const error of errors) {
    let instancePaths = bySchemaPath.get(error.schemaPath);
    if (!instancePaths) bySchemaPath.set(error.schemaPath, (instancePaths = new Set()));
    instancePaths.add(error.instancePath);
  }
  return bySchemaPath;
}

/** `#/a/b/c` → `#/a/b`, `#/a`, `#`: the schema paths strictly above. */
function enclosingSchemaPaths(schemaPath: string): string[] {
  const paths: string[] = [];
  for (let slash = schemaPath.lastIndexOf('/'); slash > 0; slash = schemaPath.lastIndexOf('/', slash - 1)) paths.push(schemaPath.slice(0, slash));
  return paths;
}

/** `/a/b` → `/a/b`, `/a`, ``: the instance path itself and every one above. */
function enclosingInstancePaths(instancePath: string): string[] {
  const paths = [instancePath];
  for (let slash = instancePath.lastIndexOf('/'); slash >= 0; slash = slash === 0 ? -1 : instancePath.lastIndexOf('/', slash - 1)) paths.push(instancePath.slice(0, slash));
  return paths;
}

function isNullableAlternative(error: ErrorObject): boolean {
  if (error.keyword !== 'anyOf' || error.data === null) return false;
  const branches = (error.schema ?? []) as SchemaNode[];
  return Array.isArray(branches) && branches.length === 2 && branches.some((branch) => (branch as { type?: unknown }).type === 'null');
}

/** The null branch's own complaint ("must be null") under a nullable alternative at the same value. */
function isNullBranchFailure(error: ErrorObject, nullableAt: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return nullableAt.size > 0 && error.keyword === 'type' && (error.params as { type?: string }).type === 'null'
    && enclosingSchemaPaths(error.schemaPath).some((schemaPath) => nullableAt.get(schemaPath)?.has(error.instancePath) === true);
}

function problemFromError(error: ErrorObject, value: unknown, rootLabel: string): SchemaProblem {
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  const subject = subjectOf(error.instancePath, value, rootLabel);
  // The place the problem is counted at (problemsFromAjvErrors), so a listed problem is where it was counted.
  const problem = (message: string, target: 'key' | 'value' = 'value'): SchemaProblem => ({
    pointer: pointerOf(error),
    message,
    severity: 'error',
    target,
  });

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      // A conditional requirement (`then`/`else`) carries the reason in its errorMessage.
      const conditional = /\/(then|else)\/required$/.test(error.schemaPath);
      const reason = conditional ? handWrittenMessage(parentSchema, missing) : undefined;
      return problem(reason ?? `missing required property "${missing}"${misspeltHint(missing, error, value, parentSchema)}`);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((parentSchema.properties as SchemaNode | undefined) ?? {});
      const suggestion = closestName(extra, known);
      const hint = suggestion ? `: did you mean "${suggestion}"?` : '';
      return problem(`unknown property "${extra}"${hint}`, 'key');
    }
    case 'uniqueItems':
    case 'uniqueItemsByValue': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return problem(
        `${subject} lists the same entry twice: items ${first} and ${second} (counting from 0) are identical`,
      );
    }
    case 'not': {
      const notSchema = (error.schema ?? {}) as SchemaNode;
      const message =
        handWrittenMessage(notSchema, subject) ?? handWrittenMessage(parentSchema, subject) ?? `${subject} has a value that is not allowed here`;
      return problem(message);
    }
    case 'false schema':
      return problem(`${subject} is not allowed here`);
    case 'type':
      return problem(`${subject} ${typePhrase(String(params.type), dataAt(value, error.instancePath))}`);
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
    case 'pattern':
    case 'format':
      return problem(handWrittenMessage(parentSchema, subject) ?? `${subject} ${fallbackPhrase(error, parentSchema)}`);
    default:
      return problem(`${subject} ${limitPhrase(error, parentSchema)}`);
  }
}

/**
 * The SFT bodies tolerate unknown fields, so `destinationGroupInfo` (capital I) only shows as the required
 * `destinationGroupinfo` being missing: point at the look-alike that is there.
 */
function misspeltHint(missing: string, error: ErrorObject, value: unknown, parentSchema: SchemaNode): string {
  const present = dataAt(value, error.instancePath);
  if (present === null || typeof present !== 'object' || Array.isArray(present)) return '';
  const declared = new Set(Object.keys((parentSchema.properties as SchemaNode | undefined) ?? {}));
  const undeclared = Object.keys(present).filter((key) => !declared.has(key));
  const lookAlike = closestName(missing, undeclared);
  return lookAlike ? ` (there is "${lookAlike}": check the spelling)` : '';
}

/**
 * The schema's `errorMessage`, shaped for this subject. A message starting with "Must" is a phrase (VS Code shows
 * it next to the value, where the name is evident); here it gets the property name in front.
 */
function handWrittenMessage(schema: SchemaNode, subject: string): string | undefined {
  const message = schema.errorMessage;
  if (typeof message !== 'string' || message.length === 0) return undefined;
  const phrase = message.replace(/\.$/, '');
  return /^Must\b/.test(phrase) ? `${subject} m${phrase.slice(1)}` : phrase;
}

function fallbackPhrase(error: ErrorObject, parentSchema: SchemaNode): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${describeChoices(params.allowedValues as unknown[], parentSchema.enumDescriptions)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return `does not have the expected form (${String(params.pattern)})`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    default:
      return 'does not match any of the allowed forms';
  }
}

function describeChoices(values: readonly unknown[], descriptions: unknown): string {
  const labels = Array.isArray(descriptions) ? descriptions : [];
  return values
    .map((choice, index) => (typeof labels[index] === 'string' ? `${JSON.stringify(choice)} (${labels[index]})` : JSON.stringify(choice)))
    .join(', ');
}

function limitPhrase(error: ErrorObject, parentSchema: SchemaNode): string {
  const limit = Number((error.params as Record<string, unknown>).limit);
  switch (error.keyword) {
    case 'minLength':
    case 'maxLength':
      if (parentSchema.minLength === parentSchema.maxLength) return `must be ${limit} characters`;
      if (error.keyword === 'minLength') return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
      return `must be at most ${limit} characters`;
    case 'minimum':
      return `must be ${limit} or more`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'maximum':
      return `must be ${limit} or less`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minItems':
      return limit === 1 ? 'must list at least one entry' : `must list at least ${limit} entries`;
    case 'maxItems':
      return `must list at most ${limit} entries`;
    default:
      return error.message ?? 'is not valid';
  }
}

function typePhrase(expected: string, actual: unknown): string {
  const quoted = typeof actual === 'string';
  switch (expected.split(',')[0]) {
    case 'number':
      return quoted ? 'must be a number, written without quotes' : 'must be a number';
    case 'integer':
      return quoted ? 'must be a whole number, written without quotes' : 'must be a whole number';
    case 'string':
      return 'must be a string (in double quotes)';
    case 'boolean':
      return quoted ? 'must be true or false, written without quotes' : 'must be true or false';
    case 'object':
      return 'must be an object ({ … })';
    case 'array':
      return 'must be a list ([ … ])';
    case 'null':
      return 'must be null';
    default:
      return `must be of type ${expected}`;
  }
}

/** `tadigCode` for `/tadigCodeList/2/tadigCode`, `tadigCodeList[2]` for an array entry, the label for the root. */
function subjectOf(pointer: string, value: unknown, rootLabel: string): string {
  const segments = segmentsFromPointer(pointer);
  if (segments.length === 0) return rootLabel;
  const last = segments[segments.length - 1];
  const container = dataAtSegments(value, segments.slice(0, -1));
  if (Array.isArray(container)) {
    const owner = segments.length >= 2 ? segments[segments.length - 2] : rootLabel;
    return `${owner}[${last}]`;
  }
  return last;
}

function dataAt(value: unknown, pointer: string): unknown {
  return dataAtSegments(value, segmentsFromPointer(pointer));
}

function dataAtSegments(value: unknown, segments: readonly string[]): unknown {
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A known property the unknown one was probably meant to be: same letters in another case, or a small typo. */
function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

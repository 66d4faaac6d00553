// Validates a parsed document or request body against its JSON Schema: the one check of the editor's diagnostics,
// the push gate and `plan`, so they can never disagree. (VS Code's JSON service gets the suggestion-only form of
// the same files, suggestionSchema.ts.)
import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv';
import { addErrorBudgetKeyword, withErrorBudget } from './errorBudget';
import { withInlinedRefs } from './inlineRefs';
import { type SchemaName, schemaEntry, schemaEntries } from './schemaCatalogue';
import { problemsFromAjvErrors } from './problemMessages';
import { SCHEMA_ERROR_BUDGET, type BoundedProblems } from './problemLimit';
import type { SchemaProblem } from './schemaProblem';

/** A schema file's parsed content. */
export type SchemaDocument = AnySchemaObject & { $id: string };

/**
 * Keywords VS Code's JSON language service understands (hover, completion, messages). They do not validate
 * anything, so ajv learns them as annotations and strict mode still catches misspelt real keywords.
 */
export const editorAnnotationKeywords = [
  'enumDescriptions',
  'markdownEnumDescriptions',
  'markdownDescription',
  'defaultSnippets',
  'doNotSuggest',
  'errorMessage',
] as const;

export interface SchemaValidator {
  /** The problems the schema finds in `value` (the first `MAX_PROBLEMS_PER_FILE`); empty when it is valid. */
  validate(name: SchemaName, value: unknown): SchemaProblem[];
  /** The same, with the number of problems found beyond those listed. */
  check(name: SchemaName, value: unknown): BoundedProblems<SchemaProblem>;
  /** Compiles the schema now (it is otherwise compiled on first use); throws if the schema is broken. */
  compile(name: SchemaName): void;
}

export function createSchemaValidator(schemaDocuments: readonly SchemaDocument[]): SchemaValidator {
  let ajv: Ajv | undefined;
  const compiled = new Map<SchemaName, ValidateFunction>();

  // Building ajv and compiling cost tens of milliseconds per schema: pay only for the schemas actually used.
  function validatorFor(name: SchemaName): ValidateFunction {
    const cached = compiled.get(name);
    if (cached) return cached;
    ajv ??= newAjv(schemaDocuments);
    const { schemaId, schemaFile } = schemaEntry(name);
    const validateFunction = ajv.getSchema(schemaId);
    if (!validateFunction) throw new Error(`Schema file ${schemaFile} (${schemaId}) was not given to the validator.`);
    compiled.set(name, validateFunction);
    return validateFunction;
  }

  function check(name: SchemaName, value: unknown): BoundedProblems<SchemaProblem> {
    const validateFunction = validatorFor(name);
    if (validateFunction(value)) return { problems: [], omitted: 0 };
    const rootLabel = schemaEntry(name).role === 'request' ? 'the request body' : 'the document';
    const errors = validateFunction.errors ?? [];
    const found = problemsFromAjvErrors(errors, value, rootLabel);
    return errors.length >= SCHEMA_ERROR_BUDGET ? { ...found, stoppedEarly: true } : found;
  }

  return {
    validate: (name, value) => check(name, value).problems,
    check,
    compile(name) {
      validatorFor(name);
    },
  };
}

function newAjv(schemaDocuments: readonly SchemaDocument[]): Ajv {
  // allErrors: a person fixing a file wants every problem at once, not one per save.
  // verbose: the messages need the failing schema node (its errorMessage and enumDescriptions).
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
  ajv.addVocabulary([...editorAnnotationKeywords]);
  addErrorBudgetKeyword(ajv);
  ajv.addKeyword({ keyword: LINEAR_UNIQUE_ITEMS, schemaType: 'boolean', type: 'array', errors: true, validate: uniqueItemsByValue });
  for (const document of withInlinedRefs(schemaDocuments.map((document) => withLinearUniqueItems(document) as SchemaDocument))) {
    ajv.addSchema(withErrorBudget(document) as SchemaDocument);
  }
  return ajv;
}

/**
 * `uniqueItems` means the same in the schema files but
 * ajv's own check compares every pair of items: a destination group of 200 operators validated 673 times a
 * second, a 1 MB one took 7.7 s (bench/README.md). The compiled schemas use this keyword instead: the same rule,
 * items keyed by their canonical JSON, linear time.
 */
const LINEAR_UNIQUE_ITEMS = 'uniqueItemsByValue';

function withLinearUniqueItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withLinearUniqueItems);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) =>
    (key === 'uniqueItems' && value === true ? [LINEAR_UNIQUE_ITEMS, true] : [key, withLinearUniqueItems(value)])));
}

/** JSON with object keys sorted, so two items equal as JSON values give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type KeywordValidate = ((schemaValue: boolean, data: unknown[]) => boolean) & { errors?: Array<Record<string, unknown>> };

const uniqueItemsByValue: KeywordValidate = (schemaValue, data) => {
  uniqueItemsByValue.errors = undefined;
  if (!schemaValue) return true;
  const seen = new Map<string, number>();
  for (let index = 0; index < data.length; index += 1) {
    const key = canonicalJson(data[index]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      // Reported as ajv's own uniqueItems error ({ i, j }), so the messages stay the same.
      uniqueItemsByValue.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${earlier} and ${index} are identical)`, params: { i: index, j: earlier } }];
      return false;
    }
    seen.set(key, index);
  }
  return true;
};

/** The names of every catalogued schema, for callers that want to compile or check them all. */
export function allSchemaNames(): SchemaName[] {
  return schemaEntries.map((entry) => entry.name);
}

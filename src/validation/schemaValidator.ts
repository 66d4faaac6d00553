// Validates a parsed document or request body against its JSON Schema, with the same schema files VS Code's JSON
// language service uses for squiggles, so the editor and the push gate can never disagree.
import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv';
import { type SchemaName, schemaEntry, schemaEntries } from './schemaCatalogue';
import { problemsFromAjvErrors } from './problemMessages';
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
  /** Every problem the schema finds in `value`; empty when it is valid. */
  validate(name: SchemaName, value: unknown): SchemaProblem[];
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

  return {
    validate(name, value) {
      const validateFunction = validatorFor(name);
      if (validateFunction(value)) return [];
      const rootLabel = schemaEntry(name).role === 'request' ? 'the request body' : 'the document';
      return problemsFromAjvErrors(validateFunction.errors ?? [], value, rootLabel);
    },
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
  for (const document of schemaDocuments) ajv.addSchema(document);
  return ajv;
}

/** The names of every catalogued schema, for callers that want to compile or check them all. */
export function allSchemaNames(): SchemaName[] {
  return schemaEntries.map((entry) => entry.name);
}

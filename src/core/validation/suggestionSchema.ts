// The schema VS Code's JSON service is given: every suggestion of the real schema (properties, descriptions,
// values, snippets) and none of its judgement. VS Code's JSON service can only show what a schema finds as a
// warning, yet every schema problem blocks a push; so the extension shows them itself, as errors, from the real
// schema (the ajv check the save gate and `plan` run, with their messages), and the JSON service only completes
// and explains. Pure: `npm run schemas:editor` writes the results into schemas/editor/, and a test keeps them
// equal to what this gives.

type Schema = boolean | { readonly [keyword: string]: unknown };

/** Words for people and for completion: kept as they are. */
const ANNOTATIONS = new Set([
  '$schema', '$comment', '$ref', 'title', 'description', 'markdownDescription', 'default', 'examples',
  'defaultSnippets', 'doNotSuggest',
]);

/** Rules about a value: dropped, the extension reports them. (`errorMessage` is only said when a rule fails.) */
const JUDGEMENTS = new Set([
  'required', 'additionalProperties', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties',
  'maxProperties', 'contains', 'propertyNames', 'dependencies', 'format', 'if', 'then', 'else', 'not',
  'errorMessage', 'patternErrorMessage', 'deprecationMessage',
]);

/** Keywords whose values are schemas by name (properties) or in a list (anyOf). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf']);

/**
 * The suggestion-only form of a schema file's content. Throws on a keyword it has not been told about, so a new
 * keyword in a schema is decided (judges or suggests) instead of slipping through as a warning or a loss.
 */
export function suggestionOnlySchema(schema: Schema, where = '#'): Schema {
  if (typeof schema === 'boolean') return true;
  const result: Record<string, unknown> = {};
  const valueSnippets: unknown[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${where}/${keyword}`;
    if (keyword === '$id' || JUDGEMENTS.has(keyword)) continue;
    if (ANNOTATIONS.has(keyword)) result[keyword] = value;
    else if (keyword === 'type') continue; // a rule too; what it suggests becomes value snippets, below
    else if (keyword === 'enum') valueSnippets.push(...snippetsForValues(value as unknown[], schema));
    else if (keyword === 'const') valueSnippets.push(...snippetsForValues([value], schema));
    else if (keyword === 'enumDescriptions' || keyword === 'markdownEnumDescriptions') continue; // in the snippets
    else if (SCHEMA_MAPS.has(keyword)) result[keyword] = mapValues(value as Record<string, Schema>, (child, name) => suggestionOnlySchema(child, `${at}/${name}`));
    else if (SCHEMA_LISTS.has(keyword) || keyword === 'oneOf') {
      // Every branch now accepts everything: "oneOf" would then say "matches more than one", so it becomes anyOf.
      const branches = (value as Schema[]).map((child, index) => suggestionOnlySchema(child, `${at}/${index}`));
      result.anyOf = [...((result.anyOf as Schema[] | undefined) ?? []), ...branches];
    } else if (keyword === 'items') {
      result.items = Array.isArray(value) ? value.map((child: Schema, index) => suggestionOnlySchema(child, `${at}/${index}`)) : suggestionOnlySchema(value as Schema, at);
    } else {
      throw new Error(`Schema keyword "${keyword}" at ${at} is neither a suggestion nor a rule the extension knows: decide in suggestionSchema.ts.`);
    }
  }
  const offersValues = valueSnippets.length > 0 || 'defaultSnippets' in result || 'default' in result || 'examples' in result;
  if (!offersValues) valueSnippets.push(...snippetsForType(schema.type));
  if (valueSnippets.length > 0) result.defaultSnippets = [...((result.defaultSnippets as unknown[] | undefined) ?? []), ...valueSnippets];
  return result;
}

/**
 * What the type offered, without judging by it: `""` with the cursor inside for a string (so an inserted property
 * reads `"name": "|"`), true and false for a boolean, `{|}` and `[|]`; without them an operator list would be
 * offered the words of every open file. (A
 * permissive list of every type would judge nothing but offer true, false and null for every value.) A body
 * string starting with `^` is inserted as snippet text (the JSON service's convention).
 */
function snippetsForType(type: unknown): object[] {
  const types = (Array.isArray(type) ? type : [type]).filter((name): name is string => typeof name === 'string');
  return types.flatMap((name): object[] => {
    if (name === 'string') return [{ label: '""', body: '^"$1"' }];
    if (name === 'boolean') return [{ label: 'true', body: true }, { label: 'false', body: false }];
    if (name === 'null') return [{ label: 'null', body: null }];
    if (name === 'object') return [{ label: '{}', body: '^{$1}' }];
    if (name === 'array') return [{ label: '[]', body: '^[$1]' }];
    return [];
  });
}

/** Allowed values offered as value snippets, each with its description, as the enum offered them. */
function snippetsForValues(values: readonly unknown[], schema: { readonly [keyword: string]: unknown }): object[] {
  const descriptions = schema.enumDescriptions as (string | undefined)[] | undefined;
  const markdown = schema.markdownEnumDescriptions as (string | undefined)[] | undefined;
  return values.map((value, index) => ({
    label: JSON.stringify(value),
    body: value,
    ...(descriptions?.[index] !== undefined && { description: descriptions[index] }),
    ...(markdown?.[index] !== undefined && { markdownDescription: markdown[index] }),
  }));
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, transform: (value: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, transform(value, key)]));
}

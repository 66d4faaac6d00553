// ajv with `allErrors` finds every error of a document, and a document can hold hundreds of thousands: a
// destination group of 400,000 bad entries gave 791,000 error objects, 2 s and about 190 MB inside ajv alone, to
// list 100 of them. The compiled schemas (never the schema files) therefore carry a keyword at every place a
// document repeats — each entry of an array, each value of an open-ended object — that stops the check once
// `SCHEMA_ERROR_BUDGET` errors are found. A person is shown the first `MAX_PROBLEMS_PER_FILE` places (several errors can fall on
// one place, hence the margin) and told that the check stopped there.
import type Ajv from 'ajv';
import { _, type KeywordCxt } from 'ajv';
import names from 'ajv/dist/compile/names';
import { SCHEMA_ERROR_BUDGET } from './problemLimit';

const ERROR_BUDGET_KEYWORD = 'stopAtErrorBudget';

/** Schemas under these keywords judge a value only tentatively (a failing branch is not a problem): never stopped there. */
const TENTATIVE = new Set(['anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'contains']);

export function addErrorBudgetKeyword(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: ERROR_BUDGET_KEYWORD,
    schemaType: 'number',
    code(cxt: KeywordCxt) {
      const { gen, it } = cxt;
      // Leaves the whole validate function as ajv itself would at its end, with the errors found so far.
      gen.if(_`${names.errors} >= ${cxt.schema as number}`, () => {
        gen.assign(_`${it.validateName}.errors`, names.vErrors);
        gen.return(false);
      });
    },
  });
}

/** The schema with the budget keyword on every schema of an array's entries or an object's open-ended values. */
export function withErrorBudget(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withErrorBudget);
  if (!node || typeof node !== 'object') return node;
  const schema = node as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (TENTATIVE.has(key)) result[key] = value;
    else if ((key === 'properties' || key === 'definitions') && value && typeof value === 'object') {
      // Maps of names to schemas: a property called "items" is a name here, not the keyword.
      result[key] = Object.fromEntries(Object.entries(value).map(([name, schemaOf]) => [name, withErrorBudget(schemaOf)]));
    }
    else if (key === 'items' || key === 'additionalItems' || key === 'additionalProperties') result[key] = budgeted(withErrorBudget(value));
    else if (key === 'patternProperties' && value && typeof value === 'object') {
      result[key] = Object.fromEntries(Object.entries(value).map(([pattern, schemaOf]) => [pattern, budgeted(withErrorBudget(schemaOf))]));
    } else if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key === 'defaultSnippets') result[key] = value;
    else result[key] = withErrorBudget(value);
  }
  return result;
}

/** `items: [a, b]` (a tuple) budgets each; `false` and `true` stay as they are. */
function budgeted(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(budgeted);
  if (!schema || typeof schema !== 'object') return schema;
  return { ...(schema as Record<string, unknown>), [ERROR_BUDGET_KEYWORD]: SCHEMA_ERROR_BUDGET };
}

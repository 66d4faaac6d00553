// The schemas ajv compiles have their `$ref`s replaced by the schema each one names. With `allErrors`, ajv
// compiles a `$ref` as a call to a function of its own and appends that call's errors with
// `vErrors = vErrors.concat(errors)`: every failing call copies every error found so far. One bad operator per
// entry made that quadratic — 20,000 invalid entries took 3.7 s in `validate()`, 40,000 took 12 s, 448,000 never
// finished. Inlined, every error is pushed where it is found: linear. The schema files keep their `$ref`s (VS
// Code's JSON service reads them); only the compiled copies change, like `uniqueItems` (schemaValidator.ts).
import type { AnySchemaObject } from 'ajv';

type SchemaNode = Record<string, unknown>;

/**
 * Keywords beside a `$ref` that validate nothing: such a node is replaced by the named schema outright. Anything
 * else beside it (ajv 8 applies `$ref`'s siblings too) keeps the node, with the named schema under `allOf`.
 */
const ANNOTATIONS = new Set([
  'description', 'markdownDescription', 'title', 'examples', 'default', '$comment', 'deprecated',
  'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'doNotSuggest', 'errorMessage',
]);

/** Every `$ref` between these documents (by `$id`) inlined, except one that leads back to itself. */
export function withInlinedRefs<T extends AnySchemaObject & { $id: string }>(documents: readonly T[]): T[] {
  const byId = new Map(documents.map((document) => [withoutFragment(document.$id), document as SchemaNode]));
  const expanded = new Map<string, unknown>();

  function resolve(ref: string, base: string): { absolute: string; target: unknown; targetBase: string } {
    const url = new URL(ref, base);
    const targetBase = withoutFragment(url.href);
    const document = byId.get(targetBase);
    if (!document) throw new Error(`Schema ${base}: $ref "${ref}" names no schema given to the validator.`);
    let target: unknown = document;
    for (const segment of decodeURIComponent(url.hash.slice(1)).split('/').slice(1)) {
      target = (target as SchemaNode | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (target === undefined) throw new Error(`Schema ${base}: $ref "${ref}" names nothing.`);
    return { absolute: url.href, target, targetBase };
  }

  function inline(node: unknown, base: string, expanding: ReadonlySet<string>): unknown {
    if (Array.isArray(node)) return node.map((item) => inline(item, base, expanding));
    if (!node || typeof node !== 'object') return node;
    const { $ref: ref, ...siblings } = node as SchemaNode;
    const inlinedSiblings = (): SchemaNode =>
      Object.fromEntries(Object.entries(siblings).map(([key, value]) => [key, inline(value, base, expanding)]));
    if (typeof ref !== 'string') return inlinedSiblings();
    const { absolute, target, targetBase } = resolve(ref, base);
    // A recursive definition stays a reference, made absolute so it still resolves from wherever it now sits.
    if (expanding.has(absolute)) return { ...inlinedSiblings(), $ref: absolute };
    let named = expanded.get(absolute);
    if (named === undefined) {
      named = inline(target, targetBase, new Set([...expanding, absolute]));
      expanded.set(absolute, named);
    }
    if (Object.keys(siblings).every((key) => ANNOTATIONS.has(key))) return named;
    const rest = inlinedSiblings();
    return { ...rest, allOf: [named, ...((rest.allOf as unknown[] | undefined) ?? [])] };
  }

  return documents.map((document) => inline(document, withoutFragment(document.$id), new Set()) as T);
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

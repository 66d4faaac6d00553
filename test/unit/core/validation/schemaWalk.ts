// Walks the schema files the way a reader of hover text meets them: every declared property, however deep, with
// `$ref`s into common.schema.json followed the way VS Code merges them (the referring node's own keys win).
import { commonSchemaFile } from '../../../../src/core/validation/schemaCatalogue';

export type SchemaNode = Record<string, unknown>;

export interface DeclaredProperty {
  readonly file: string;
  readonly path: string;
  readonly name: string;
  /** The property's schema with its `$ref` chain merged in. */
  readonly schema: SchemaNode | boolean;
}

/** Subschemas that only state conditions (if/then/else, anyOf alternatives, not): they declare nothing new. */
const conditionalKeywords = new Set(['if', 'then', 'else', 'not', 'anyOf', 'oneOf', 'allOf']);

export function declaredProperties(file: string, schema: SchemaNode, common: SchemaNode): DeclaredProperty[] {
  const found: DeclaredProperty[] = [];
  const visit = (raw: unknown, path: string): void => {
    if (!isNode(raw)) return;
    const node = resolved(raw, file, common) as SchemaNode;
    const properties = node.properties;
    if (isNode(properties)) {
      for (const [name, propertySchema] of Object.entries(properties)) {
        found.push({ file, path: `${path}/properties/${name}`, name, schema: resolved(propertySchema, file, common) });
        visit(propertySchema, `${path}/properties/${name}`);
      }
    }
    for (const [keyword, child] of Object.entries(node)) {
      if (keyword === 'properties' || conditionalKeywords.has(keyword)) continue;
      if (Array.isArray(child)) child.forEach((entry, index) => visit(entry, `${path}/${keyword}/${index}`));
      else if (keyword === 'definitions' && isNode(child)) {
        for (const [name, definition] of Object.entries(child)) visit(definition, `${path}/definitions/${name}`);
      } else visit(child, `${path}/${keyword}`);
    }
  };
  visit(schema, '#');
  return found;
}

/** Every node that has an `enum`, outside `not` (an obsolete list there is a refusal, not a choice). */
export function enumNodes(schema: SchemaNode): { path: string; node: SchemaNode }[] {
  const found: { path: string; node: SchemaNode }[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((entry, index) => visit(entry, `${path}/${index}`));
    if (!isNode(node)) return;
    if (Array.isArray(node.enum)) found.push({ path, node });
    for (const [keyword, child] of Object.entries(node)) {
      if (keyword !== 'not' && keyword !== 'enum' && keyword !== 'examples') visit(child, `${path}/${keyword}`);
    }
  };
  visit(schema, '#');
  return found;
}

export function resolved(schema: unknown, file: string, common: SchemaNode): SchemaNode | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isNode(schema)) throw new Error(`Not a schema in ${file}: ${JSON.stringify(schema)}`);
  const reference = schema.$ref;
  if (typeof reference !== 'string') return schema;
  const target = referencedDefinition(reference, file, common);
  const merged = resolved(target, commonSchemaFile, common);
  const { $ref: _ignored, ...own } = schema;
  return typeof merged === 'boolean' ? own : { ...merged, ...own };
}

function referencedDefinition(reference: string, file: string, common: SchemaNode): unknown {
  const [document, fragment] = reference.split('#');
  // Only common.schema.json has definitions, so a local ref met while walking merged common content is common's.
  const inCommon = document === `./${commonSchemaFile}` || document === '';
  const match = /^\/definitions\/([^/]+)$/.exec(fragment ?? '');
  if (!inCommon || !match) throw new Error(`Unexpected $ref ${reference} in ${file}: refs go to common.schema.json definitions`);
  const definition = (common.definitions as SchemaNode)[match[1]];
  if (definition === undefined) throw new Error(`$ref ${reference} in ${file} names a missing definition`);
  return definition;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

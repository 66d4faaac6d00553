// Files the validation tests read from the repository itself (schemas/ with their snippets, package.json, the seeds'
// fixtures). The tests run from out/test/unit/core/validation/, five levels below the repository root.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commonSchemaFile, schemaEntries } from '../../../../src/core/validation/schemaCatalogue';
import type { SchemaDocument } from '../../../../src/core/validation/schemaValidator';

export const repoRoot = findRepoRoot();

function findRepoRoot(): string {
  // Compiled: out/test/unit/core/validation; run through a TypeScript loader: test/unit/core/validation.
  const candidates = [path.resolve(__dirname, '../../../../..'), path.resolve(__dirname, '../../../..')];
  const root = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'schemas', commonSchemaFile)));
  if (!root) throw new Error(`Cannot find the repository root (with schemas/) from ${__dirname}`);
  return root;
}

export function readJsonFile(relativePath: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8'));
}

export function schemaFileNames(): string[] {
  return fs.readdirSync(path.join(repoRoot, 'schemas')).filter((name) => name.endsWith('.json')).sort();
}

/** Every catalogued schema file plus the common one, as parsed JSON. */
export function schemaDocumentsFromDisk(): SchemaDocument[] {
  const files = [commonSchemaFile, ...schemaEntries.map((entry) => entry.schemaFile)];
  return files.map((file) => readJsonFile(path.join('schemas', file)) as SchemaDocument);
}

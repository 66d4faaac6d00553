// The fixture files under test/unit/core/validation/fixtures/, each tied to its schema by its file-name suffix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type SchemaEntry, schemaEntryForFileName } from '../../../../src/core/validation/schemaCatalogue';
import { repoRoot } from './repoFiles';

export const fixturesFolder = path.join(repoRoot, 'test', 'unit', 'core', 'validation', 'fixtures');

export interface Fixture {
  readonly fileName: string;
  readonly entry: SchemaEntry;
  readonly text: string;
  readonly value: unknown;
}

export function fixturesIn(folder: 'valid' | 'not-offered' | 'invalid'): Fixture[] {
  const directory = path.join(fixturesFolder, folder);
  return fs
    .readdirSync(directory)
    .filter((fileName) => fileName !== 'expectations.json')
    .sort()
    .map((fileName) => {
      const entry = schemaEntryForFileName(fileName);
      if (!entry) throw new Error(`Fixture ${folder}/${fileName} does not end with any catalogued suffix`);
      const text = fs.readFileSync(path.join(directory, fileName), 'utf8');
      return { fileName, entry, text, value: JSON.parse(text) };
    });
}

export interface InvalidExpectation {
  readonly rule: string;
  readonly pointer: string;
  readonly message: string;
}

export function invalidExpectations(): Record<string, InvalidExpectation> {
  return JSON.parse(fs.readFileSync(path.join(fixturesFolder, 'invalid', 'expectations.json'), 'utf8'));
}

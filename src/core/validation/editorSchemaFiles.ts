// The text of each file of schemas/editor/, from the schema files beside it: what `npm run schemas:editor` writes
// and what a unit test compares the written files with.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suggestionOnlySchema } from './suggestionSchema';

export const EDITOR_SCHEMA_FOLDER = 'editor';

/** File name → text, for every `*.schema.json` directly in `schemasFolder`. */
export function editorSchemaFiles(schemasFolder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(schemasFolder).filter((file) => file.endsWith('.schema.json')).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemasFolder, name), 'utf8')) as Record<string, unknown>;
    const suggestions = suggestionOnlySchema(schema, name) as Record<string, unknown>;
    const written = `Written by npm run schemas:editor from ../${name}: its suggestions without its rules. VS Code's JSON service completes and explains with it; Roaming Workbench reports the rules of ../${name} itself, as errors.`;
    const { $comment: own, ...rest } = suggestions;
    const editorForm = { $comment: typeof own === 'string' ? `${written} ${own}` : written, ...rest };
    files.set(name, `${JSON.stringify(editorForm, null, 2)}\n`);
  }
  return files;
}

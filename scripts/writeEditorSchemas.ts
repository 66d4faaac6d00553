// Writes schemas/editor/: the suggestion-only form of every schema (src/core/validation/suggestionSchema.ts), the
// files package.json gives VS Code's JSON service. Run `npm run schemas:editor` after changing a schema; a unit
// test fails while the written files differ from what the schemas give.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editorSchemaFiles } from '../src/core/validation/editorSchemaFiles';

const schemasFolder = path.resolve(__dirname, '..', '..', 'schemas');
const files = editorSchemaFiles(schemasFolder);
const folder = path.join(schemasFolder, 'editor');
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder);
for (const [name, text] of files) fs.writeFileSync(path.join(folder, name), text);
console.log(`wrote ${files.size} suggestion-only schemas into ${path.relative(process.cwd(), folder) || folder}`);

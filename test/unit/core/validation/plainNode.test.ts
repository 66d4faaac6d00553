import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repoFiles';

// The push gate, the command line and these tests use the validator without VS Code. ESLint's layering rule
// does not list src/core/validation/, so this test holds the line.
test('nothing under src/core/validation imports vscode', () => {
  const folder = path.join(repoRoot, 'src', 'core', 'validation');
  const sources = fs.readdirSync(folder, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
  assert.ok(sources.length >= 5, `found the validation sources (${sources.length})`);
  for (const file of sources) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    assert.doesNotMatch(text, /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/, file);
  }
});

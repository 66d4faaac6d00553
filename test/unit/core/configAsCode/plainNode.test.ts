// The command line runs this core without VS Code, so nothing here may import it. ESLint's layering rule does not
// list src/core/configAsCode/ (it lists src/cli/), so this test holds the line for both.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');

for (const folder of ['src/core/configAsCode', 'src/cli']) {
  test(`nothing under ${folder} imports vscode`, () => {
    const directory = path.join(repoRoot, folder);
    const sources = fs.readdirSync(directory, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
    assert.ok(sources.length >= 1, `found the sources of ${folder}`);
    for (const file of sources) {
      assert.doesNotMatch(fs.readFileSync(path.join(directory, file), 'utf8'), /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/, file);
    }
  });
}

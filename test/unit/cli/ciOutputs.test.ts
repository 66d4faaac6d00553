// The CI outputs of plan and apply, over HTTP against the sandbox: `--format github` annotations with the file,
// line and column of each problem, unforgeable by a hostile file name; the job summary; `--junit` well-formed XML
// with a failing test case per invalid file; `--sarif` valid against the SARIF 2.1.0 schema (bundled in
// test/fixtures/sarif, nothing fetched); `--markdown` holding the plan with a group's coverage change. The exit
// codes stay those of the text output.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as sax from 'sax';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const BROKEN = 'roaming-profiles/Broken.roaming-profile.json';
// A newline, a percent sign, a colon and a comma: each would end or forge a workflow command if not escaped.
const HOSTILE = 'roaming-profiles/evil%0A\n::error file=forged.json,line=1::forged, it: is.roaming-profile.json';
const IBERIA = 'destination-groups/Iberia.destination-group.json';
const BROKEN_TEXT = '{\n  "roamingProfileName": "Broken",\n  "destinationGroupId": "2505",\n  "status": "7"\n}\n';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ROAMING_PASSWORD: harness.password, ...extra };
}

/** An exported folder in a "repository" (the working directory), with two invalid files and a group that gains Malta. */
async function repository(label: string, { invalid = true } = {}): Promise<{ root: string; argv: string[] }> {
  const root = temporaryFolder(label);
  const connection = harness.writeConnectionFile(root, 'sft');
  const folder = path.join(root, 'roaming');
  const exported = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
  assert.equal(exported.code, 0, exported.stderr);
  editJson<{ tadigCodeList: unknown[] }>(folder, IBERIA, (group) => ({ ...group, tadigCodeList: [...group.tadigCodeList, { tadigCode: 'MLTTL', categoryGroupId: '12' }] }));
  if (invalid) {
    fs.writeFileSync(path.join(folder, BROKEN), BROKEN_TEXT);
    fs.writeFileSync(path.join(folder, HOSTILE), '{ "roamingProfileName": ');
  }
  return { root, argv: ['--folder', 'roaming', '--connection', connection] };
}

/** Where `"7"` is in the broken file: the line and column the schema's complaint must point at. */
function statusPosition(): { line: number; col: number } {
  const offset = BROKEN_TEXT.indexOf('"7"');
  const before = BROKEN_TEXT.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

describe('--format github', () => {
  it('annotates each problem at its file, line and column; a hostile file name forges nothing; exit codes unchanged', async () => {
    const { root, argv } = await repository('ci-github');
    const summary = path.join(root, 'summary.md');
    const text = await runCli(['plan', ...argv], { env: env(), cwd: root });
    const run = await runCli(['plan', ...argv, '--format', 'github'], { env: env({ GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: root }), cwd: root });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(text.code, run.code, 'the same exit code as the text output');

    const lines = run.stdout.split('\n');
    // The plan's own text is echoed with workflow commands paused, behind a random token.
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[stop].slice('::stop-commands::'.length);
    assert.match(token, /^[0-9a-f]{32}$/);
    const resume = lines.indexOf(`::${token}::`);
    assert.ok(stop >= 0 && resume > stop, 'the plan text is inside the pause');
    assert.match(lines.slice(stop + 1, resume).join('\n'), /Invalid files/);
    const commands = lines.filter((line, index) => (index < stop || index > resume) && line.trim().startsWith('::'));
    for (const command of commands) assert.match(command, /^::(group|endgroup|error|warning)( |::)/, `only our commands: ${command}`);

    const { line, col } = statusPosition();
    const broken = commands.filter((command) => command.startsWith('::error file=roaming/roaming-profiles/Broken.roaming-profile.json,'));
    assert.equal(broken.length, 1, commands.join('\n'));
    assert.match(broken[0], new RegExp(`^::error file=roaming/roaming-profiles/Broken\\.roaming-profile\\.json,line=${line},col=${col},title=Invalid roaming profile file::`));

    const hostile = commands.filter((command) => command.includes('evil'));
    assert.equal(hostile.length, 1, `one annotation for the hostile file: ${hostile.join('\n')}`);
    assert.ok(hostile[0].startsWith('::error file=roaming/roaming-profiles/evil%250A%0A%3A%3Aerror file=forged.json%2Cline=1%3A%3Aforged%2C it%3A is.roaming-profile.json,line='),
      `escaped as GitHub's toolkit does: ${hostile[0]}`);
    assert.ok(!lines.some((output) => output.startsWith('::error file=forged')), 'no forged command line');
    assert.equal(commands.filter((command) => command.startsWith('::error')).length, 2, 'one error per problem of the two invalid files');

    const job = fs.readFileSync(summary, 'utf8');
    assert.match(job, /^## Roaming plan for CLI SFT \(sandbox\)/);
    assert.match(job, /Invalid files/);
  });

  it('a plan with changes exits 2 under --format github too, and a group\'s coverage change is in the job summary', async () => {
    const { root, argv } = await repository('ci-github-changes', { invalid: false });
    const summary = path.join(root, 'summary.md');
    const run = await runCli(['plan', ...argv, '--format', 'github'], { env: env({ GITHUB_STEP_SUMMARY: summary }), cwd: root });
    assert.equal(run.code, 2, run.stderr);
    assert.ok(!run.stdout.split('\n').some((line) => line.startsWith('::error')));
    assert.match(fs.readFileSync(summary, 'utf8'), /countries gained: Malta \(MT\)/);
  });
});

describe('--junit, --sarif, --markdown', () => {
  it('JUnit XML is well-formed, with a failing test case per invalid file', async () => {
    const { root, argv } = await repository('ci-junit');
    const run = await runCli(['plan', ...argv, '--junit', 'out/plan.xml'], { env: env(), cwd: root });
    assert.equal(run.code, 1, run.stderr);
    const xml = fs.readFileSync(path.join(root, 'out', 'plan.xml'), 'utf8');
    const parser = sax.parser(true);
    const cases: Array<{ name: string; failed: boolean }> = [];
    parser.onopentag = (node) => {
      if (node.name === 'testcase') cases.push({ name: String(node.attributes.name), failed: false });
      if (node.name === 'failure') cases[cases.length - 1].failed = true;
    };
    parser.onerror = (error) => { throw error; };
    parser.write(xml).close();
    const failed = cases.filter((item) => item.failed).map((item) => item.name).sort();
    assert.deepEqual(failed, [BROKEN, HOSTILE.replace(/\n/g, '\\n')].sort(), 'a failing test case per invalid file, names printable');
    assert.ok(cases.some((item) => item.name === IBERIA && !item.failed), 'a valid change passes');
    assert.ok(!xml.includes(harness.password));
  });

  it('SARIF validates against the SARIF 2.1.0 schema, each problem at its line and column', async () => {
    const { root, argv } = await repository('ci-sarif');
    const run = await runCli(['plan', ...argv, '--sarif', 'plan.sarif'], { env: env(), cwd: root });
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'plan.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }> }>;
    };
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const broken = log.runs[0].results.find((result) => result.locations[0].physicalLocation.artifactLocation.uri === 'roaming/roaming-profiles/Broken.roaming-profile.json');
    const { line, col } = statusPosition();
    assert.deepEqual(broken?.locations[0].physicalLocation.region, { startLine: line, startColumn: col });
    assert.equal(broken?.ruleId, 'invalid-file');
    assert.ok(log.runs[0].results.some((result) => result.locations[0].physicalLocation.artifactLocation.uri.includes('evil%250A%0A%3A%3Aerror')), 'the hostile name is a valid URI reference');

    // The schema really is checked: a broken log fails it.
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
  });

  it('Markdown holds the plan: each section as a table, the coverage change of a group, problems with their place', async () => {
    const { root, argv } = await repository('ci-markdown');
    const run = await runCli(['plan', ...argv, '--markdown', 'plan.md'], { env: env(), cwd: root });
    assert.equal(run.code, 1, run.stderr);
    const markdown = fs.readFileSync(path.join(root, 'plan.md'), 'utf8');
    assert.match(markdown, /^## Roaming plan for CLI SFT \(sandbox\)/);
    assert.match(markdown, /### Update \(1\)\n\n\| File \| Object \| What happens \| Coverage change \|/);
    assert.match(markdown, /\| `destination-groups\/Iberia\.destination-group\.json` \| Iberia \(2504\) \| .* \| countries gained: Malta \(MT\) \|/);
    const { line, col } = statusPosition();
    assert.match(markdown, new RegExp(`\`roaming-profiles/Broken\\.roaming-profile\\.json\`:\\n\\n- line ${line}, column ${col}: `));
    assert.match(markdown, /<details>\n<summary>Diff of destination-groups\/Iberia\.destination-group\.json<\/summary>\n\n```diff\n/);
    assert.ok(!markdown.split('\n').some((output) => output.startsWith('::')), 'the hostile name starts no line');
  });
});

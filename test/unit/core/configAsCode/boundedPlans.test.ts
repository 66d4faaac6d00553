// A plan costs time linear in the folder and bounded memory whatever its files hold: a file of 50,000 mistakes
// lists its first 100 with the right line and column and says how many more there are; it is parsed and
// schema-checked once, its lines indexed in one pass; a file or manifest past the size cap is refused unread.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { ConfigError, exportFolder, planFolder, renderPlanText } from '../../../../src/core/configAsCode';
import { MAX_FOLDER_FILE_BYTES } from '../../../../src/core/configAsCode/fileLimits';
import type { PlanEntry } from '../../../../src/core/configAsCode/planTypes';
import { bundledSchemaValidator } from '../../../../src/core/validation/bundledSchemas';
import { charactersScannedForLineIndexes } from '../../../../src/core/validation/lineIndex';
import type { SchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { CliSandbox, runCli } from '../../cli/support/cliHarness';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { removeTemporaryFolders, temporaryFolder } from './support/folders';

const ENTRIES = 50_000;
const GROUP_FILE = 'destination-groups/Huge.destination-group.json';

let harness: SandboxHarness;
before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

/** A new destination group whose every operator has a malformed TADIG code, formatted as the export writes it. */
function writeInvalidGroup(folder: string): string {
  const tadigCodeList = Array.from({ length: ENTRIES }, (_, index) => ({ tadigCode: `X${index}`, categoryGroupId: '12' }));
  const text = `${JSON.stringify({ destinationGroupName: 'Huge', tadigCodeList }, null, 2)}\n`;
  fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
  fs.writeFileSync(path.join(folder, GROUP_FILE), text);
  return text;
}

/** Line and column of `needle` in `text`, counted here independently of the code under test. */
function placeOf(text: string, needle: string): [number, number] {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  return [line + 1, lines[line].indexOf(needle) + 1];
}

/** Counts the schema checks the plan asks for, whichever method it uses. */
function countSchemaChecks(validator: SchemaValidator): { count: () => number; reset: () => void; restore: () => void } {
  const original = { validate: validator.validate, check: validator.check };
  let calls = 0;
  const mutable = validator as { -readonly [K in keyof SchemaValidator]: SchemaValidator[K] };
  mutable.validate = (...args) => { calls += 1; return original.validate(...args); };
  mutable.check = (...args) => { calls += 1; return original.check(...args); };
  return { count: () => calls, reset: () => { calls = 0; }, restore: () => Object.assign(mutable, original) };
}

function onlyEntry(entries: readonly PlanEntry[]): PlanEntry {
  assert.equal(entries.length, 1);
  return entries[0];
}

describe('a file of 50,000 mistakes', () => {
  let counter: ReturnType<typeof countSchemaChecks>;
  beforeEach(() => { counter = countSchemaChecks(bundledSchemaValidator()); });
  afterEach(() => counter.restore());

  it('lists its first 100 problems with their place, says there are more, and is checked once', { timeout: 120_000 }, async () => {
    const folder = temporaryFolder('bounded');
    // An exported folder with one file removed: the new file is then also tried as that file renamed.
    const exported = await exportFolder(harness.sft, { folder, kinds: ['destination-group'] });
    fs.rmSync(path.join(folder, exported.files[0].file));
    const text = writeInvalidGroup(folder);
    const scannedBefore = charactersScannedForLineIndexes();
    counter.reset();

    const plan = await planFolder(harness.sft, { folder });

    assert.deepEqual(plan.entries.filter((candidate) => candidate.action !== 'unchanged').map((candidate) => `${candidate.action} ${candidate.file}`).sort(),
      [`error ${GROUP_FILE}`, `skipped ${exported.files[0].file}`]);
    const entry = plan.entries.find((candidate) => candidate.file === GROUP_FILE)!;
    assert.equal(entry.action, 'error');
    const problems = entry.problems ?? [];
    assert.equal(problems.length, 100);
    assert.deepEqual(problems.slice(0, 2).map((problem) => [problem.pointer, problem.line, problem.column]), [
      ['/tadigCodeList/0/tadigCode', ...placeOf(text, '"X0"')],
      ['/tadigCodeList/1/tadigCode', ...placeOf(text, '"X1"')],
    ]);
    assert.deepEqual([problems[99].pointer, problems[99].line, problems[99].column], ['/tadigCodeList/99/tadigCode', ...placeOf(text, '"X99"')]);
    assert.equal(problems[0].message, 'tadigCode must be 5 characters');
    // The schema check stopped at its budget of 1,000 findings (two per operator here): 500 places seen, 100 listed.
    assert.equal(entry.problemCheckStopped, true);
    assert.equal(entry.omittedProblems, 400);
    assert.match(renderPlanText(plan), /\n {6}and at least 400 more problems \(the check stops after 1,000 findings, and only the first 100 of a file are listed: fix these and check again\)\n/);
    assert.match(entry.summary, /^at least 500 problems: tadigCode must be 5 characters$/);

    // Validated once although a new file is also tried as a renamed one (the unchanged files once each too);
    // its lines indexed in one pass.
    assert.equal(counter.count(), plan.entries.length - 1);
    assert.ok(charactersScannedForLineIndexes() - scannedBefore <= text.length, 'the text was scanned more than once for lines');
  });

  it('counts every syntax problem, lists the first 100', { timeout: 120_000 }, async () => {
    const folder = temporaryFolder('bounded-syntax');
    // Every operator but the first lacks the comma before it: 49,999 places.
    const operators = Array.from({ length: ENTRIES }, (_, index) => `    { "tadigCode": "BEL${String(index % 100).padStart(2, '0')}", "categoryGroupId": "${index}" }`);
    const text = `{\n  "destinationGroupName": "Huge",\n  "tadigCodeList": [\n${operators.join('\n')}\n  ]\n}\n`;
    fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
    fs.writeFileSync(path.join(folder, GROUP_FILE), text);

    const entry = onlyEntry((await planFolder(harness.sft, { folder })).entries);
    const problems = entry.problems ?? [];
    assert.equal(problems.length, 100);
    assert.deepEqual([problems[0].message, problems[0].line, problems[0].column], ['Expected a comma between entries', 5, 5]);
    assert.equal(problems[99].line, 104);
    assert.equal(entry.omittedProblems, ENTRIES - 1 - 100);
    assert.equal(entry.problemCheckStopped, undefined);
    assert.match(entry.summary, /^49,999 problems: Expected a comma between entries$/);
  });
});

describe('files past the size cap', () => {
  it('the cap is 32 MB', () => {
    assert.equal(MAX_FOLDER_FILE_BYTES, 32 * 1024 * 1024);
  });

  it('an object file or a manifest larger than the cap is refused with one line, before it is read', async () => {
    const folder = temporaryFolder('oversized');
    fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
    // Sparse: the size is there without writing 33 MB.
    const huge = path.join(folder, GROUP_FILE);
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 33 * 1024 * 1024);
    await assert.rejects(planFolder(harness.sft, { folder }), (error: unknown) => error instanceof ConfigError
      && error.message === `${GROUP_FILE} is 33 MB: a file in a configuration folder is read up to 32 MB, so nothing was planned. Split it, or remove what does not belong in it.`);

    fs.rmSync(huge);
    const manifest = path.join(folder, 'roaming-manifest.json');
    fs.writeFileSync(manifest, '');
    fs.truncateSync(manifest, 33 * 1024 * 1024);
    await assert.rejects(planFolder(harness.sft, { folder }), (error: unknown) => error instanceof ConfigError
      && /^roaming-manifest\.json is 33 MB: a file in a configuration folder is read up to 32 MB/.test(error.message));
  });
});

describe('the command line on a file of 50,000 mistakes', () => {
  let cli: CliSandbox;
  before(async () => { cli = await CliSandbox.start(); });
  after(async () => { await cli.close(); });
  beforeEach(() => cli.reset());

  it('prints the first 100 problems and the line saying how many more', { timeout: 120_000 }, async () => {
    const workspace = temporaryFolder('bounded-cli');
    const folder = path.join(workspace, 'config');
    writeInvalidGroup(folder);
    const connection = cli.writeConnectionFile(workspace, 'sft');
    const run = await runCli(['plan', '--folder', folder, '--connection', connection], { env: { ROAMING_PASSWORD: cli.password } });
    assert.equal(run.code, 1);
    assert.equal((run.stdout.match(/^ {6}line \d+, column \d+: /gm) ?? []).length, 100);
    assert.match(run.stdout, /^ {6}and at least 400 more problems \(the check stops after 1,000 findings/m);
  });
});

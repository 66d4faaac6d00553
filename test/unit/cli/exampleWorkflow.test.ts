// The example workflow (examples/github-workflow.yml) as GitHub would run it, against the sandbox: its YAML is
// parsed, every `npx roaming-workbench …` line of its plan job and then of its apply job is run with the job's
// environment (the secret and the variable put in), in a repository holding the exported folder. So the commands
// the README shows cannot drift from the ones that work.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli, type CliRun } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const WORKFLOW = path.join(repoRoot, 'examples', 'github-workflow.yml');

interface Step { readonly run?: string; readonly env?: Record<string, string> }
interface Job { readonly env?: Record<string, string>; readonly steps: readonly Step[] }
interface Workflow { readonly jobs: Record<string, Job> }

/** Shell words of one simple command line (quotes, no expansions: the workflow's commands use none). */
function words(line: string): string[] {
  const found: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

/** Each `npx roaming-workbench` command of a job, as the arguments after the program's name, with the job's env. */
function commandsOf(job: Job): Array<{ argv: string[]; env: Record<string, string> }> {
  return job.steps.flatMap((step) => (step.run ?? '').split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx roaming-workbench '))
    .map((line) => ({ argv: words(line).slice(2), env: { ...job.env, ...step.env } })));
}

/** `${{ secrets.X }}` and `${{ vars.X }}` as the repository's settings would give them. */
function resolved(env: Record<string, string>, settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value.replace(/\$\{\{\s*(?:secrets|vars)\.(\w+)\s*\}\}/g, (_, key: string) => {
    assert.ok(key in settings, `the test gives ${key}`);
    return settings[key];
  })]));
}

describe('examples/github-workflow.yml', () => {
  it('plans on a pull request (exit 2 passes the job, the comment and SARIF are written), applies on merge, then nothing is left', async () => {
    const workflow = parse(fs.readFileSync(WORKFLOW, 'utf8')) as Workflow;
    const planCommands = commandsOf(workflow.jobs.plan);
    const applyCommands = commandsOf(workflow.jobs.apply);
    assert.equal(planCommands.length, 1, 'the plan job runs one roaming-workbench command');
    assert.equal(applyCommands.length, 1, 'the apply job runs one roaming-workbench command');
    assert.match(workflow.jobs.plan.steps.map((step) => step.run ?? '').join('\n'), /if \[ "\$code" -eq 1 \]; then exit 1; fi/, 'only exit 1 fails the plan job');

    // The repository: the folder the workflow names, exported from the sandbox, and a change in a pull request.
    const repository = temporaryFolder('workflow');
    const connection = harness.writeConnectionFile(repository, 'sft');
    const exported = await runCli(['export', '--folder', path.join(repository, 'roaming'), '--connection', connection], { env: { ROAMING_PASSWORD: harness.password } });
    assert.equal(exported.code, 0, exported.stderr);
    fs.rmSync(connection);
    editJson<{ status: string }>(path.join(repository, 'roaming'), 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', (profile) => ({ ...profile, status: '0' }));

    const settings = { ROAMING_PASSWORD: harness.password, ROAMING_BASE_URL: harness.sandbox.sftUrl };
    const summary = path.join(repository, 'step-summary.md');
    const runStep = (command: { argv: string[]; env: Record<string, string> }): Promise<CliRun> => runCli(command.argv, {
      env: { ...resolved(command.env, settings), GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: repository, GITHUB_ACTIONS: 'true' },
      cwd: repository,
    });

    const planned = await runStep(planCommands[0]);
    assert.equal(planned.code, 2, planned.stderr);
    assert.deepEqual(harness.writes('sft'), [], 'a plan sends nothing');
    assert.match(fs.readFileSync(path.join(repository, 'plan.md'), 'utf8'), /### Update \(1\)[\s\S]*UK Ireland Roaming/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(repository, 'plan.sarif'), 'utf8')).version, '2.1.0');
    assert.match(fs.readFileSync(path.join(repository, 'plan.xml'), 'utf8'), /<testsuites/);
    assert.match(fs.readFileSync(summary, 'utf8'), /Roaming plan for/);

    const applied = await runStep(applyCommands[0]);
    assert.equal(applied.code, 0, applied.stdout + applied.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
    assert.ok(fs.readdirSync(path.join(repository, 'apply-reports')).some((name) => name.endsWith('.md')), 'the report the workflow keeps');

    const again = await runStep(planCommands[0]);
    assert.equal(again.code, 0, again.stdout);
  });
});

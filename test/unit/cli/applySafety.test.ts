// Issue 17, items 3, 4, 5 and 8, through the command line against the sandbox over HTTP: a saved plan applies
// exactly, or not at all once anything it read changed; one apply at a time per environment; protected objects
// and production deletes; the journal of every request and verification, and `history`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ApplyJournal, MAX_JOURNAL_LINE } from '../../../src/core/configAsCode/applyJournal';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import { removeTemporaryFolders, temporaryFolder, editJson, readJson, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const PROFILE_FILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';
const LOCK = 'roaming-state/default.lock';
const JOURNAL = 'roaming-state/default.journal.jsonl';

const env = (): Record<string, string> => ({ ROAMING_PASSWORD: harness.password });

async function exportedSft(label: string, extra: Record<string, unknown> = {}): Promise<{ folder: string; connection: string; workspace: string }> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft', extra);
  const folder = path.join(workspace, 'config');
  const run = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
  assert.equal(run.code, 0, run.stderr);
  return { folder, connection, workspace };
}

const setStatus = (folder: string, status: string): void => editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status }));

/** The profile's status on the sandbox, through a fresh export: what a person would check. */
async function remoteStatus(connection: string): Promise<string> {
  const look = path.join(temporaryFolder('look'), 'config');
  const run = await runCli(['export', '--folder', look, '--connection', connection], { env: env() });
  assert.equal(run.code, 0, run.stderr);
  return (readJson(look, PROFILE_FILE) as { status: string }).status;
}

describe('apply --plan: a reviewed plan, applied exactly', () => {
  it('a fresh saved plan applies exactly its requests; the same plan once applied is stale', async () => {
    const { folder, connection, workspace } = await exportedSft('saved-fresh');
    setStatus(folder, '0');
    const planFile = path.join(workspace, 'reviewed.plan.json');
    const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--out', planFile], { env: env() });
    assert.equal(planned.code, 2, planned.stderr);
    assert.match(planned.stderr, /Plan saved in .*reviewed\.plan\.json/);
    const saved = JSON.parse(fs.readFileSync(planFile, 'utf8')) as { plan: ConfigPlan; inputs: { files: Record<string, string>; remote: Record<string, Record<string, string>> } };
    assert.ok(saved.inputs.files[PROFILE_FILE], 'the fingerprint of each file it read');
    assert.ok(Object.keys(saved.inputs.remote['roaming-profile'] ?? {}).length > 0, 'the fingerprint of each remote object it read');
    assert.equal(saved.plan.connection.baseUrl, harness.sandbox.sftUrl);
    assert.ok(!fs.readFileSync(planFile, 'utf8').includes(harness.password), 'no secret in the saved plan');
    assert.deepEqual(harness.writes('sft'), []);

    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
    assert.equal(await remoteStatus(connection), '0');

    // Applied: the state and the remote moved on, so the same plan would no longer be what is reviewed.
    harness.sandbox.sftServer.log.clear();
    const again = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Nothing was sent: the plan is stale: .*Re-plan and review again/);
    assert.deepEqual(harness.writes('sft'), []);
  });

  it('a file edited after the plan: refused, nothing sent', async () => {
    const { folder, connection, workspace } = await exportedSft('saved-file');
    setStatus(folder, '0');
    const planFile = path.join(workspace, 'p.json');
    assert.equal((await runCli(['plan', '--folder', folder, '--connection', connection, '--out', planFile], { env: env() })).code, 2);
    editJson<Record<string, unknown>>(folder, PROFILE_FILE, (document) => ({ ...document, roamingProfileName: 'UK Ireland Roaming 2' }));
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(applied.code, 1);
    assert.match(applied.stderr, /the plan is stale: file roaming-profiles\/UK Ireland Roaming\.roaming-profile\.json changed since it was made .*Re-plan and review again/);
    assert.equal(applied.stderr.trimEnd().split('\n').length, 1, applied.stderr);
    assert.deepEqual(harness.writes('sft'), []);
  });

  it('a remote object changed after the plan (another clone applied): refused, nothing sent', async () => {
    const { folder, connection, workspace } = await exportedSft('saved-remote');
    setStatus(folder, '0');
    const planFile = path.join(workspace, 'p.json');
    assert.equal((await runCli(['plan', '--folder', folder, '--connection', connection, '--out', planFile], { env: env() })).code, 2);

    // Someone else, from their own clone, changes a destination group the plan only read.
    const other = await exportedSft('saved-remote-other');
    type Group = { tadigCodeList: unknown[] };
    const group = fs.readdirSync(path.join(other.folder, 'destination-groups')).sort()
      .find((file) => (readJson(other.folder, `destination-groups/${file}`) as Group).tadigCodeList.length >= 2) as string;
    editJson<Group>(other.folder, `destination-groups/${group}`, (document) => ({ ...document, tadigCodeList: document.tadigCodeList.slice(0, -1) }));
    const theirs = await runCli(['apply', '--folder', other.folder, '--connection', other.connection, '--yes'], { env: env() });
    assert.equal(theirs.code, 0, theirs.stderr + theirs.stdout);
    harness.sandbox.sftServer.log.clear();

    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(applied.code, 1);
    assert.match(applied.stderr, /the plan is stale: remote destination-group \d+ changed since it was made/);
    assert.deepEqual(harness.writes('sft'), []);
    assert.equal(await remoteStatus(connection), '1', 'the profile is as before');
  });

  it('a saved plan edited by hand (its request changed) is refused: only what the files plan is sent', async () => {
    const { folder, connection, workspace } = await exportedSft('saved-tampered');
    setStatus(folder, '0');
    const planFile = path.join(workspace, 'p.json');
    assert.equal((await runCli(['plan', '--folder', folder, '--connection', connection, '--out', planFile], { env: env() })).code, 2);
    const text = fs.readFileSync(planFile, 'utf8');
    fs.writeFileSync(planFile, text.replace('"summary": "Change status', '"summary": "Harmless: change status'));
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(applied.code, 1);
    assert.match(applied.stderr, /not what these files and this remote plan now/);
    assert.deepEqual(harness.writes('sft'), []);

    for (const [content, message] of [['{', /is not JSON/], ['{"savedPlanVersion": 9}', /not a plan saved by roaming-workbench plan --out/]] as const) {
      fs.writeFileSync(planFile, content);
      const bad = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--yes'], { env: env() });
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, message);
      assert.equal(bad.stderr.trimEnd().split('\n').length, 1, bad.stderr);
    }
    const mixed = await runCli(['apply', '--folder', folder, '--connection', connection, '--plan', planFile, '--allow-deletes', '--yes'], { env: env() });
    assert.equal(mixed.code, 1);
    assert.match(mixed.stderr, /apply --plan applies exactly what the saved plan holds: leave out --allow-deletes/);
    assert.deepEqual(harness.writes('sft'), []);
  });
});

describe('one apply at a time', () => {
  it('two concurrent applies of one folder: one is refused, naming who holds the lock; the other applies', async () => {
    const { folder, connection } = await exportedSft('lock-race');
    setStatus(folder, '0');
    // The write takes a while, as a production one may: the second apply arrives while the first holds the lock.
    harness.sandbox.sftServer.faults.add({ method: 'POST', path: '/api/modifyRoamingProfile', kind: 'slow', delayMs: 1500 });
    const argv = ['apply', '--folder', folder, '--connection', connection, '--yes'];
    const [first, second] = await Promise.all([runCli(argv, { env: env() }), runCli(argv, { env: env() })]);
    const refused = [first, second].filter((run) => run.code === 1);
    const applied = [first, second].filter((run) => run.code === 0);
    assert.equal(refused.length, 1, `${first.stderr}\n${second.stderr}`);
    assert.equal(applied.length, 1, `${first.stderr}\n${second.stderr}`);
    assert.match(refused[0].stderr, new RegExp(`another apply to the default environment is running: ${os.userInfo().username} on ${os.hostname()} \\(pid ${process.pid}\\) since .* holds roaming-state/default\\.lock`));
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile'], 'one apply sent its write, the other nothing');
    assert.ok(!fs.existsSync(path.join(folder, LOCK)), 'the lock is released at the end');
  });

  it('a stale lock (a crashed apply) refuses until --force-unlock releases it, which the journal records', async () => {
    const { folder, connection } = await exportedSft('lock-stale');
    setStatus(folder, '0');
    fs.mkdirSync(path.join(folder, 'roaming-state'), { recursive: true });
    // A pid no process has: the apply that held it crashed.
    const stale = { user: 'ci-runner', host: os.hostname(), pid: 2 ** 22 + 17, since: '2026-01-01T00:00:00.000Z', environment: 'default', token: 'old' };
    fs.writeFileSync(path.join(folder, LOCK), JSON.stringify(stale));
    const refused = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /ci-runner on .* \(pid 4194321\) since 2026-01-01T00:00:00\.000Z holds roaming-state\/default\.lock\. Its process is no longer running on this machine: the lock is stale .*--force-unlock/);
    assert.deepEqual(harness.writes('sft'), []);
    assert.ok(fs.existsSync(path.join(folder, LOCK)), 'a refused apply leaves the other lock alone');

    const forced = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--force-unlock'], { env: env() });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /warning: --force-unlock removed the lock of ci-runner/);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
    assert.ok(!fs.existsSync(path.join(folder, LOCK)));
    assert.match(fs.readFileSync(path.join(folder, JOURNAL), 'utf8'), /"event":"lock-forced".*"user":"ci-runner"/);
  });

  it('a lock that is a symbolic link is never followed', async () => {
    const { folder, connection, workspace } = await exportedSft('lock-link');
    setStatus(folder, '0');
    fs.mkdirSync(path.join(folder, 'roaming-state'));
    const outside = path.join(workspace, 'outside.txt');
    fs.symlinkSync(outside, path.join(folder, LOCK));
    const run = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /symbolic link|holds roaming-state\/default\.lock/);
    assert.ok(!fs.existsSync(outside), 'nothing written through the link');
    assert.deepEqual(harness.writes('sft'), []);
  });
});

describe('protection', () => {
  it('"$protect": true is recorded, never sent, and keeps the object through --allow-deletes', async () => {
    const { folder, connection } = await exportedSft('protect');
    editJson<Record<string, unknown>>(folder, PROFILE_FILE, (document) => ({ $protect: true, ...document }));
    const recorded = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.match(recorded.stdout, /Protection recorded in the state \(nothing is sent\):\n {2}# roaming-profiles\/UK Ireland Roaming\.roaming-profile\.json \(\d+\)\n {6}Same as the remote; "\$protect": true is recorded in the state/);
    assert.deepEqual(harness.writes('sft'), [], 'the protection is the folder\'s: nothing is sent for it');
    const manifest = readJson(folder, 'roaming-manifest.json') as { files: Record<string, { protected?: boolean }> };
    assert.equal(manifest.files[PROFILE_FILE].protected, true);

    // An edit of a protected file is sent without the folder's key.
    editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const edited = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(edited.code, 0, edited.stderr);
    const bodies = harness.sandbox.sftServer.log.all().filter((entry) => entry.method === 'POST' && entry.path !== '/api/login');
    assert.equal(bodies.length, 1);
    assert.doesNotMatch(JSON.stringify(bodies[0].body), /protect/);

    fs.rmSync(path.join(folder, PROFILE_FILE));
    harness.sandbox.sftServer.log.clear();
    const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--allow-deletes'], { env: env() });
    assert.equal(planned.code, 2, planned.stderr);
    assert.match(planned.stdout, /Protected: roaming profile "UK Ireland Roaming" \(\d+\) is never deleted, even with --allow-deletes \(its file carried "\$protect": true\)/);
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--allow-deletes', '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.deepEqual(harness.writes('sft'), []);
    assert.equal(await remoteStatus(connection), '0', 'the protected profile is still there');
  });

  it('the state\'s "protect" list protects by name, and export keeps "$protect" in the file', async () => {
    const { folder, connection } = await exportedSft('protect-list');
    editJson<Record<string, unknown>>(folder, 'roaming-manifest.json', (manifest) => ({ ...manifest, protect: ['uk ireland roaming'] }));
    fs.rmSync(path.join(folder, PROFILE_FILE));
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--allow-deletes', '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /the state's "protect" list names it/);
    assert.deepEqual(harness.writes('sft'), []);

    // The removed file's object is still there: export brings the file back (--force: it counts as an edit).
    const exported = await runCli(['export', '--folder', folder, '--connection', connection, '--force'], { env: env() });
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual((readJson(folder, 'roaming-manifest.json') as { protect?: string[] }).protect, ['uk ireland roaming'], 'export keeps the list');
    editJson<Record<string, unknown>>(folder, PROFILE_FILE, (document) => ({ $protect: true, ...document }));
    const again = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(again.code, 0, again.stderr);
    assert.equal((readJson(folder, PROFILE_FILE) as Record<string, unknown>).$protect, true, 'export never removes a protection');
  });

  it('every kind\'s file may carry "$protect" (SFT and TelecomX): no schema or kind refuses it, and nothing is sent for it', async () => {
    for (const platform of ['sft', 'telecomx'] as const) {
      const workspace = temporaryFolder(`protect-${platform}`);
      const connection = harness.writeConnectionFile(workspace, platform);
      const folder = path.join(workspace, 'config');
      assert.equal((await runCli(['export', '--folder', folder, '--connection', connection], { env: env() })).code, 0);
      const files = fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'roaming-state')
        .flatMap((entry) => fs.readdirSync(path.join(folder, entry.name)).map((name) => `${entry.name}/${name}`));
      const kinds = new Set(files.map((file) => file.split('/')[0]));
      assert.ok(kinds.size >= 3, `${platform}: ${[...kinds].join(', ')}`);
      for (const file of files) editJson<Record<string, unknown>>(folder, file, (document) => ({ $protect: true, ...document }));
      const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--json'], { env: env() });
      assert.equal(planned.code, 0, planned.stdout.slice(0, 2000));
      const plan = JSON.parse(planned.stdout) as ConfigPlan;
      assert.deepEqual(plan.entries.filter((entry) => entry.protectionChange !== 'added').map((entry) => entry.file), [], platform);
      const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
      assert.equal(applied.code, 0, applied.stderr);
      assert.deepEqual(harness.writes(platform), [], platform);
      const manifest = readJson(folder, 'roaming-manifest.json') as { files: Record<string, { protected?: boolean }> };
      assert.equal(Object.values(manifest.files).filter((entry) => entry.protected === true).length, files.length, platform);
    }
  });

  it('on a production connection a delete must be named with --allow-delete NAME', async () => {
    const { folder, connection } = await exportedSft('production-delete', { environment: 'production' });
    fs.rmSync(path.join(folder, PROFILE_FILE));
    const blanket = await runCli(['apply', '--folder', folder, '--connection', connection, '--allow-deletes', '--yes'], { env: env() });
    assert.equal(blanket.code, 0, blanket.stderr);
    assert.match(blanket.stdout, /on a production connection, where deletes are named one by one: add --allow-delete "UK Ireland Roaming"/);
    assert.deepEqual(harness.writes('sft'), []);

    const typo = await runCli(['plan', '--folder', folder, '--connection', connection, '--allow-delete', 'UK Roaming'], { env: env() });
    assert.match(typo.stderr, /warning: --allow-delete "UK Roaming" names no object whose file was removed/);

    // The DEFAULT profile's file removed too: a delete nobody named, which SFT would refuse, is skipped, never an
    // error that blocks the named one.
    const state = JSON.parse(fs.readFileSync(path.join(folder, 'roaming-manifest.json'), 'utf8')) as { files: Record<string, { kind: string; id: string }> };
    const defaultFile = Object.entries(state.files).find(([, entry]) => entry.kind === 'roaming-profile' && entry.id === '3001')?.[0] ?? assert.fail('the DEFAULT profile 3001 was exported');
    fs.rmSync(path.join(folder, defaultFile));
    const named = await runCli(['apply', '--folder', folder, '--connection', connection, '--allow-delete', 'UK Ireland Roaming', '--yes'], { env: env() });
    assert.equal(named.code, 0, named.stderr + named.stdout);
    assert.deepEqual(harness.writes('sft'), ['POST /api/deleteRoamingProfile']);
  });
});

describe('the apply journal and history', () => {
  it('records every request and verification of an apply without the password or a token; history prints it', async () => {
    const { folder, connection } = await exportedSft('journal');
    setStatus(folder, '0');
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /Journal: roaming-state\/default\.journal\.jsonl/);
    const text = fs.readFileSync(path.join(folder, JOURNAL), 'utf8');
    assert.ok(!text.includes(harness.password), 'no password in the journal');
    assert.doesNotMatch(text, /eyJ[A-Za-z0-9_-]{10,}/, 'no token in the journal');
    const records = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual([...new Set(records.map((record) => record.event))], ['apply-started', 'verification', 'request', 'step', 'apply-finished']);
    assert.equal(new Set(records.map((record) => record.apply)).size, 1, 'one id for the run');
    const sent = records.filter((record) => record.event === 'request').map((record) => `${String(record.method)} ${String(record.path)}`);
    assert.deepEqual(sent, harness.writes('sft'), 'the journal holds every write that reached the server');
    const step = records.find((record) => record.event === 'step') as { status: string; requests: { body?: unknown }[] };
    assert.equal(step.status, 'applied');
    assert.ok(step.requests[0].body !== undefined, 'with what was sent');

    // Plan and a refused apply add nothing but the refusal; history needs no connection.
    const history = await runCli(['history', '--folder', folder]);
    assert.equal(history.code, 0, history.stderr);
    assert.match(history.stdout, /apply-started .*@.* → CLI SFT/);
    assert.match(history.stdout, /request POST \/api\/modifyRoamingProfile → 200/);
    assert.match(history.stdout, /step applied: update roaming-profiles\/UK Ireland Roaming\.roaming-profile\.json/);
    assert.match(history.stdout, /apply-finished applied/);
    const json = await runCli(['history', '--folder', folder, '--json', '--limit', '2']);
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 2);
    const relative = await runCli(['history'], { cwd: folder });
    assert.equal(relative.stdout, history.stdout, 'the working directory by default');
  });

  it('history escapes what the journal holds, skips lines that are not records, and refuses bad input in one line', async () => {
    const folder = temporaryFolder('journal-hostile');
    writeJson(folder, 'roaming-state/.keep.json', {});
    fs.writeFileSync(path.join(folder, JOURNAL), `${JSON.stringify({ time: 't', apply: 'a', event: 'step', status: 'applied', action: 'update', file: 'x\u001b[2J\nFORGED', message: 'm' })}\nnot json\n`);
    const run = await runCli(['history', '--folder', folder]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /x\\x1b\[2J\\nFORGED/);
    assert.equal(run.stdout.trimEnd().split('\n').length, 1);
    assert.match(run.stderr, /1 line of roaming-state\/default\.journal\.jsonl is not a journal record/);
    const help = await runCli(['history', '--help']);
    assert.match(help.stdout, /roaming-workbench history \[--folder DIR\]/);
    const empty = await runCli(['history', '--folder', temporaryFolder('journal-empty')]);
    assert.match(empty.stdout, /No apply has been journaled/);
    for (const [argv, message] of [[['history', '--environment', 'Prod!'], /cannot name an environment/], [['history', '--limit', 'x'], /--limit takes a whole number/]] as const) {
      const bad = await runCli(argv);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, message);
    }
  });

  it('a journal line is bounded: a huge request body is left out, and says so', () => {
    const folder = temporaryFolder('journal-bounded');
    const journal = new ApplyJournal(folder, undefined);
    journal.record('step', { requests: [{ method: 'POST', path: '/api/x', body: { list: 'x'.repeat(100_000) } }] });
    const line = fs.readFileSync(path.join(folder, JOURNAL), 'utf8').trimEnd();
    assert.ok(Buffer.byteLength(line) <= MAX_JOURNAL_LINE);
    assert.match(line, /left out: too large for a journal line/);
  });
});

describe('named environments (--environment NAME)', () => {
  it('a saved plan is for its environment; the lock and the journal are the environment\'s own', async () => {
    const folder = path.join(temporaryFolder('env-staging'), 'config');
    const flags = ['--platform', 'sft', '--base-url', harness.sandbox.sftUrl, '--username', harness.sftUser, '--target-account-id', '300', '--environment', 'staging'];
    const exported = await runCli(['export', '--folder', folder, ...flags], { env: env() });
    assert.equal(exported.code, 0, exported.stderr);
    assert.ok(fs.existsSync(path.join(folder, 'roaming-state', 'staging.json')));
    const profile = fs.readdirSync(path.join(folder, 'roaming-profiles')).find((name) => !name.startsWith('DEFAULT')) as string;
    editJson<{ status: string }>(folder, `roaming-profiles/${profile}`, (document) => ({ ...document, status: document.status === '1' ? '0' : '1' }));
    const planFile = path.join(folder, '..', 'staging.plan.json');
    assert.equal((await runCli(['plan', '--folder', folder, ...flags, '--out', planFile], { env: env() })).code, 2);

    const withoutEnvironment = flags.slice(0, -2);
    const wrong = await runCli(['apply', '--folder', folder, ...withoutEnvironment, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /made for the staging environment, not default: apply it with --environment staging/);
    assert.deepEqual(harness.writes('sft'), []);

    const applied = await runCli(['apply', '--folder', folder, ...flags, '--plan', planFile, '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
    assert.match(applied.stdout, /Journal: roaming-state\/staging\.journal\.jsonl/);
    assert.ok(!fs.existsSync(path.join(folder, 'roaming-state', 'staging.lock')));
    assert.ok(!fs.existsSync(path.join(folder, JOURNAL)), 'not the default environment\'s journal');
    const history = await runCli(['history', '--folder', folder, '--environment', 'staging']);
    assert.match(history.stdout, /request POST \/api\/modifyRoamingProfile → 200/);
    assert.match(history.stdout, /apply-started .* plan .*staging\.plan\.json/);
  });
});

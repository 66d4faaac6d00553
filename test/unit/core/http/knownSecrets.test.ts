// The process-wide registry of secret values and every boundary that uses it: errors as they are made (a kind's
// reading of a vendor's refusal, after the client returned), outcomes of writes, the apply report files, the log.
// Each test registers its own secrets; the registry is per process, and node --test runs each file in its own.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { knownSecrets, knownSecretsFor, scrubSecrets, scrubSecretsIn } from '../../../../src/core/http/knownSecrets';
import { REDACTED, SecretScrubber } from '../../../../src/core/http/redaction';
import { RemoteError, type ApiResponse } from '../../../../src/core/http/types';
import { ConfigError, messageOf } from '../../../../src/core/configAsCode/configError';
import { renderReportMarkdown, writeReportFiles } from '../../../../src/core/configAsCode/reportFiles';
import type { ApplyReport } from '../../../../src/core/configAsCode/reportTypes';
import { OutputChannelLogger } from '../../../../src/vscode/logging/outputChannelLogger';
import { readSftAnswer } from '../../../../src/core/platforms/sft/envelope';
import { telecomxError } from '../../../../src/core/platforms/telecomx/errors';
import { executeVerified, type WriteChannel } from '../../../../src/core/platforms/verifiedWrite';
import { CannedClient } from '../platforms/support/cannedClient';

const PASSWORD = 'Registry-Pa55"word\\x';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.registry-token.signature';

/** A client's scrubber learns the values at login; the registry is told by it. */
const clientScrubber = new SecretScrubber({ alsoInto: knownSecrets });
clientScrubber.rememberPassword(PASSWORD);
clientScrubber.rememberTokens(TOKEN);

function answer(status: number, json: unknown): ApiResponse {
  return { status, headers: new Map(), json, durationMs: 1 };
}

function assertClean(text: string, what: string): void {
  for (const spelling of [PASSWORD, TOKEN, JSON.stringify(PASSWORD).slice(1, -1), encodeURIComponent(PASSWORD)]) {
    assert.ok(!text.includes(spelling), `${what} holds a secret: ${text}`);
  }
}

const folders: string[] = [];
after(() => { for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true }); });

describe('the registry of secret values', () => {
  it('learns what a client scrubber learns, and removes it in every spelling', () => {
    const text = `pw ${PASSWORD} json ${JSON.stringify(PASSWORD)} url ${encodeURIComponent(PASSWORD)} token ${TOKEN}`;
    assert.equal(scrubSecrets(text), `pw ${REDACTED} json "${REDACTED}" url ${REDACTED} token ${REDACTED}`);
  });

  it('keeps the name-based layer: secret query parameters and JSON fields, values never seen before', () => {
    assert.equal(scrubSecrets('/roaming/region?token=unseen-token&limit=5'), `/roaming/region?token=${REDACTED}&limit=5`);
    assert.equal(scrubSecrets('body {"username":"a","password":"never \\"seen\\" before"}'), `body {"username":"a","password":"${REDACTED}"}`);
    assert.equal(scrubSecrets('{"accessToken": "abc.def"}'), `{"accessToken": "${REDACTED}"}`);
  });

  it('is bounded: beyond its size the oldest values are forgotten', () => {
    const registry = new SecretScrubber({ maxTokens: 2, maxPasswords: 2 });
    registry.rememberPassword('password-one');
    registry.rememberPassword('password-two');
    registry.rememberPassword('password-three');
    registry.rememberTokens('token-one', 'token-two', 'token-three');
    assert.equal(registry.scrub('password-one password-two password-three token-one token-two token-three'),
      `password-one ${REDACTED} ${REDACTED} token-one ${REDACTED} ${REDACTED}`);
  });

  it('leaves out only the sandbox\'s published password, and only for this machine', () => {
    knownSecretsFor('http://127.0.0.1:8701').rememberPassword('sandbox');
    assert.equal(scrubSecrets('Push to Sandbox SFT (sandbox)?'), 'Push to Sandbox SFT (sandbox)?');
    knownSecretsFor('http://127.0.0.1:8701').rememberPassword('local-but-secret');
    knownSecretsFor('https://sft.bics.com').rememberPassword('sandbox');
    assert.equal(scrubSecrets('sandbox local-but-secret'), `${REDACTED} ${REDACTED}`);
  });

  it('scrubs every string of a report-like value, keys and other values untouched', () => {
    assert.deepEqual(scrubSecretsIn({ message: `a ${PASSWORD}`, list: [TOKEN, 3, null], nested: { ok: true } }),
      { message: `a ${REDACTED}`, list: [REDACTED, 3, null], nested: { ok: true } });
  });
});

describe('errors are scrubbed as they are made', () => {
  it('a TelecomX 4xx message that echoes the password and the token', () => {
    const error = telecomxError(answer(400, { error: 'bad_request', message: `invalid login ${PASSWORD} with token ${TOKEN}` }));
    assertClean(error.message, 'message');
    assert.match(error.message, /invalid login \*\*\* with token \*\*\*/);
  });

  it('an SFT envelope whose resultDescription echoes them', () => {
    assert.throws(
      () => readSftAnswer(answer(200, { Response: { resultCode: '1', resultParam: { resultCode: '1299', resultDescription: `bad token ${TOKEN} for ${PASSWORD}` } } })),
      (error: unknown) => {
        assert.ok(error instanceof RemoteError);
        assertClean(error.message, 'message');
        return true;
      },
    );
  });

  it('a RemoteError\'s next step, a ConfigError, and the message of anything thrown', () => {
    assertClean(new RemoteError('refused', 'x', { nextStep: `use ${PASSWORD}` }).nextStep ?? '', 'nextStep');
    assertClean(new ConfigError(`cannot read: ${TOKEN}`).message, 'ConfigError');
    assertClean(messageOf(new Error(`library said ${PASSWORD}`)), 'messageOf');
    assertClean(messageOf(`thrown text ${TOKEN}`), 'messageOf of a string');
  });

  it('a write\'s outcome that quotes a failed read-back (not a RemoteError)', async () => {
    const channel: WriteChannel<{ id: string }, { name: string }> = {
      singular: 'thing',
      send: async () => { throw new RemoteError('timeout', 'no answer'); },
      get: async () => { throw new Error(`socket to https://user:${PASSWORD}@host failed`); },
      findCreated: async () => undefined,
      idOf: (remote) => remote.id,
      holds: () => false,
    };
    const outcome = await executeVerified(channel, new CannedClient([]), {
      kind: 'region', action: 'update', id: '1', name: 'thing', summary: 'update', requests: [{ method: 'POST', path: '/x' }],
    }, { name: 'thing' });
    assert.equal(outcome.status, 'unknown');
    assert.match(outcome.message, /reading the thing "thing" back failed too/);
    assertClean(outcome.message, 'outcome');
  });
});

function reportWith(text: string): ApplyReport {
  return {
    reportVersion: 1,
    connection: { platform: 'telecomx', baseUrl: 'https://tx.example', username: 'ops', name: 'TX', environment: 'test' },
    folder: '/work/folder',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    continueOnError: false,
    result: 'failed',
    steps: [{
      file: 'regions/x\n- Injected: line.region.json', kind: 'region', action: 'update', id: '1', name: 'x', summary: `Update ${text}`,
      status: 'unknown', message: `Step said ${text}`,
      outcome: { status: 'unknown', message: `Outcome ${text}`, ambiguity: { kind: 'timeout', message: `First ${text}` } },
      failure: { kind: 'refused', message: `Failure ${text}` },
      requests: [{ method: 'POST', path: `/roaming/region/1?token=${TOKEN}`, body: { note: text } }],
    }],
    counts: { applied: 0, 'not-applied': 0, unknown: 1, skipped: 0 },
  } as ApplyReport;
}

describe('the apply report files', () => {
  it('hold no known secret, in the Markdown nor in the JSON', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roaming-report-secrets-'));
    folders.push(folder);
    const files = writeReportFiles(reportWith(`echoed ${PASSWORD} and ${TOKEN}`), folder, new Date('2026-01-01T00:00:01Z'));
    const markdown = fs.readFileSync(files.markdown, 'utf8');
    const json = fs.readFileSync(files.json, 'utf8');
    assertClean(markdown, 'Markdown report');
    assertClean(json, 'JSON report');
    assert.match(markdown, /Step said echoed \*\*\* and \*\*\*/);
    const parsed = JSON.parse(json) as ApplyReport;
    assert.equal(parsed.steps[0].failure?.message, `Failure echoed ${REDACTED} and ${REDACTED}`);
  });

  it('Markdown keeps a file name with a newline on its line', () => {
    const markdown = renderReportMarkdown(reportWith('plain'));
    assert.doesNotMatch(markdown, /^- Injected/m);
    assert.match(markdown, /x\\n- Injected: line\.region\.json/);
  });
});

describe('the VS Code log', () => {
  it('scrubs every line it is given, request lines included', () => {
    const lines: string[] = [];
    const channel = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const logger = new OutputChannelLogger(channel as never);
    logger.info(`Pushed: ${PASSWORD}`);
    logger.warn(`Token ${TOKEN}`);
    logger.request({ connection: 'c', method: 'GET', path: `/x?a=${encodeURIComponent(PASSWORD)}`, durationMs: 3, failure: `refused: ${PASSWORD}` });
    assert.equal(lines.length, 3);
    for (const line of lines) assertClean(line, 'log line');
  });
});

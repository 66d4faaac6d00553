// What the client reads from a server is capped: an answer past the cap (64 MB by default, a small one here to
// keep the tests fast) is refused with a clear message and not read to its end, and a sign-in answer whose token
// is absurdly long is refused before it is stored. Look-alike servers on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_TOKEN_LENGTH } from '../../../../src/core/http/sessionKeeper';
import { MAX_RESPONSE_BYTES, sendHttp } from '../../../../src/core/http/transport';
import { RemoteError } from '../../../../src/core/http/types';
import { createPlatformClient } from '../../../../src/core/platforms/clientFactory';
import type { ConnectionRecord } from '../../../../src/core/http/connection';
import { ObservedCredentialStore, RecordingLogger } from './harness';

const SMALL_CAP = 64 * 1024;
/** What the endless answer would send in all: far more than the cap, so reading it to the end would show. */
const ENDLESS_BYTES = 64 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');
const MEGABYTE_TOKEN = 'x'.repeat(1024 * 1024);

interface LookAlike {
  readonly url: string;
  /** Bytes of the endless answer written before the client went away. */
  endlessBytesSent(): Promise<number>;
  close(): Promise<void>;
}

async function startLookAlike(): Promise<LookAlike> {
  let sent = 0;
  let finished: Promise<number> = Promise.resolve(0);
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith('/endless')) {
      // Chunked, no length announced: the client has to count. Writes as fast as the client reads.
      sent = 0;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      finished = new Promise((resolve) => {
        const pump = (): void => {
          while (sent < ENDLESS_BYTES && !response.destroyed) {
            sent += CHUNK.length;
            if (!response.write(CHUNK)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('close', () => resolve(sent));
        pump();
      });
      return;
    }
    if (request.url?.startsWith('/announced')) {
      // Announces more than the default cap and sends nothing: only the announcement can be refused.
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(MAX_RESPONSE_BYTES + 1) });
      response.flushHeaders();
      return;
    }
    if (request.url === '/api/login') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ AccessToken: MEGABYTE_TOKEN, RefreshToken: 'refresh' }));
    }
    if (request.url === '/auth/login') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ token: MEGABYTE_TOKEN, expiresInMinutes: 60 }));
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    endlessBytesSent: () => finished,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function failureOf(work: Promise<unknown>): Promise<RemoteError> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof RemoteError, `expected a RemoteError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}

describe('answers are read up to a cap', () => {
  let server: LookAlike;
  before(async () => { server = await startLookAlike(); });
  after(async () => { await server.close(); });

  test('the default cap is 64 MB', () => {
    assert.equal(MAX_RESPONSE_BYTES, 64 * 1024 * 1024);
  });

  test('an answer growing past the cap is refused with a clear message, and the client stops receiving it', async () => {
    const failure = await failureOf(sendHttp({ baseUrl: server.url, method: 'GET', path: '/endless', timeoutMs: 10_000, maxResponseBytes: SMALL_CAP }));
    assert.equal(failure.kind, 'protocol');
    assert.equal(failure.message, `The answer from ${server.url} to GET /endless is larger than 64 KB, the most this client reads from a server: it was not read further. Is the base URL the API's address?`);
    // The connection was closed: the server got nowhere near sending all of it (socket buffers hold a few MB).
    const sent = await server.endlessBytesSent();
    assert.ok(sent < ENDLESS_BYTES / 4, `the server sent ${sent} bytes`);
  });

  test('an answer announcing more than the default cap is refused before its body is read', async () => {
    const failure = await failureOf(sendHttp({ baseUrl: server.url, method: 'GET', path: '/announced', timeoutMs: 10_000 }));
    assert.equal(failure.kind, 'protocol');
    assert.match(failure.message, /to GET \/announced is larger than 64 MB, the most this client reads/);
  });

  test('the shared client takes the cap as an option, and an answer within it is read as usual', async () => {
    const connection: ConnectionRecord = {
      id: 'look-alike', name: 'Look-alike', platform: 'telecomx', baseUrl: server.url, username: 'someone', environment: 'test', readOnly: true,
    };
    const client = createPlatformClient(connection, {
      credentials: new ObservedCredentialStore('secret'), logger: new RecordingLogger(), maxResponseBytes: SMALL_CAP,
    });
    const within = await sendHttp({ baseUrl: server.url, method: 'GET', path: '/small', timeoutMs: 10_000, maxResponseBytes: SMALL_CAP });
    assert.deepEqual(within.json, { ok: true });
    // The login answer (a megabyte) is itself past the small cap.
    const failure = await failureOf(client.signIn());
    assert.match(failure.message, /to POST \/auth\/login is larger than 64 KB/);
  });
});

describe('a sign-in answer with an oversized token is refused', () => {
  let server: LookAlike;
  before(async () => { server = await startLookAlike(); });
  after(async () => { await server.close(); });

  for (const platform of ['sft', 'telecomx'] as const) {
    test(`${platform}: a 1 MB token is refused with a clear message and not stored`, async () => {
      const credentials = new ObservedCredentialStore('secret');
      const connection: ConnectionRecord = {
        id: `look-alike-${platform}`, name: 'Look-alike', platform, baseUrl: server.url, username: 'someone', environment: 'test', readOnly: true,
      };
      const client = createPlatformClient(connection, { credentials, logger: new RecordingLogger() });
      const failure = await failureOf(client.signIn());
      assert.equal(failure.kind, 'protocol');
      const vendor = platform === 'sft' ? 'BICS SFT' : 'TelecomX';
      assert.equal(failure.message, `${vendor} at ${server.url} answered the sign-in with a token of 1,048,576 characters; a session token is at most ${MAX_TOKEN_LENGTH.toLocaleString('en-US')} (16 KB), so it was refused and not stored.`);
      assert.deepEqual(credentials.tokenHistory, []);
    });
  }
});

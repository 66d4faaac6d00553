// Failure classification from the error codes Node and node-fetch produce, including those a test cannot
// provoke on a loopback machine (DNS, certificates).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTransportError, formatDuration, type FailureContext } from '../../../../src/core/http/failures';

const context: FailureContext = { origin: 'https://sft.bics.com', method: 'POST', path: '/api/modifyDestinationGroup', timeoutMs: 180_000 };

/** What node-fetch rejects with for a system error: a FetchError carrying the system error's code. */
function fetchError(code: string): Error {
  return Object.assign(new Error(`request to https://sft.bics.com/api/x?token=SECRET failed, reason: ${code}`), { name: 'FetchError', type: 'system', code, errno: code });
}

describe('transport failure classification', () => {
  const cases: [string, string][] = [
    ['ENOTFOUND', 'unreachable'], ['EAI_AGAIN', 'unreachable'], ['ECONNREFUSED', 'unreachable'], ['EHOSTUNREACH', 'unreachable'],
    ['ENETUNREACH', 'unreachable'],
    ['CERT_HAS_EXPIRED', 'certificate'], ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'], ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'certificate'], ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate'], ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'certificate'],
    ['ECONNRESET', 'dropped'], ['EPIPE', 'dropped'], ['ERR_STREAM_PREMATURE_CLOSE', 'dropped'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'protocol'],
  ];
  for (const [code, kind] of cases) {
    test(`${code} → ${kind}`, () => {
      const error = classifyTransportError(fetchError(code), context, undefined);
      assert.equal(error.kind, kind);
      assert.ok(error.message.includes('https://sft.bics.com'), error.message);
      assert.ok(!error.message.includes('SECRET'), 'the library message (with its URL) is never repeated');
      assert.ok(!/\n\s+at /.test(error.message), 'no stack');
    });
  }

  test('our own timeout, with the duration and a warning for a write', () => {
    const error = classifyTransportError(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' }), context, 'timeout');
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /^No answer from https:\/\/sft\.bics\.com within 180 s \(POST \/api\/modifyDestinationGroup\)\./);
    assert.match(error.message, /may still be applied/);
    assert.equal(error.writeMayHaveHappened, true);
  });

  test('the caller aborting is a cancellation, not a timeout', () => {
    const error = classifyTransportError(Object.assign(new Error('aborted'), { name: 'AbortError' }), context, 'cancelled');
    assert.equal(error.kind, 'cancelled');
  });

  test('a socket hang-up without a code is a dropped connection', () => {
    assert.equal(classifyTransportError(new Error('socket hang up'), context, undefined).kind, 'dropped');
  });

  test('durations read the way people say them', () => {
    assert.equal(formatDuration(30_000), '30 s');
    assert.equal(formatDuration(1500), '1.5 s');
    assert.equal(formatDuration(200), '200 ms');
  });
});

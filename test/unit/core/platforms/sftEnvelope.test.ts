import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { readSftAnswer, readSftRows, readSftWrite } from '../../../../src/core/platforms/sft/envelope';
import { SFT_RESULT_CODES } from '../../../../src/core/platforms/sft/resultCodes';
import { jsonAnswer, sftEnvelope, sftRows } from './support/cannedClient';

function failureOf(run: () => unknown): RemoteError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof RemoteError, `expected a RemoteError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the answer to be refused');
}

describe('SFT envelope', () => {
  it('reads a success by the inner result code and keeps the Response object', () => {
    const answer = readSftWrite(sftEnvelope('1201', { roamingProfileId: '3017' }, 'Create roaming profile success'));
    assert.equal(answer.code, '1201');
    assert.equal(answer.response.roamingProfileId, '3017');
  });

  it('turns 1359 and 10031 into an empty list, and rows into rows', () => {
    assert.deepEqual(readSftRows(sftEnvelope('1359')), []);
    assert.deepEqual(readSftRows(sftEnvelope('10031')), []);
    assert.deepEqual(readSftRows(sftRows('1204', [{ roamingProfileId: '1' }])), [{ roamingProfileId: '1' }]);
    assert.deepEqual(readSftRows(sftRows('10210', [{ id: '7' }], 'rateZoneList'), 'rateZoneList'), [{ id: '7' }]);
  });

  it('treats no data on a write as not found', () => {
    assert.equal(failureOf(() => readSftWrite(sftEnvelope('1359'))).kind, 'not-found');
  });

  it('words a refusal as "<description> — <next step>" with the code and the document field', () => {
    const error = failureOf(() => readSftAnswer(sftEnvelope('1210', {}, 'Roaming profile attached to ratezone')));
    assert.equal(error.kind, 'refused');
    assert.equal(error.code, '1210');
    assert.equal(error.message, 'Roaming profile attached to ratezone — look it up with the ratezone list (GET Ratezone) and detach or delete it first');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('1203'))).pointer, '/roamingProfileName');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('10085'))).pointer, '/accessType');
  });

  it('names the next step the seeds give for every refusal the brief lists', () => {
    const expectations: Record<string, RegExp> = {
      '1210': /GET Ratezone/,
      '1211': /GET Query Rate Plan/,
      '10040': /GET Query Rate Plan/,
      '10041': /GET Ratezone/,
      '1338': /delete that plan first/,
      '10043': /at least one operator/,
      '10044': /listed twice/,
      '10045': /already holds that operator/,
      '10085': /only go up/,
      '10100': /addon/,
      '10111': /obsolete/,
      '6565': /entitled/,
      '1203': /another name/,
      '6554': /another name/,
      '10098': /another name/,
      '10042': /network list/,
    };
    for (const [code, pattern] of Object.entries(expectations)) {
      const error = failureOf(() => readSftAnswer(sftEnvelope(code, {}, SFT_RESULT_CODES[code].description)));
      assert.equal(error.kind, 'refused', code);
      assert.match(error.message, pattern, code);
      assert.ok(error.message.startsWith(`${SFT_RESULT_CODES[code].description} — `), code);
      assert.equal(error.writeMayHaveHappened, false, code);
    }
  });

  it('keeps the server\'s more specific description in front of the next step', () => {
    const error = failureOf(() => readSftAnswer(sftEnvelope('1202', {}, 'Create roaming profile failure: destination group 9 does not exist')));
    assert.match(error.message, /^Create roaming profile failure: destination group 9 does not exist — /);
  });

  it('marks 10239, 10240 and 10057 as writes that may have happened', () => {
    for (const code of ['10239', '10240', '10057']) {
      const error = failureOf(() => readSftAnswer(sftEnvelope(code)));
      assert.equal(error.writeMayHaveHappened, true, code);
    }
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('10240'))).kind, 'verify-completion');
  });

  it('maps HTTP 401, 403 and 5xx whatever the inner code says', () => {
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('401', {}, 'Token expired', 401))).kind, 'authentication');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('401', {}, 'Token expired', 200))).kind, 'authentication');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('403', {}, 'Authorisation Failure', 403))).kind, 'permission');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('500', {}, 'Internal server error', 500))).kind, 'server');
    assert.equal(failureOf(() => readSftAnswer(sftEnvelope('1201', {}, 'odd', 502))).kind, 'server');
  });

  it('calls an answer without a result code a protocol failure (or server failure on 5xx)', () => {
    assert.equal(failureOf(() => readSftAnswer(jsonAnswer({ hello: 'world' }))).kind, 'protocol');
    assert.equal(failureOf(() => readSftAnswer(jsonAnswer(undefined, 503))).kind, 'server');
    assert.equal(failureOf(() => readSftRows(sftEnvelope('1204'))).kind, 'protocol');
  });

  it('falls back to the outer result code for a code it does not know', () => {
    const unknownSuccess = jsonAnswer({ Response: { resultCode: '0', resultParam: { resultCode: '99999', resultDescription: 'fine' } } });
    assert.equal(readSftAnswer(unknownSuccess).kind, 'success');
    const unknownFailure = jsonAnswer({ Response: { resultCode: '1', resultParam: { resultCode: '99998', resultDescription: 'Odd refusal' } } });
    const error = failureOf(() => readSftAnswer(unknownFailure));
    assert.equal(error.kind, 'refused');
    assert.equal(error.message, 'Odd refusal');
  });
});

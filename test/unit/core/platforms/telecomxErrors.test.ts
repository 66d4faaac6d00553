import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTelecomxAnswer, telecomxError, telecomxFieldPointer } from '../../../../src/core/platforms/telecomx/errors';
import { jsonAnswer } from './support/cannedClient';

describe('TelecomX errors', () => {
  it('points dotted fields into the document', () => {
    assert.equal(telecomxFieldPointer('sms.cost'), '/sms/cost');
    assert.equal(telecomxFieldPointer('network'), '/network');
    assert.equal(telecomxFieldPointer('voice.inbound.rate'), '/voice/inbound/rate');
    assert.equal(telecomxFieldPointer('homeland_roamLikeHome'), '/roamLikeHome');
  });

  it('stops at the list when it cannot tell the entry, and finds the entry when the document shows it', () => {
    assert.equal(telecomxFieldPointer('names.language'), '/names');
    const names = { names: [{ language: 'dan', text: 'a' }, { language: 'eng', text: 'b' }, { language: 'dan', text: 'c' }] };
    assert.equal(telecomxFieldPointer('names.language', names), '/names/2/language');
    const voice = { voice: { outbound: [{ _id: 'a'.repeat(24), rate: 1 }, { _id: 'b'.repeat(24), rate: -1 }] } };
    assert.equal(telecomxFieldPointer('voice.outbound.rate', voice), '/voice/outbound/1/rate');
    assert.equal(telecomxFieldPointer('voice.outbound._id'), '/voice/outbound');
  });

  it('gives no pointer for codes that are not fields', () => {
    for (const code of ['access_denied', 'id', 'bad_request', 'internal_error', 'expired']) assert.equal(telecomxFieldPointer(code), undefined, code);
  });

  it('maps statuses to failure kinds', () => {
    const kindOf = (status: number, error: string): string => telecomxError(jsonAnswer({ error, message: 'x' }, status)).kind;
    assert.equal(kindOf(403, 'access_denied'), 'permission');
    assert.equal(kindOf(404, 'id'), 'not-found');
    assert.equal(kindOf(409, 'stayingRegion'), 'refused');
    assert.equal(kindOf(422, 'names.language'), 'refused');
    assert.equal(kindOf(401, 'expired'), 'authentication');
    assert.equal(kindOf(500, 'internal_error'), 'server');
  });

  it('keeps the vendor message, the code and the pointer of a field refusal', () => {
    const error = telecomxError(jsonAnswer({ error: 'sms.cost', message: 'sms.cost must be a number of 0 or more' }, 422));
    assert.equal(error.message, 'sms.cost must be a number of 0 or more');
    assert.equal(error.code, '422 sms.cost');
    assert.equal(error.pointer, '/sms/cost');
    assert.equal(error.writeMayHaveHappened, false);
  });

  it('adds a next step where there is an obvious one', () => {
    const error = telecomxError(jsonAnswer({ error: 'access_denied', message: 'Insufficient access level' }, 403));
    // Which level an action needs is the kind's to say (a read and a write differ): the vendor error claims none.
    assert.match(error.message, /^Insufficient access level — the account's access level does not allow it/);
    assert.doesNotMatch(error.message, /RESELLER_ADMIN|ADMIN\b/);
  });

  it('passes successful bodies through', () => {
    assert.deepEqual(readTelecomxAnswer(jsonAnswer({ success: true })), { success: true });
    assert.throws(() => readTelecomxAnswer(jsonAnswer({ error: 'id', message: 'Roaming region not found' }, 404)), /Roaming region not found/);
  });
});

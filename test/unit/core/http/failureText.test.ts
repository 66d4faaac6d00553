// One formatter for every failure shown: the next step once, however the message was built, and no doubled marks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { failureText, joinSentences, tidyPunctuation } from '../../../../src/core/http/failureText';
import { RemoteError } from '../../../../src/core/http/types';
import { refuseBeforeSending } from '../../../../src/core/platforms/refusal';

describe('failure text', () => {
  it('says the next step once, whether the message already holds it or not', () => {
    const advice = 'detach it from the plan or delete the plan first, then delete again';
    const inside = new RemoteError('refused', `Roaming profile 3003 is attached to plan IoT Europe Basic (id 8001) — ${advice}`, { nextStep: advice });
    assert.equal(failureText(inside).split(advice).length - 1, 1);
    const outside = new RemoteError('unreachable', 'Cannot reach https://sft.example.', { nextStep: 'Check the base URL.' });
    assert.equal(failureText(outside), 'Cannot reach https://sft.example. Check the base URL.');
    assert.equal(failureText(refuseBeforeSending('The group needs a name', { nextStep: 'name it' })).split('name it').length - 1, 1);
  });

  it('joins sentences without doubled or stray marks, and leaves numbers and ellipses alone', () => {
    assert.equal(joinSentences('Push again later.', 'Your edits are kept.'), 'Push again later. Your edits are kept.');
    assert.equal(joinSentences('It failed', undefined, 'Check it'), 'It failed. Check it');
    assert.equal(tidyPunctuation('Deleted it.. Then stop.; next'), 'Deleted it. Then stop; next');
    assert.equal(tidyPunctuation('Data price 4.0 is below wholesale 4.6875… wait...'), 'Data price 4.0 is below wholesale 4.6875… wait...');
  });

  it('never leaves ".." or ".;" however sentences ending in marks are joined', () => {
    const sentence = fc.stringMatching(/^[A-Za-z ]{1,12}[.;]?$/);
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (parts) => {
      const joined = joinSentences(...parts);
      assert.doesNotMatch(joined, /(?<!\.)\.\.(?!\.)|\.\s*;/);
    }));
  });
});

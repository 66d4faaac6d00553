import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, SecretScrubber, redactHeaders, redactQuerySecrets } from '../../../../src/core/http/redaction';

describe('redaction', () => {
  test('secret query parameters are masked wherever they sit, other parameters are kept', () => {
    assert.equal(redactQuerySecrets('/roaming/region?token=3F2A9C&limit=5'), `/roaming/region?token=${REDACTED}&limit=5`);
    assert.equal(redactQuerySecrets('/roaming/region?limit=5&token=3F2A9C'), `/roaming/region?limit=5&token=${REDACTED}`);
    assert.equal(redactQuerySecrets('/auth/login?username=a%40b.dk&password=s3cret#x'), `/auth/login?username=a%40b.dk&password=${REDACTED}#x`);
    assert.equal(redactQuerySecrets('https://h/x?TOKEN=abc'), `https://h/x?TOKEN=${REDACTED}`);
    assert.equal(redactQuerySecrets('/api/GetDestinationLists?destinationListOnly=TRUE'), '/api/GetDestinationLists?destinationListOnly=TRUE');
    assert.equal(redactQuerySecrets('/x?mytoken=abc'), '/x?mytoken=abc', 'only whole parameter names');
  });

  test('Authorization-like headers are masked', () => {
    assert.deepEqual(
      redactHeaders({ 'X-Authorization': 'Bearer eyJ', Authorization: 'Basic x', Cookie: 'token=a', 'Proxy-Authorization': 'p', 'Content-Type': 'application/json' }),
      { 'X-Authorization': REDACTED, Authorization: REDACTED, Cookie: REDACTED, 'Proxy-Authorization': REDACTED, 'Content-Type': 'application/json' },
    );
  });

  test('remembered values are removed from any text, raw or URL-encoded, longest first', () => {
    const scrubber = new SecretScrubber();
    scrubber.rememberPassword('pa ss/word');
    scrubber.rememberTokens('eyJhbGciOiJIUzI1NiJ9.payload.signature', 'eyJhbGciOiJIUzI1NiJ9', undefined, 'ab');
    const text = 'login with pa ss/word failed; query pa%20ss%2Fword; token eyJhbGciOiJIUzI1NiJ9.payload.signature; ab stays';
    const scrubbed = scrubber.scrub(text);
    assert.equal(scrubbed, `login with ${REDACTED} failed; query ${REDACTED}; token ${REDACTED}; ab stays`);
  });

  test('beyond its capacity the scrubber forgets the oldest tokens, never a password', () => {
    const scrubber = new SecretScrubber({ maxTokens: 2 });
    scrubber.rememberPassword('the-password');
    scrubber.rememberTokens('token-one', 'token-two', 'token-three');
    assert.equal(scrubber.scrub('the-password token-one token-two token-three'), `${REDACTED} token-one ${REDACTED} ${REDACTED}`);
  });
});

// The schema catalogue (every schema file, for VS Code's jsonValidation and ajv) and the registry of kinds must
// name the same things: a kind without a document schema, or a request body no kind claims, would be checked by
// one side and not the other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESOURCE_KINDS } from '../../../../src/core/platforms/registry';
import { documentKindSlugs, requestBodyNames, schemaEntry } from '../../../../src/core/validation/schemaCatalogue';

describe('the schema catalogue and the registry', () => {
  it('name the same document kinds, each on its platform', () => {
    assert.deepEqual([...documentKindSlugs].sort(), RESOURCE_KINDS.map((kind) => kind.slug).sort());
    for (const kind of RESOURCE_KINDS) assert.equal(schemaEntry(kind.slug as never).platform, kind.platform, kind.slug);
  });

  it('agree on the request bodies that carry an object: every one claimed by exactly one kind of its platform', () => {
    const claimed = RESOURCE_KINDS.flatMap((kind) => kind.requestBodies.map((body) => ({ kind, schema: body.schema })));
    const carrying = requestBodyNames.filter((name) => !/login$/.test(name) && !name.startsWith('delete-'));
    assert.deepEqual(claimed.map((item) => item.schema).sort(), [...carrying].sort());
    for (const { kind, schema } of claimed) assert.equal(schemaEntry(schema as never).platform, kind.platform, schema);
  });
});

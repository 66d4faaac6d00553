import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../../../../src/core/platforms/verifiedWrite';
import { CannedClient } from './support/cannedClient';

interface Thing { readonly id: string; readonly name: string; readonly size: number }
type ThingDocument = Omit<Thing, 'id'>;

/** A remote of things in memory; `failWith` makes the next send end ambiguously, after or without applying. */
class FakeRemote implements WriteChannel<Thing, ThingDocument> {
  readonly singular = 'thing';
  things: Thing[] = [{ id: '1', name: 'one', size: 1 }];
  failWith?: { error: RemoteError; apply: boolean };
  readFails = false;
  sends = 0;

  async send(_client: unknown, request: { body?: unknown }, plan: { action: string; id?: string }): Promise<string | undefined> {
    this.sends += 1;
    const failure = this.failWith;
    this.failWith = undefined;
    if (failure && !failure.apply) throw failure.error;
    const body = request.body as ThingDocument;
    let id: string | undefined;
    if (plan.action === 'create') {
      id = String(this.things.length + 1);
      this.things.push({ id, ...body });
    } else if (plan.action === 'update') {
      this.things = this.things.map((thing) => (thing.id === plan.id ? { ...thing, ...body } : thing));
    } else {
      this.things = this.things.filter((thing) => thing.id !== plan.id);
    }
    if (failure) throw failure.error;
    return id;
  }

  async get(_client: unknown, id: string): Promise<Thing | undefined> {
    if (this.readFails) throw new RemoteError('dropped', 'connection dropped');
    return this.things.find((thing) => thing.id === id);
  }

  async findCreated(_client: unknown, document: ThingDocument): Promise<Thing | undefined> {
    if (this.readFails) throw new RemoteError('dropped', 'connection dropped');
    return this.things.find((thing) => thing.name === document.name);
  }

  idOf(remote: Thing): string { return remote.id; }
  holds(remote: Thing, document: ThingDocument): boolean { return remote.name === document.name && remote.size === document.size; }
}

const client = new CannedClient([]);
const verify10240 = (): RemoteError => new RemoteError('verify-completion', 'Operation timeout (verify completion)', { code: '10240' });

function plan(action: 'create' | 'update' | 'delete', body?: ThingDocument, before?: ThingDocument): VerifiableWritePlan<ThingDocument> {
  return {
    kind: 'region', action, name: body?.name ?? 'one', summary: action,
    ...(action !== 'create' && { id: '1' }),
    ...(before && { before }),
    requests: [{ method: 'POST', path: '/things', body }],
  };
}

describe('verified writes', () => {
  it('reports a clean write as applied with the new id', async () => {
    const remote = new FakeRemote();
    const outcome = await executeVerified(remote, client, plan('create', { name: 'two', size: 2 }), { name: 'two', size: 2 });
    assert.deepEqual([outcome.status, outcome.id, outcome.ambiguity], ['applied', '2', undefined]);
    assert.equal(outcome.message, 'Created thing "two" (id 2).');
  });

  it('after 10240 on a create: applied when the object is there, not applied when it is not — never sent twice', async () => {
    for (const apply of [true, false]) {
      const remote = new FakeRemote();
      remote.failWith = { error: verify10240(), apply };
      const outcome = await executeVerified(remote, client, plan('create', { name: 'two', size: 2 }), { name: 'two', size: 2 });
      assert.equal(outcome.status, apply ? 'applied' : 'not-applied');
      assert.equal(outcome.id, apply ? '2' : undefined);
      assert.equal(outcome.ambiguity?.code, '10240');
      assert.equal(remote.sends, 1);
      assert.equal(remote.things.filter((thing) => thing.name === 'two').length, apply ? 1 : 0);
      assert.match(outcome.message, /10240/);
    }
  });

  it('after a dropped update: applied, or unknown — as before for now (it may still land) or something else', async () => {
    const cases: [apply: boolean, meddle: boolean, expected: string][] = [[true, false, 'applied'], [false, false, 'unknown'], [false, true, 'unknown']];
    for (const [apply, meddle, expected] of cases) {
      const remote = new FakeRemote();
      remote.failWith = { error: new RemoteError('dropped', 'socket hang up'), apply };
      if (meddle) remote.things = [{ id: '1', name: 'one', size: 99 }];
      const outcome = await executeVerified(remote, client, plan('update', { name: 'one', size: 5 }, { name: 'one', size: 1 }), { name: 'one', size: 5 });
      assert.equal(outcome.status, expected, `apply=${apply} meddle=${meddle}`);
      assert.equal(outcome.id, '1');
    }
  });

  it('after a server error on a delete: applied when gone, not applied when still there', async () => {
    for (const apply of [true, false]) {
      const remote = new FakeRemote();
      remote.failWith = { error: new RemoteError('server', 'Internal server error', { code: '500' }), apply };
      const outcome = await executeVerified(remote, client, plan('delete'), undefined);
      assert.equal(outcome.status, apply ? 'applied' : 'not-applied');
    }
  });

  it('is unknown when the read-back fails too, and says what to check', async () => {
    const remote = new FakeRemote();
    remote.failWith = { error: new RemoteError('timeout', 'no answer in 30 s'), apply: false };
    remote.readFails = true;
    const outcome = await executeVerified(remote, client, plan('update', { name: 'one', size: 5 }), { name: 'one', size: 5 });
    assert.equal(outcome.status, 'unknown');
    assert.match(outcome.message, /check it on the platform/);
  });

  it('is unknown when a created object exists but differs from the document', async () => {
    const remote = new FakeRemote();
    remote.failWith = { error: verify10240(), apply: true };
    const outcome = await executeVerified(remote, client, plan('create', { name: 'two', size: 2 }), { name: 'two', size: 3 });
    assert.equal(outcome.status, 'unknown');
    assert.equal(outcome.id, '2');
  });

  it('re-throws a business refusal: nothing was written, nothing to verify', async () => {
    const remote = new FakeRemote();
    remote.failWith = { error: new RemoteError('refused', 'Duplicate name', { code: '1203' }), apply: false };
    await assert.rejects(executeVerified(remote, client, plan('create', { name: 'two', size: 2 }), { name: 'two', size: 2 }), /Duplicate name/);
  });
});

describe('verified writes: what a read-back proves', () => {
  const inFlight = [
    new RemoteError('timeout', 'no answer in 30 s'),
    new RemoteError('dropped', 'socket hang up'),
    new RemoteError('server', 'Gateway Timeout', { status: 504, code: '504' }),
    new RemoteError('server', 'Bad Gateway', { status: 502, code: '502' }),
  ];
  const answered = [
    new RemoteError('verify-completion', 'Operation timeout (verify completion)', { code: '10240' }),
    new RemoteError('server', 'Internal server error', { status: 500, code: '500' }),
  ];

  it('after an answer that may still be in flight, "not there" or "unchanged" is unknown, never not applied', async () => {
    for (const error of inFlight) {
      for (const [action, before] of [['create', undefined], ['update', { name: 'one', size: 1 }], ['delete', undefined]] as const) {
        const remote = new FakeRemote();
        remote.failWith = { error, apply: false };
        const outcome = await executeVerified(remote, client, plan(action, action === 'delete' ? undefined : { name: action === 'create' ? 'new' : 'one', size: 5 }, before), action === 'delete' ? undefined : { name: action === 'create' ? 'new' : 'one', size: 5 });
        assert.equal(outcome.status, 'unknown', `${error.kind} ${error.details.status ?? ''} ${action}: ${outcome.message}`);
      }
    }
  });

  it('after the vendor\'s own answer, the read-back is conclusive', async () => {
    for (const error of answered) {
      const remote = new FakeRemote();
      remote.failWith = { error, apply: false };
      const outcome = await executeVerified(remote, client, plan('create', { name: 'new', size: 5 }), { name: 'new', size: 5 });
      assert.equal(outcome.status, 'not-applied', `${error.kind}: ${outcome.message}`);
    }
  });
});

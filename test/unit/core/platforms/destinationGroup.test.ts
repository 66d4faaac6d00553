import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RemoteError } from '../../../../src/core/http/types';
import {
  destinationGroupKind, operatorDifference, type DestinationGroupRow, type OperatorKey,
} from '../../../../src/core/platforms/sft/destinationGroup';
import { CannedClient, sftRows } from './support/cannedClient';

const operator = (tadigCode: string, categoryGroupId = '12', operatorName = '', countryName = '') =>
  ({ tadigCode, categoryGroupId, operatorId: '1', operatorName, countryName });

// A row as the sandbox's GetDestinationLists answers it: operators in the group's own order.
const SANDBOX_ROW = {
  destinationListId: '2502',
  destinationListName: 'Nordics',
  tadigList: [operator('SWETR', '12', 'Telia', 'Sweden'), operator('DNKTD', '27', 'TDC', 'Denmark'), operator('DNKTD', '12', 'TDC', 'Denmark')],
};

async function remoteGroup(): Promise<DestinationGroupRow> {
  const found = await destinationGroupKind.get(new CannedClient([sftRows('10029', [SANDBOX_ROW])]), '2502');
  assert.ok(found);
  return found;
}

function modifyBody(plan: { requests: readonly { body?: unknown }[] } | undefined): Record<string, unknown> {
  assert.ok(plan);
  assert.equal(plan.requests.length, 1);
  return (plan.requests[0].body as { destinationGroupinfo: Record<string, unknown> }).destinationGroupinfo;
}

describe('destination group kind', () => {
  it('sorts operators by TADIG, then categoryGroupId, and keeps only the pair in the document', async () => {
    const document = destinationGroupKind.toDocument(await remoteGroup());
    assert.deepEqual(document, {
      destinationGroupName: 'Nordics',
      tadigCodeList: [
        { tadigCode: 'DNKTD', categoryGroupId: '12' },
        { tadigCode: 'DNKTD', categoryGroupId: '27' },
        { tadigCode: 'SWETR', categoryGroupId: '12' },
      ],
    });
  });

  it('plans nothing when the list is the same in another order or case', async () => {
    const remote = await remoteGroup();
    assert.equal(destinationGroupKind.planUpdate('2502', remote, destinationGroupKind.toDocument(remote)), undefined);
    const shuffled = { destinationGroupName: 'Nordics', tadigCodeList: [{ tadigCode: 'swetr', categoryGroupId: '12' }, { tadigCode: 'DNKTD', categoryGroupId: '27' }, { tadigCode: 'DNKTD', categoryGroupId: '12' }] };
    assert.equal(destinationGroupKind.planUpdate('2502', remote, shuffled), undefined);
  });

  it('sends only the difference, in one modify request', async () => {
    const remote = await remoteGroup();
    const plan = destinationGroupKind.planUpdate('2502', remote, {
      destinationGroupName: 'Nordics',
      tadigCodeList: [{ tadigCode: 'DNKTD', categoryGroupId: '12' }, { tadigCode: 'SWETR', categoryGroupId: '12' }, { tadigCode: 'NORTM', categoryGroupId: '12' }, { tadigCode: 'FINTF', categoryGroupId: '12' }],
    });
    assert.deepEqual(modifyBody(plan), {
      destinationGroupId: '2502',
      addTadigCodeList: [{ tadigCode: 'FINTF', categoryGroupId: '12' }, { tadigCode: 'NORTM', categoryGroupId: '12' }],
      removeTadigCodeList: [{ tadigCode: 'DNKTD', categoryGroupId: '27' }],
    });
    assert.equal(plan?.requests[0].path, '/api/modifyDestinationGroup');
    assert.equal(plan?.summary, 'Add 2 operators to and remove 1 from Nordics');
  });

  it('leaves out a list that would be empty', async () => {
    const remote = await remoteGroup();
    const body = modifyBody(destinationGroupKind.planUpdate('2502', remote, {
      destinationGroupName: 'Nordics', tadigCodeList: [{ tadigCode: 'DNKTD', categoryGroupId: '12' }],
    }));
    assert.deepEqual(Object.keys(body), ['destinationGroupId', 'removeTadigCodeList']);
  });

  it('refuses a new name for an existing group before sending', async () => {
    const remote = await remoteGroup();
    assert.throws(
      () => destinationGroupKind.planUpdate('2502', remote, { destinationGroupName: 'Nordic countries', tadigCodeList: destinationGroupKind.toDocument(remote).tadigCodeList }),
      (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && error.pointer === '/destinationGroupName' && /cannot be changed/.test(error.message),
    );
  });

  it('refuses removing every operator before sending, explaining 10043', async () => {
    const remote = await remoteGroup();
    assert.throws(
      () => destinationGroupKind.planUpdate('2502', remote, { destinationGroupName: 'Nordics', tadigCodeList: [] }),
      (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && error.pointer === '/tadigCodeList' && /10043/.test(error.message) && /at least one operator/.test(error.message),
    );
  });

  it('reports a duplicate operator at its place in the list', () => {
    const problems = destinationGroupKind.checkDocument({
      destinationGroupName: 'X', tadigCodeList: [{ tadigCode: 'DEUD1', categoryGroupId: '12' }, { tadigCode: 'deud1', categoryGroupId: '12' }],
    }, undefined);
    assert.deepEqual(problems.map((problem) => [problem.pointer, problem.code]), [['/tadigCodeList/1', 'operator-duplicate']]);
    assert.throws(() => destinationGroupKind.planCreate({ destinationGroupName: 'X', tadigCodeList: [] }), RemoteError);
  });

  it('creates with the seed\'s body (lower-case i in destinationGroupinfo)', () => {
    const plan = destinationGroupKind.planCreate({ destinationGroupName: 'Baltics 2', tadigCodeList: [{ tadigCode: 'LVALM', categoryGroupId: '12' }] });
    assert.deepEqual(plan.requests[0].body, { destinationGroupinfo: { destinationGroupName: 'Baltics 2', tadigCodeList: [{ tadigCode: 'LVALM', categoryGroupId: '12' }] } });
  });

  it('presents the operator count and lists the operators in the tooltip', async () => {
    const shown = destinationGroupKind.present(await remoteGroup());
    assert.equal(shown.description, '2502 · 3 operators');
    assert.match(shown.tooltip, /DNKTD.*TDC, Denmark/);
  });

  it('difference applied to the current list always gives the wanted list', () => {
    const key = fc.record({ tadigCode: fc.constantFrom('AAAAA', 'BBBBB', 'CCCCC', 'DDDDD'), categoryGroupId: fc.constantFrom('12', '27') });
    const asSet = (operators: readonly OperatorKey[]): string[] => [...new Set(operators.map((item) => `${item.tadigCode}|${item.categoryGroupId}`))].sort();
    fc.assert(fc.property(fc.uniqueArray(key, { selector: (item) => `${item.tadigCode}|${item.categoryGroupId}` }), fc.array(key), (current, wanted) => {
      const { add, remove } = operatorDifference(current, wanted);
      const removed = new Set(asSet(remove));
      const result = [...current.filter((item) => !removed.has(`${item.tadigCode}|${item.categoryGroupId}`)), ...add];
      assert.deepEqual(asSet(result), asSet(wanted));
      assert.equal(asSet(result).length, result.length, 'nothing is added twice');
      for (const item of add) assert.ok(!asSet(current).includes(`${item.tadigCode}|${item.categoryGroupId}`), 'only new operators are added');
    }));
  });
});

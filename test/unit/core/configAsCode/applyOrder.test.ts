// Writes go out so that nothing refers to an object that is not there yet, or is already gone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareApplyOrder, withNeedsFirst, type OrderedWrite } from '../../../../src/core/configAsCode/applyOrder';

const write = (action: OrderedWrite['action'], kind: OrderedWrite['kind'], file: string): OrderedWrite => ({ action, kind, file });

describe('apply order', () => {
  it('SFT: groups before the profiles that use them; deletes last, profiles before groups', () => {
    const writes = [
      write('delete', 'destination-group', 'g-old'),
      write('update', 'roaming-profile', 'p-1'),
      write('create', 'roaming-profile', 'p-new'),
      write('delete', 'roaming-profile', 'p-old'),
      write('update', 'destination-group', 'g-1'),
      write('create', 'destination-group', 'g-new'),
      write('create', 'service-profile', 's-new'),
    ];
    assert.deepEqual([...writes].sort(compareApplyOrder).map((item) => `${item.action} ${item.file}`), [
      'create g-new', 'update g-1', 'create s-new', 'create p-new', 'update p-1', 'delete p-old', 'delete g-old',
    ]);
  });

  it('TelecomX: regions before voice, text and data prices; price deletes before region deletes', () => {
    const writes = [
      write('create', 'data-price', 'd'),
      write('delete', 'region', 'r-old'),
      write('update', 'voice-price', 'v'),
      write('create', 'region', 'r-new'),
      write('delete', 'text-price', 't-old'),
      write('update', 'text-price', 't'),
    ];
    assert.deepEqual([...writes].sort(compareApplyOrder).map((item) => `${item.action} ${item.file}`), [
      'create r-new', 'update v', 'update t', 'create d', 'delete t-old', 'delete r-old',
    ]);
  });
});

describe('withNeedsFirst', () => {
  const needs: Record<string, string[]> = { a: ['c'], b: [], c: ['b', 'x'], d: ['d', 'e'], e: ['d'] };
  it('puts what an item needs before it, keeps the order otherwise, and breaks a cycle where it closes (d needs e needs d: e, then d)', () => {
    assert.deepEqual(withNeedsFirst(['a', 'b', 'c', 'd', 'e'], (item) => item, (item) => needs[item] ?? []), ['b', 'c', 'a', 'e', 'd']);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, roundFigure } from '../../../bench/statistics';

test('median of odd and even counts, whatever the order', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.throws(() => median([]));
});

test('figures keep enough digits to compare and no more', () => {
  assert.equal(roundFigure(1234.567), 1235);
  assert.equal(roundFigure(12.345), 12.3);
  assert.equal(roundFigure(1.23456), 1.23);
  assert.equal(roundFigure(0.123456), 0.123);
});

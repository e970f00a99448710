import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedCache } from './bounded-cache.ts';

test('BoundedCache computes once per key and drops the least recently used entry', () => {
  const cache = new BoundedCache<string, number>(2);
  let computed = 0;
  const value = (key: string) => cache.get(key, () => (computed++, key.length));
  assert.equal(value('a'), 1);
  assert.equal(value('bb'), 2);
  assert.equal(value('a'), 1);
  assert.equal(computed, 2);
  value('ccc'); // evicts 'bb', the least recently used
  assert.equal(cache.size, 2);
  value('a');
  assert.equal(computed, 3);
  value('bb');
  assert.equal(computed, 4);
  assert.throws(() => new BoundedCache(0), RangeError);
});

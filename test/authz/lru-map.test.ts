import { describe, expect, it } from 'vitest';
import { LruMap } from '../../src/authz/lru-map.js';

describe('LruMap', () => {
  it('keeps at most its capacity, dropping the oldest entry nobody read since', () => {
    const map = new LruMap<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i);
    map.set('e', 4);
    expect(map.size).toBe(4);
    expect(map.get('a')).toBeUndefined();
    expect(['b', 'c', 'd', 'e'].map((key) => map.get(key))).toEqual([1, 2, 3, 4]);
  });

  it('keeps an entry that is read while the others age past it', () => {
    const map = new LruMap<number, number>(10);
    for (let i = 0; i < 10; i++) map.set(i, i);
    for (let i = 10; i < 100; i++) {
      expect(map.get(0)).toBe(0);
      map.set(i, i);
    }
    expect(map.get(0)).toBe(0);
    expect(map.size).toBe(10);
    expect(map.get(1)).toBeUndefined();
  });

  it('keeps nothing with a capacity of 0', () => {
    const map = new LruMap<string, number>(0);
    map.set('a', 1);
    expect([map.size, map.get('a')]).toEqual([0, undefined]);
  });

  it('forgets on delete and clear', () => {
    const map = new LruMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.delete('a');
    expect([map.get('a'), map.get('b')]).toEqual([undefined, 2]);
    map.clear();
    expect(map.size).toBe(0);
  });
});

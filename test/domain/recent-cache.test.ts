import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/domain/recent-cache.js';

describe('RecentCache', () => {
  it('keeps recently used entries, forgets the oldest, and never holds more than its bound', () => {
    const cache = new RecentCache<number, string>(4);
    for (let i = 0; i < 4; i++) cache.set(i, `v${i}`);
    expect(cache.get(0)).toBe('v0'); // used again: moves to the young generation
    for (let i = 4; i < 7; i++) cache.set(i, `v${i}`);
    expect(cache.get(0)).toBe('v0');
    expect(cache.get(1)).toBeUndefined();
    const held = [...Array(7).keys()].filter((k) => cache.get(k) !== undefined);
    expect(held.length).toBeLessThanOrEqual(4);
  });
});

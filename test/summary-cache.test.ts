import { describe, expect, it } from 'vitest';
import { SummaryCache } from '../src/features/indicators/summary.cache.js';

const summary = (reports: number) => ({
  reports,
  countries: [],
  first_seen: null,
  last_seen: null,
  scam_types: [],
  losses: [],
});

describe('look-up answer cache', () => {
  it('forgets an answer after its time to live, and everything on clear', () => {
    let now = 0;
    const cache = new SummaryCache(1000, 10, () => now);
    cache.set('a', summary(1));
    expect(cache.get('a')?.reports).toBe(1);
    now = 1001;
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', summary(2));
    cache.clear();
    expect(cache.get('b')).toBeUndefined();
  });
});

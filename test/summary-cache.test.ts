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
    cache.set('public', 'a', summary(1));
    expect(cache.get('public', 'a')?.reports).toBe(1);
    now = 1001;
    expect(cache.get('public', 'a')).toBeUndefined();
    cache.set('public', 'b', summary(2));
    cache.clear();
    expect(cache.get('public', 'b')).toBeUndefined();
  });

  it('keeps one audience’s answer from another', () => {
    const cache = new SummaryCache(1000, 10, () => 0);
    cache.set('org-1', 'a', summary(5));
    cache.set('public', 'a', summary(1));
    expect(cache.get('org-1', 'a')?.reports).toBe(5);
    expect(cache.get('public', 'a')?.reports).toBe(1);
    expect(cache.get('org-2', 'a')).toBeUndefined();
  });
});

import { RecentCache } from '../../domain/recent-cache.js';
import type { SightingsSummary } from './indicator.service.js';

/**
 * Look-up answers remembered per indicator for a short while. The public look-up asks about the same
 * numbers and accounts again and again, and an answer is an aggregate over every sighting. Any write on
 * this node forgets everything at once; other nodes' processes on a shared PostgreSQL see new reports
 * within `ttlMs`.
 */
export class SummaryCache {
  private readonly entries: RecentCache<string, { at: number; summary: SightingsSummary }>;

  constructor(
    private readonly ttlMs = 30_000,
    maxEntries = 40_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.entries = new RecentCache(maxEntries);
  }

  get(indicatorId: string): SightingsSummary | undefined {
    const entry = this.entries.get(indicatorId);
    return entry && this.clock() - entry.at <= this.ttlMs ? entry.summary : undefined;
  }

  set(indicatorId: string, summary: SightingsSummary): void {
    this.entries.set(indicatorId, { at: this.clock(), summary });
  }

  clear(): void {
    this.entries.clear();
  }
}

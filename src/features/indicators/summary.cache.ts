import { RecentCache } from '../../domain/recent-cache.js';
import type { SightingsSummary } from './indicator.service.js';

type Entry = { at: number; summary: SightingsSummary };

/**
 * Look-up answers remembered per audience and indicator for a short while. The public look-up asks about
 * the same numbers and accounts again and again, and an answer is an aggregate over every sighting. Any
 * write on this node forgets everything at once; other nodes' processes on a shared PostgreSQL see new
 * reports within `ttlMs`. One cache per audience ("public", an organisation), keyed by indicator id: the
 * ids come from the look-up's own cache of readings, so a hit hashes no new string.
 */
export class SummaryCache {
  private audiences = new Map<string, RecentCache<string, Entry>>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 40_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(audience: string, indicatorId: string): SightingsSummary | undefined {
    const entry = this.audiences.get(audience)?.get(indicatorId);
    return entry && this.clock() - entry.at <= this.ttlMs ? entry.summary : undefined;
  }

  set(audience: string, indicatorId: string, summary: SightingsSummary): void {
    let entries = this.audiences.get(audience);
    if (!entries) {
      entries = new RecentCache(this.maxEntries);
      this.audiences.set(audience, entries);
    }
    entries.set(indicatorId, { at: this.clock(), summary });
  }

  clear(): void {
    this.audiences = new Map();
  }
}

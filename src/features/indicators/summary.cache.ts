import type { SightingsSummary } from './indicator.service.js';

/**
 * Look-up answers remembered per indicator for a short while. The public look-up asks about the same
 * numbers and accounts again and again, and an answer is an aggregate over every sighting. Any write on
 * this node forgets everything at once; other nodes' processes on a shared PostgreSQL see new reports
 * within `ttlMs`.
 */
export class SummaryCache {
  private young = new Map<string, { at: number; summary: SightingsSummary }>();
  private old = new Map<string, { at: number; summary: SightingsSummary }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly generationSize = 20_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(indicatorId: string): SightingsSummary | undefined {
    const entry = this.young.get(indicatorId) ?? this.old.get(indicatorId);
    if (!entry || this.clock() - entry.at > this.ttlMs) return undefined;
    return entry.summary;
  }

  set(indicatorId: string, summary: SightingsSummary): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(indicatorId, { at: this.clock(), summary });
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

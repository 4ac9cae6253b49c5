/**
 * Whether an indicator links the reports it occurs in. A held-back indicator is still recorded, searchable
 * and counted in look-ups; it only stops joining reports into one cluster.
 */
export const LINK_STATUSES = [
  /** Links (the default). */
  'linked',
  /** An analyst reviewed it and let it link again: the degree guard no longer applies to it. */
  'released',
  /** On a warninglist of shared values (platform domains, bank call centres …). */
  'warninglisted',
  /** The degree guard caught it joining many otherwise unrelated clusters: held back until reviewed. */
  'suspected_shared',
  /** An analyst confirmed it is shared infrastructure: held back for good. */
  'confirmed_shared',
  /** Cleared after its owner's appeal: not a scammer's; it no longer links, and the public look-up says so. */
  'cleared',
] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const links = (status: string): boolean => status === 'linked' || status === 'released';

export function isLinkStatus(value: unknown): value is LinkStatus {
  return typeof value === 'string' && (LINK_STATUSES as readonly string[]).includes(value);
}

/**
 * The degree guard. A value is seen in an *otherwise unrelated* report when it alone ties the report to its
 * cluster while the report's other values are new or belong to another cluster. More than `maxUnrelated`
 * such reports within `windowDays` of report time, making up at least `minShare` of the value's reports in
 * that window, flag it as probable shared infrastructure.
 */
export interface LinkGuard {
  maxUnrelated: number;
  minShare: number;
  windowDays: number;
}

export const DEFAULT_LINK_GUARD: LinkGuard = { maxUnrelated: 3, minShare: 0.15, windowDays: 730 };

/** Whether the guard flags a value with `unrelated` otherwise-unrelated reports out of `reports` in the window. */
export function guardFlags(guard: LinkGuard, unrelated: number, reports: number): boolean {
  return unrelated > guard.maxUnrelated && unrelated >= guard.minShare * reports;
}

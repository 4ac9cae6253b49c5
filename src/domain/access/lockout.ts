/**
 * Back-off after failed sign-ins to one account: the first few failures cost nothing (typos happen), then
 * each further failure locks the account for twice as long as the one before, up to an hour. A success
 * clears the count. Together with a per-address rate limit at the edge this bounds online guessing to a
 * few dozen tries a day per account without letting anyone lock an officer out for long.
 */
export const FREE_FAILURES = 5;
export const MAX_LOCK_MS = 60 * 60 * 1000;

/** When the account may be tried again after its `failures`-th consecutive failure (undefined: now). */
export function lockedUntil(failures: number, now: Date): Date | undefined {
  if (failures < FREE_FAILURES) return undefined;
  const ms = Math.min(MAX_LOCK_MS, 60_000 * 2 ** (failures - FREE_FAILURES));
  return new Date(now.getTime() + ms);
}

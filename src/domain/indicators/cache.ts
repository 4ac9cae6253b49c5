import { RecentCache } from '../recent-cache.js';
import { canonicalize } from './index.js';
import type { CanonicalContext, CanonicalResult, RawIndicator } from './types.js';

/** One string for a spelling with its kind, qualifiers and country: the key of caches of readings. */
export function spellingKey(
  kind: string | undefined,
  value: string,
  qualifier: Partial<RawIndicator> | undefined,
  country: string | undefined,
): string {
  return `${kind ?? ''}\u0000${value}\u0000${qualifier?.bank ?? ''}\u0000${qualifier?.provider ?? ''}\u0000${qualifier?.platform ?? ''}\u0000${qualifier?.chain ?? ''}\u0000${country ?? ''}`;
}

/**
 * Canonicalisation remembered for recently seen spellings. Scam data repeats itself — the same mule
 * account and number appear in hundreds of reports — and canonicalising is pure, so an import looks each
 * spelling up once.
 */
export function cachedCanonicalizer(
  maxEntries = 40_000,
): (raw: RawIndicator, ctx: CanonicalContext) => CanonicalResult {
  const cache = new RecentCache<string, CanonicalResult>(maxEntries);
  return (raw, ctx) => {
    const key = spellingKey(raw.kind, raw.value, raw, ctx.country);
    let result = cache.get(key);
    if (result === undefined) {
      result = canonicalize(raw, ctx);
      cache.set(key, result);
    }
    return result;
  };
}

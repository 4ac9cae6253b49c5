import { RecentCache } from '../recent-cache.js';
import { canonicalize } from './index.js';
import type { CanonicalContext, CanonicalResult, RawIndicator } from './types.js';

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
    const key = `${raw.kind ?? ''}\u0000${raw.value}\u0000${raw.bank ?? ''}\u0000${raw.provider ?? ''}\u0000${raw.platform ?? ''}\u0000${raw.chain ?? ''}\u0000${ctx.country ?? ''}`;
    let result = cache.get(key);
    if (result === undefined) {
      result = canonicalize(raw, ctx);
      cache.set(key, result);
    }
    return result;
  };
}

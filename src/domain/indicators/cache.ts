import { canonicalize } from './index.js';
import type { CanonicalContext, CanonicalResult, RawIndicator } from './types.js';

/**
 * Canonicalisation remembered for recently seen spellings. Scam data repeats itself — the same mule
 * account and number appear in hundreds of reports — and canonicalising is pure, so an import looks each
 * spelling up once. Bounded with two generations: when the young one is full it becomes the old one and
 * the previous old one is dropped, so recently used spellings survive and no eviction walks the map.
 */
export function cachedCanonicalizer(
  maxEntries = 40_000,
): (raw: RawIndicator, ctx: CanonicalContext) => CanonicalResult {
  const generationSize = Math.max(1, Math.ceil(maxEntries / 2));
  let young = new Map<string, CanonicalResult>();
  let old = new Map<string, CanonicalResult>();
  const remember = (key: string, result: CanonicalResult) => {
    if (young.size >= generationSize) {
      old = young;
      young = new Map();
    }
    young.set(key, result);
  };
  return (raw, ctx) => {
    const key = `${raw.kind ?? ''}\u0000${raw.value}\u0000${raw.bank ?? ''}\u0000${raw.provider ?? ''}\u0000${raw.platform ?? ''}\u0000${raw.chain ?? ''}\u0000${ctx.country ?? ''}`;
    const recent = young.get(key);
    if (recent) return recent;
    const older = old.get(key);
    if (older) {
      remember(key, older);
      return older;
    }
    const result = canonicalize(raw, ctx);
    remember(key, result);
    return result;
  };
}

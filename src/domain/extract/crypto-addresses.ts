import { isOwnValue } from './context.js';
import type { FoundCue } from './cues.js';
import type { Found, ScanContext, Taken } from './scan.js';

const B58 = '1-9A-HJ-NP-Za-km-z';
const BECH32 = '02-9ac-hj-np-zAC-HJ-NP-Z';
/**
 * Shapes of the addresses seen in the region's reports: EVM 0x…, TRON T…, Bitcoin and Litecoin bech32 and
 * base58 (1…, 3…, L…, M…), Dogecoin D…. The canonicaliser verifies the checksum, so a look-alike word is refused.
 */
const ADDRESS = new RegExp(
  `(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|T[${B58}]{33}|(?:bc1|BC1|ltc1|LTC1)[${BECH32}]{11,87}|[13LMD][${B58}]{25,34})(?![0-9A-Za-z])`,
  'g',
);
/** Solana addresses have no checksum and no distinctive shape: only looked for when Solana is named. */
const SOLANA_NAMED = /(?<![\p{L}\p{N}])(?:sol|solana|phantom)(?![\p{L}\p{N}])/iu;
const SOLANA = new RegExp(`(?<![0-9A-Za-z])[${B58}]{32,44}(?![0-9A-Za-z])`, 'g');

/**
 * Crypto addresses, but not the victim's own wallet ("toàn bộ USDT trong ví của tôi (0x…) bị rút sang ví 0x…",
 * "from my MetaMask wallet 0x…"): the possessed wallet word right before it (see context.ts).
 */
export function findCryptoAddresses(
  text: string,
  cues: readonly FoundCue[],
  breaks: readonly number[],
  ctx: ScanContext,
  found: Found[],
  taken: Taken,
): void {
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end) || isOwnValue(text, cues, breaks, start, end)) continue;
    const crypto = ctx.canonicalize({ kind: 'crypto', value: m[0] });
    if (crypto.ok) found.push({ indicator: crypto.indicator, start, end });
  }
  if (!SOLANA_NAMED.test(text)) return;
  SOLANA.lastIndex = 0;
  for (let m = SOLANA.exec(text); m !== null; m = SOLANA.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Needs both cases and a digit-free stretch is common in words: demand a mix of upper, lower and digits.
    if (
      taken(start, end) ||
      isOwnValue(text, cues, breaks, start, end) ||
      !/[A-Z]/.test(m[0]) ||
      !/[a-z]/.test(m[0]) ||
      !/\d/.test(m[0])
    )
      continue;
    const crypto = ctx.canonicalize({ kind: 'crypto', value: m[0], chain: 'sol' });
    if (crypto.ok) found.push({ indicator: crypto.indicator, start, end });
  }
}

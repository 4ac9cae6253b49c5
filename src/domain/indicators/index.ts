import { canonicalApp } from './app.js';
import { canonicalBankAccount } from './bank-account.js';
import { canonicalCrypto } from './crypto.js';
import { MAX_VALUE_LENGTH } from './defang.js';
import { detectKind } from './detect.js';
import { canonicalEmail } from './email.js';
import { canonicalEwallet } from './ewallet.js';
import { canonicalIp } from './ip.js';
import { canonicalPhone } from './phone.js';
import { canonicalSocial } from './social.js';
import type { CanonicalContext, CanonicalResult, IndicatorKind, RawIndicator } from './types.js';
import { fail, isIndicatorKind } from './types.js';
import { canonicalDomain, canonicalUrl } from './web.js';

export { detectKind } from './detect.js';
export * from './types.js';

const CANONICALISERS: Record<IndicatorKind, (raw: RawIndicator, ctx: CanonicalContext) => CanonicalResult> = {
  phone: canonicalPhone,
  bank_account: canonicalBankAccount,
  ewallet: canonicalEwallet,
  crypto: canonicalCrypto,
  url: canonicalUrl,
  domain: canonicalDomain,
  email: canonicalEmail,
  social: canonicalSocial,
  app: canonicalApp,
  ip: canonicalIp,
};

/** Longest value accepted for any kind; longer input is refused before any parsing. */
export const MAX_INDICATOR_LENGTH = MAX_VALUE_LENGTH;

/**
 * Canonicalises one raw indicator. Never throws: every failure is a result with a reason a person can act on.
 * Without a kind, the kind is detected from the value (and its qualifiers).
 */
export function canonicalize(raw: RawIndicator, ctx: CanonicalContext = {}): CanonicalResult {
  if (typeof raw.value !== 'string') return fail('value must be a string');
  const value = raw.value.trim();
  if (value === '') return fail('value is empty');
  if (value.length > MAX_INDICATOR_LENGTH)
    return fail(`value is longer than ${MAX_INDICATOR_LENGTH} characters`);
  if (raw.kind !== undefined && !isIndicatorKind(raw.kind))
    return fail(`unknown kind ${JSON.stringify(raw.kind)}`);
  const input = { ...raw, value };
  const kind = input.kind ?? detectKind(input, ctx);
  if (!kind) return fail('kind could not be detected; give one');
  try {
    return CANONICALISERS[kind]({ ...input, kind }, ctx);
  } catch (error) {
    // A canonicaliser must not throw; if one ever does, the input is refused rather than the import aborted.
    return fail(`${kind} could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

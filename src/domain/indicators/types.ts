/**
 * The canonical indicator model. The canonical value *is* the identity of an indicator:
 * two spellings of one thing canonicalise to the same (kind, value); two different things never do.
 */
export const INDICATOR_KINDS = [
  'phone',
  'bank_account',
  'ewallet',
  'crypto',
  'url',
  'domain',
  'email',
  'social',
  'app',
  'ip',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export function isIndicatorKind(value: unknown): value is IndicatorKind {
  return typeof value === 'string' && (INDICATOR_KINDS as readonly string[]).includes(value);
}

/** A value as a person or a source wrote it, with the qualifier its kind needs. */
export interface RawIndicator {
  kind?: IndicatorKind | undefined;
  value: string;
  /** bank_account: bank name, alias, national code or BIC. */
  bank?: string | undefined;
  /** ewallet: provider name or alias. */
  provider?: string | undefined;
  /** social: platform name or alias. */
  platform?: string | undefined;
  /** crypto: chain name or ticker (BTC, ETH, TRON, USDT-TRC20…); optional, detected from the address. */
  chain?: string | undefined;
}

export interface CanonicalContext {
  /** ISO 3166-1 alpha-2 of where the report was made: default region for local phone numbers and banks. */
  country?: string | undefined;
}

/**
 * A canonical indicator.
 * Canonical value formats, per kind:
 * - phone:        E.164, `+6281234567890`
 * - bank_account: `<BIC8>:<digits>` when the bank is known (`CENAIDJA:1234567890`);
 *                 `unknown:<CC|XX>:<bank text, lowercased, single-spaced>:<digits>` when not
 * - ewallet:      `<provider id>:<account id>` (`gcash:+639171234567`); phone-like ids in E.164;
 *                 `unknown:<CC|XX>:<provider text>:<account id>` when the provider is not in the registry
 * - crypto:       `<chain>:<address>` with chain in btc | evm | tron | ltc | sol (| others);
 *                 EVM lowercase, bech32 lowercase, base58 as is
 * - url:          WHATWG-serialised URL, scheme+host lowercased, punycode host, no default port, no fragment
 * - domain:       registrable domain (public-suffix aware), punycode, lowercase, no trailing dot
 * - email:        `local@domain`, lowercased, domain punycode
 * - social:       `<platform id>:<handle>` (`telegram:cs_support88`), handle lowercased where the platform
 *                 treats it case-insensitively
 * - app:          `android:<package id>` | `ios:<numeric id>`
 * - ip:           IPv4 dotted quad, IPv6 RFC 5952 (compressed, lowercase)
 */
export interface CanonicalIndicator {
  kind: IndicatorKind;
  value: string;
  /** Human-oriented facts found on the way (country of a phone, bank name, chain, platform …). */
  details?: Record<string, string> | undefined;
  /** Indicators implied by this one: a URL's registrable domain or IP; a WhatsApp handle's phone. */
  related?: CanonicalIndicator[] | undefined;
}

export type CanonicalResult = { ok: true; indicator: CanonicalIndicator } | { ok: false; error: string };

export const ok = (indicator: CanonicalIndicator): CanonicalResult => ({ ok: true, indicator });
export const fail = (error: string): CanonicalResult => ({ ok: false, error });

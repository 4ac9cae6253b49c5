import { foldTokens, normaliseCountry, normaliseNameText, resolveBank } from './banks.js';
import { cleanValue, hasControlCharacter, MAX_VALUE_LENGTH } from './defang.js';
import { EWALLET_DATA, type EwalletProvider } from './ewallets.data.js';
import { canonicalPhone } from './phone.js';
import {
  type CanonicalContext,
  type CanonicalIndicator,
  type CanonicalResult,
  fail,
  ok,
  type RawIndicator,
} from './types.js';

export type { EwalletIdScheme, EwalletProvider } from './ewallets.data.js';

/*
 * E-wallet accounts: `<provider id>:<account id>` (`gcash:+639171234567`, `promptpay:1101700230705`,
 * `paynow:S1234567D`, `bakong:dara@aclb`). Phone ids are E.164 and also yield the phone as a related
 * indicator, so a wallet links to the same number seen elsewhere.
 * A provider the registry does not know is kept, like an unknown bank, as
 * `unknown:<CC|XX>:<provider text, lowercased, single-spaced>:<account id>`: the intelligence is not lost,
 * and it never merges with a known provider's account. No provider at all is refused (that is a phone).
 */

/** Every provider of the registry. */
export const EWALLET_PROVIDERS: readonly EwalletProvider[] = EWALLET_DATA;

// ───────────── provider resolution ─────────────

const WALLET_LEADING = new Set(['vi', 'dompet', 'the', 'e']);
const WALLET_TRAILING = new Set(['wallet', 'ewallet', 'app', 'account', 'id']);

function providerCore(tokens: readonly string[]): string {
  const words = [...tokens];
  while (words.length > 1 && WALLET_LEADING.has(words[0]!)) words.shift();
  while (words.length > 1 && WALLET_TRAILING.has(words[words.length - 1]!)) words.pop();
  return words.join('');
}

const byId = new Map<string, EwalletProvider>();
const byKey = new Map<string, Set<EwalletProvider>>();

function index(key: string, provider: EwalletProvider): void {
  if (key === '') return;
  const set = byKey.get(key) ?? new Set<EwalletProvider>();
  set.add(provider);
  byKey.set(key, set);
}

for (const provider of EWALLET_DATA) {
  byId.set(provider.id, provider);
  for (const name of [provider.id, provider.name, ...provider.aliases]) {
    const tokens = foldTokens(name);
    index(tokens.join(''), provider);
    index(providerCore(tokens), provider);
  }
}

const MAX_NAME_LENGTH = 200;

/**
 * The provider a text names ("GCash", "PayMaya", "Touch 'n Go eWallet", "ทรูมันนี่", "Ví MoMo", "พร้อมเพย์";
 * case, accents, punctuation and spaces ignored). A name shared by two providers prefers the one that
 * operates in `country`.
 */
export function resolveEwalletProvider(text: string, country?: string): EwalletProvider | undefined {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return undefined;
  const tokens = foldTokens(text);
  if (tokens.length === 0) return undefined;
  const candidates = byKey.get(tokens.join('')) ?? byKey.get(providerCore(tokens));
  if (!candidates) return undefined;
  if (candidates.size === 1) return [...candidates][0];
  const where = normaliseCountry(country);
  const local = [...candidates].filter(
    (provider) => where !== undefined && provider.countries.includes(where),
  );
  return local.length === 1 ? local[0] : undefined;
}

export interface EwalletAlias {
  alias: string;
  /** Canonical id of the provider it names. */
  provider: string;
  /** Also an everyday word ("dana", "boost", "wing", "pay now"): take it as a provider only with context. */
  ordinaryWord: boolean;
}

let aliasList: readonly EwalletAlias[] | undefined;

/** Every provider name and alias, longest first (for greedy matching in free text). */
export function listEwalletAliases(): readonly EwalletAlias[] {
  aliasList ??= Object.freeze(
    EWALLET_DATA.flatMap((provider) => {
      const ordinary = new Set(provider.ordinaryWords ?? []);
      return [provider.name, ...provider.aliases].map((alias) =>
        Object.freeze({ alias, provider: provider.id, ordinaryWord: ordinary.has(alias) }),
      );
    }).sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias)),
  );
  return aliasList;
}

// ───────────── account ids ─────────────

type IdResult = { ok: true; id: string; phone?: CanonicalIndicator } | { ok: false; error: string };

const SEPARATORS = /[\s.\-\u2010-\u2015\u2212()]/g;
const PHONE_LIKE = /^\+?[\d\s.\-\u2010-\u2015\u2212()]+$/;
const USERNAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{1,63}$/u;
const NRIC_FIN = /^[STFGM]\d{7}[A-Z]$/;
const UEN = /^(?:\d{8}[A-Z]|\d{9}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])$/;
const MYKAD_WRITTEN = /^\d{6}-\d{2}-\d{4}$/;

const digitCount = (text: string) => text.replace(/\D/g, '').length;
const isPhoneLike = (text: string) => PHONE_LIKE.test(text) && digitCount(text) >= 6;

/** A phone id read in each of the regions; refused when no region or several give a valid number. */
function phoneId(text: string, regions: readonly (string | undefined)[], label: string): IdResult {
  const found = new Map<string, CanonicalIndicator>();
  let firstError: string | undefined;
  for (const region of text.startsWith('+') ? regions.slice(0, 1) : regions) {
    const result = canonicalPhone({ kind: 'phone', value: text }, { country: region });
    if (result.ok) found.set(result.indicator.value, result.indicator);
    else firstError ??= result.error;
  }
  if (found.size === 1) {
    const [phone] = [...found.values()];
    return { ok: true, id: phone!.value, phone };
  }
  if (found.size > 1)
    return {
      ok: false,
      error: `${label}: the number is valid in ${[...found.keys()].join(' and ')}; write it with its country code`,
    };
  const where = regions.filter(Boolean).join('/');
  return {
    ok: false,
    error: `${label}: not a valid phone number${where ? ` in ${where}` : ''}${firstError ? ` (${firstError})` : ''}`,
  };
}

function usernameId(text: string, label: string): IdResult {
  const id = text.normalize('NFKC').toLowerCase().replace(/^@/, '');
  if (USERNAME.test(id)) return { ok: true, id };
  return {
    ok: false,
    error: `${label}: an account id is a phone number or a username (letters, digits, . _ - @)`,
  };
}

/** Thai national ID / tax ID check digit (mod 11 over the first 12 digits, weights 13…2). */
function validThaiId(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

function regionsFor(provider: EwalletProvider, country: string | undefined): readonly string[] {
  return country && provider.countries.includes(country) ? [country] : provider.countries;
}

function providerId(provider: EwalletProvider, text: string, country: string | undefined): IdResult {
  const label = provider.name;
  const compact = text.replace(SEPARATORS, '');
  switch (provider.ids) {
    case 'promptpay': {
      // 13 digits: national ID or juristic tax ID; "00…" is an international call prefix, not an ID.
      if (/^\d{13}$/.test(compact) && !compact.startsWith('00'))
        return validThaiId(compact)
          ? { ok: true, id: compact }
          : { ok: false, error: 'PromptPay: not a valid Thai national ID or tax ID (check digit)' };
      if (/^\d{15}$/.test(compact)) return { ok: true, id: compact }; // PromptPay e-wallet ID
      if (isPhoneLike(text)) return phoneId(text, ['TH'], label);
      return {
        ok: false,
        error:
          'PromptPay ids are a phone number, a 13-digit national ID or tax ID, or a 15-digit e-wallet ID',
      };
    }
    case 'paynow': {
      const upper = compact.toUpperCase();
      if (NRIC_FIN.test(upper) || UEN.test(upper)) return { ok: true, id: upper };
      if (isPhoneLike(text)) return phoneId(text, ['SG'], label);
      return { ok: false, error: 'PayNow ids are a phone number, an NRIC/FIN or a UEN' };
    }
    case 'duitnow': {
      if (MYKAD_WRITTEN.test(text.trim())) return { ok: true, id: compact };
      if (isPhoneLike(text)) {
        const phone = phoneId(text, ['MY'], label);
        // A 12-digit number that is no phone is a MyKad or a business registration number.
        return phone.ok || !/^\d{12}$/.test(compact) ? phone : { ok: true, id: compact };
      }
      const upper = compact.toUpperCase();
      if (/^[A-Z0-9]{5,20}$/.test(upper) && /\d/.test(upper)) return { ok: true, id: upper };
      return {
        ok: false,
        error: 'DuitNow ids are a phone number, a MyKad number, a passport or a business registration number',
      };
    }
    default: {
      if (isPhoneLike(text)) {
        const phone = phoneId(text, regionsFor(provider, country), label);
        const range = provider.accountNumberDigits;
        if (
          !phone.ok &&
          range &&
          /^\d+$/.test(compact) &&
          compact.length >= range[0] &&
          compact.length <= range[1]
        )
          return { ok: true, id: compact };
        return phone;
      }
      return usernameId(text, label);
    }
  }
}

/** An account id at a provider the registry does not know: a phone when it reads as one, else kept. */
function unknownProviderId(text: string, country: string | undefined): IdResult {
  if (isPhoneLike(text)) {
    if (country || text.startsWith('+')) {
      const phone = phoneId(text, [country], 'account id');
      if (phone.ok) return phone;
    }
    return { ok: true, id: `${text.startsWith('+') ? '+' : ''}${text.replace(/\D/g, '')}` };
  }
  return usernameId(text, 'account id');
}

// ───────────── canonicalisation ─────────────

const MAX_PROVIDER_TEXT = 64;
const KNOWN_CANONICAL = /^([a-z0-9]+):(.+)$/;
const UNKNOWN_CANONICAL = /^unknown:([A-Z]{2}):([^:]*):(.+)$/;
const EDGE_PUNCTUATION = /^[\s:#,;|()[\]{}]+|[\s:#,;|()[\]{}]+$/g;

function atProvider(provider: EwalletProvider, idText: string, country: string | undefined): CanonicalResult {
  const id = providerId(provider, idText.trim(), country);
  if (!id.ok) return fail(id.error);
  const details: Record<string, string> = { provider: provider.name, providerKind: provider.kind };
  return ok({
    kind: 'ewallet',
    value: `${provider.id}:${id.id}`,
    details,
    ...(id.phone ? { related: [id.phone] } : {}),
  });
}

function atUnknownProvider(
  providerText: string,
  idText: string,
  country: string | undefined,
): CanonicalResult {
  if (providerText.length > MAX_PROVIDER_TEXT)
    return fail(`provider name is longer than ${MAX_PROVIDER_TEXT} characters`);
  const bank = resolveBank(providerText, country);
  if (bank)
    return fail(
      `"${providerText}" is a bank (${bank.shortName}), not an e-wallet provider: give the account as a bank_account`,
    );
  const id = unknownProviderId(idText.trim(), country);
  if (!id.ok) return fail(id.error);
  const details: Record<string, string> = { providerText };
  if (country) details.country = country;
  return ok({
    kind: 'ewallet',
    value: `unknown:${country ?? 'XX'}:${providerText}:${id.id}`,
    details,
    ...(id.phone ? { related: [id.phone] } : {}),
  });
}

/** Provider text (normalised) and account id: a known provider, else the unknown form. */
function withProviderText(
  providerText: string,
  idText: string,
  country: string | undefined,
): CanonicalResult {
  const provider = resolveEwalletProvider(providerText, country);
  return provider ? atProvider(provider, idText, country) : atUnknownProvider(providerText, idText, country);
}

/** "GCash 0917 123 4567", "0917 123 4567 (GCash)", "Bakong: dara@aclb": the provider named around the id. */
function splitProvider(
  value: string,
  country: string | undefined,
): { provider: EwalletProvider; id: string } | undefined {
  const words = value.split(/\s+/);
  const most = Math.min(words.length - 1, 6);
  for (let count = most; count >= 1; count--) {
    const head = resolveEwalletProvider(
      words.slice(0, count).join(' ').replace(EDGE_PUNCTUATION, ''),
      country,
    );
    if (head) return { provider: head, id: words.slice(count).join(' ') };
    const tail = resolveEwalletProvider(words.slice(-count).join(' ').replace(EDGE_PUNCTUATION, ''), country);
    if (tail) return { provider: tail, id: words.slice(0, -count).join(' ') };
  }
  return undefined;
}

/**
 * An e-wallet account from `raw.provider` (name or alias) and `raw.value` (the account id: usually the
 * owner's phone number, read in the report's country if the provider operates there, else in the
 * provider's home country). The value may carry the provider when `raw.provider` is missing.
 */
export function canonicalEwallet(raw: RawIndicator, ctx: CanonicalContext = {}): CanonicalResult {
  if (typeof raw?.value !== 'string') return fail('value must be a string');
  if (raw.value.length > MAX_VALUE_LENGTH) return fail(`value is longer than ${MAX_VALUE_LENGTH} characters`);
  const value = cleanValue(raw.value);
  if (value === '') return fail('value is empty');
  if (hasControlCharacter(value)) return fail('value contains control characters');
  const country = normaliseCountry(ctx.country);
  const providerField =
    typeof raw.provider === 'string' && raw.provider.length <= MAX_VALUE_LENGTH
      ? normaliseNameText(cleanValue(raw.provider))
      : '';

  const known = KNOWN_CANONICAL.exec(value);
  const provider = known ? byId.get(known[1]!) : undefined;
  if (known && provider) {
    const named = providerField === '' ? undefined : resolveEwalletProvider(providerField, country);
    if (named && named !== provider)
      return fail(`the value is a ${provider.name} account but the provider is given as ${named.name}`);
    return atProvider(provider, known[2]!, country);
  }
  const unknown = UNKNOWN_CANONICAL.exec(value);
  if (unknown) {
    const [, code, providerText, id] = unknown;
    return withProviderText(normaliseNameText(providerText!), id!, code === 'XX' ? undefined : code);
  }

  if (providerField !== '') return withProviderText(providerField, value, country);
  const split = splitProvider(value, country);
  if (split) return atProvider(split.provider, split.id.replace(EDGE_PUNCTUATION, ''), country);
  return fail('no e-wallet provider given (GCash, GoPay, PromptPay…); a bare number is a phone indicator');
}

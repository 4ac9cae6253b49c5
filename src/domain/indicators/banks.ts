import { BANK_DATA, BANK_GROUPS, type BankEntry } from './banks.data.js';

export type { BankEntry, BankGroup } from './banks.data.js';
export { BANK_GROUPS } from './banks.data.js';

/** Every bank of the registry. */
export const BANKS: readonly BankEntry[] = BANK_DATA;

// ───────────── text folding, shared with the e-wallet registry ─────────────

// Latin combining diacritics only: Thai, Lao, Khmer and Burmese vowel and tone marks are letters' parts and stay.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const WORD_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * Splits a name into matching tokens: lowercased, Latin accents dropped (Vietnamese "Ngoại thương" →
 * "ngoai", "thuong"; đ → d), compatibility forms folded, split at anything but letters, digits and marks.
 */
export function foldTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      // Compatibility forms can decompose to capitals (ℌ → H): lowercase once more.
      .toLowerCase()
      .replace(LATIN_MARKS, '')
      .replace(/đ/g, 'd')
      .split(WORD_SEPARATORS)
      .filter((token) => token !== '')
  );
}

const foldWord = (word: string): string => foldTokens(word).join('');

// Generic words around a bank's name: "PT Bank X Tbk", "Ngân hàng TMCP X", "X Public Company Limited".
const LEADING_WORDS = new Set(
  ['pt', 'bank', 'banque', 'banco', 'the', 'tmcp', 'ธ', 'ธนาคาร', 'ធនាគារ', 'ທະນາຄານ'].map(foldWord),
);
const TRAILING_WORDS = new Set(
  [
    'bank',
    'berhad',
    'bhd',
    'tbk',
    'persero',
    'plc',
    'ltd',
    'limited',
    'public',
    'company',
    'pcl',
    'co',
    'jsc',
    'inc',
    'ဘဏ်',
  ].map(foldWord),
);
// Thai, Khmer and Lao write "bank" (and Thai "account") glued to the name; Burmese puts "bank" after it.
const GLUED_PREFIXES = ['ธนาคาร', 'บัญชี', 'ធនាគារ', 'ທະນາຄານ'].map(foldWord);
const GLUED_SUFFIXES = ['ဘဏ်'].map(foldWord);

/** The tokens without generic words ("bank", "PT", "Tbk", "ngân hàng", "ธนาคาร"…): "PT Bank Central Asia Tbk" → "centralasia". */
function coreKey(tokens: readonly string[]): string {
  let words = [...tokens];
  if (words.length > 2 && words[0] === 'ngan' && words[1] === 'hang') words = words.slice(2);
  while (words.length > 1 && LEADING_WORDS.has(words[0]!)) words.shift();
  while (words.length > 1 && TRAILING_WORDS.has(words[words.length - 1]!)) words.pop();
  let key = words.join('');
  for (const prefix of GLUED_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) key = key.slice(prefix.length);
  }
  for (const suffix of GLUED_SUFFIXES) {
    if (key.endsWith(suffix) && key.length > suffix.length) key = key.slice(0, -suffix.length);
  }
  return key;
}

// ───────────── indexes ─────────────

const BIC_PATTERN = /^[a-z]{6}[a-z0-9]{2}([a-z0-9]{3})?$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

const byBic = new Map<string, BankEntry>();
const byCode = new Map<string, BankEntry[]>();
/** Entry-specific alias keys (compact and core) → banks. */
const byAlias = new Map<string, Set<BankEntry>>();
/** Group brand keys → group ids. */
const byBrand = new Map<string, Set<string>>();
const groupMembers = new Map<string, BankEntry[]>();
const groupHome = new Map<string, BankEntry>();

function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  if (key === '') return;
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

function aliasKeys(alias: string): string[] {
  const tokens = foldTokens(alias);
  return [tokens.join(''), coreKey(tokens)];
}

/** Every name of a bank: its name, short name and aliases. */
function namesOf(bank: BankEntry): string[] {
  return [bank.name, bank.shortName, ...bank.aliases];
}

for (const bank of BANK_DATA) {
  for (const bic of [bank.bic, ...(bank.formerBics ?? [])]) byBic.set(bic, bank);
  for (const code of bank.codes ?? []) {
    byCode.set(`${bank.country}:${code}`, [bank]);
    byCode.set(code, [...(byCode.get(code) ?? []), bank]);
  }
  for (const name of namesOf(bank)) for (const key of aliasKeys(name)) addTo(byAlias, key, bank);
  if (bank.group) groupMembers.set(bank.group, [...(groupMembers.get(bank.group) ?? []), bank]);
}
for (const group of BANK_GROUPS) {
  for (const alias of group.aliases) for (const key of aliasKeys(alias)) addTo(byBrand, key, group.id);
  const home = group.home ? byBic.get(group.home) : undefined;
  if (home) groupHome.set(group.id, home);
}

/** An ISO 3166-1 alpha-2 code in upper case, or undefined when the text is not one. */
export function normaliseCountry(country: string | undefined): string | undefined {
  if (typeof country !== 'string') return undefined;
  const code = country.trim().toUpperCase();
  return COUNTRY_PATTERN.test(code) ? code : undefined;
}

/**
 * A name as kept inside an unknown-bank or unknown-provider canonical value: compatibility forms folded,
 * lowercased, accents kept, invisible and control characters and colons (the value's separator) turned
 * into spaces, single-spaced. Idempotent, and resolving the result gives what resolving the original gives.
 */
export function normaliseNameText(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = current
      .normalize('NFKC')
      .replace(/[\p{C}:]/gu, ' ')
      .toLowerCase()
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

// ───────────── resolution ─────────────

/** The bank with this BIC (8 or 11 characters, any case; former BICs and pseudo-codes too). */
export function bankByBic(bic: string): BankEntry | undefined {
  if (typeof bic !== 'string') return undefined;
  const compact = bic.replace(/\s+/g, '').toLowerCase();
  return BIC_PATTERN.test(compact) ? byBic.get(compact.slice(0, 8).toUpperCase()) : undefined;
}

/**
 * Picks the bank a name means. Specific names ("CIMB Niaga", "Maybank Singapore") name one bank; a group
 * brand ("CIMB", "Maybank") names the group's arm in the report's country, else the group's home bank.
 * A name shared by unrelated banks of different countries ("SCB": Siam Commercial Bank and Saigon Commercial
 * Bank; "SeaBank") needs the country, and without it resolves to nothing rather than to a guess.
 */
function choose(
  specific: ReadonlySet<BankEntry>,
  brands: ReadonlySet<string>,
  country?: string,
): BankEntry | undefined {
  const candidates = new Set(specific);
  for (const group of brands) for (const bank of groupMembers.get(group) ?? []) candidates.add(bank);
  if (candidates.size === 0) return undefined;
  if (country) {
    const local = [...candidates].filter((bank) => bank.country === country);
    if (local.length === 1) return local[0];
    if (local.length > 1) return undefined;
  }
  if (brands.size > 0) {
    if (brands.size > 1) return undefined;
    const [group] = [...brands];
    if ([...specific].some((bank) => bank.group !== group)) return undefined;
    return group ? groupHome.get(group) : undefined;
  }
  return specific.size === 1 ? [...specific][0] : undefined;
}

const EMPTY = new Set<never>();
const MAX_NAME_LENGTH = 200;

/**
 * The bank a text names: a name, alias or abbreviation in any script (case, accents, punctuation and spaces
 * ignored: "bca", "Bank Central Asia", "PT. BANK CENTRAL ASIA Tbk", "กสิกรไทย", "ngan hang ngoai thuong"),
 * a BIC8 or BIC11 ("CENAIDJAXXX"), or a national bank code ("014"). Codes repeat across countries, so a
 * code is read in `country` (ISO alpha-2, the report's country), and anywhere only when it is unique.
 * A name shared across countries ("CIMB", "UOB", "Bangkok Bank") prefers the bank of `country`.
 */
export function resolveBank(text: string, country?: string): BankEntry | undefined {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return undefined;
  const tokens = foldTokens(text);
  if (tokens.length === 0) return undefined;
  const compact = tokens.join('');
  const where = normaliseCountry(country);

  if (BIC_PATTERN.test(compact)) {
    const bank = byBic.get(compact.slice(0, 8).toUpperCase());
    if (bank) return bank;
  }
  if (/^\d+$/.test(compact)) {
    const scoped = where ? byCode.get(`${where}:${compact}`) : undefined;
    if (scoped) return scoped[0];
    const anywhere = byCode.get(compact);
    return anywhere?.length === 1 ? anywhere[0] : undefined;
  }
  const core = coreKey(tokens);
  for (const key of [compact, core]) {
    const specific = byAlias.get(key) ?? EMPTY;
    const brands = byBrand.get(key) ?? EMPTY;
    if (specific.size > 0 || brands.size > 0) return choose(specific, brands, where);
  }
  return undefined;
}

/**
 * The bank named at the start of a longer text: "BCA a.n. Budi Santoso", "Bangkok Bank Cambodia branch".
 * Only whole alias spellings count here (no generic-word stripping), so that "Bank of China" never
 * shrinks to a bank called "China…".
 */
export function resolveBankAtStart(text: string, country?: string): BankEntry | undefined {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return undefined;
  const tokens = foldTokens(text).slice(0, 12);
  const where = normaliseCountry(country);
  for (let length = tokens.length - 1; length >= 1; length--) {
    const key = tokens.slice(0, length).join('');
    const specific = byAlias.get(key) ?? EMPTY;
    const brands = byBrand.get(key) ?? EMPTY;
    if (specific.size > 0 || brands.size > 0) return choose(specific, brands, where);
  }
  return undefined;
}

// ───────────── aliases for the free-text extractor ─────────────

export interface BankAlias {
  /** The alias as written in the registry (any script). */
  alias: string;
  /** Countries of the banks it may name: resolve it with {@link resolveBank} and the report's country. */
  countries: readonly string[];
  /** Also an everyday word or name ("Jago", "Trust", "กรุงเทพ"): take it as a bank only with context. */
  ordinaryWord: boolean;
}

let aliasList: readonly BankAlias[] | undefined;

/**
 * Every bank name, brand and alias of the registry (national codes excluded), longest first so that a
 * greedy matcher finds "Bank Central Asia" before "BCA" and "CIMB Niaga" before "CIMB".
 */
export function listBankAliases(): readonly BankAlias[] {
  if (aliasList) return aliasList;
  const rows = new Map<string, { alias: string; countries: Set<string>; ordinaryWord: boolean }>();
  const add = (alias: string, countries: readonly string[], ordinaryWord: boolean) => {
    const row = rows.get(alias) ?? { alias, countries: new Set<string>(), ordinaryWord: false };
    for (const country of countries) row.countries.add(country);
    row.ordinaryWord ||= ordinaryWord;
    rows.set(alias, row);
  };
  for (const bank of BANK_DATA) {
    const ordinary = new Set(bank.ordinaryWords ?? []);
    for (const name of namesOf(bank)) add(name, [bank.country], ordinary.has(name));
  }
  for (const group of BANK_GROUPS) {
    const ordinary = new Set(group.ordinaryWords ?? []);
    const countries = (groupMembers.get(group.id) ?? []).map((bank) => bank.country);
    for (const alias of group.aliases) add(alias, countries, ordinary.has(alias));
  }
  aliasList = Object.freeze(
    [...rows.values()]
      .map((row) =>
        Object.freeze({
          alias: row.alias,
          countries: Object.freeze([...row.countries].sort()),
          ordinaryWord: row.ordinaryWord,
        }),
      )
      .sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias)),
  );
  return aliasList;
}

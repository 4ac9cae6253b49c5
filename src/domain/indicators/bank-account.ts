import {
  type BankEntry,
  bankByBic,
  normaliseCountry,
  normaliseNameText,
  resolveBank,
  resolveBankAtStart,
} from './banks.js';
import { cleanValue, hasControlCharacter, MAX_VALUE_LENGTH } from './defang.js';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';

/*
 * Bank accounts: `<BIC8>:<digits>` at a registry bank (`CENAIDJA:0123456789`), else
 * `unknown:<CC|XX>:<bank text>:<digits>`. The unknown form keeps the bank text (lowercased, accents kept,
 * single-spaced) and the report's country, so an account at an unlisted bank never merges with an account
 * at another bank, and becomes a known one as soon as the registry learns the bank's name.
 * Leading zeros are part of the number and are kept.
 */

const MIN_DIGITS = 5;
const MAX_DIGITS = 20;
const MAX_BANK_TEXT = 120;

/** Digits, optionally separated by spaces, dashes (any Unicode dash) and dots. */
const SEPARATED_DIGITS = /^\d(?:[\s.\-\u2010-\u2015\u2212]*\d)*$/;
const KNOWN_CANONICAL = /^([A-Z0-9]{8}):(\d+)$/;
const UNKNOWN_CANONICAL = /^unknown:([A-Z]{2}):([^:]*):(\d+)$/;
// "Account", "rekening", "STK", "เลขบัญชี"… before the bank's name in the same field.
const LEADING_LABELS =
  /^(?:(?:số tài khoản|so tai khoan|nomor rekening|no rekening|account number|account no|rekening|account|akaun|norek|a\/c|acct|acc|rek|stk|no|nr|tk|เลขที่บัญชี|เลขบัญชี)(?:[.:#\s]+|$))+/iu;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** A bank named by the whole text, else by its first words ("BCA a.n. Budi"). */
function resolveName(text: string, country: string | undefined): BankEntry | undefined {
  return resolveBank(text, country) ?? resolveBankAtStart(text, country);
}

function describeLengths(lengths: readonly number[]): string {
  const sorted = [...lengths].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (sorted.length === 1) return String(first);
  if (last - first === sorted.length - 1 && sorted.length > 2) return `${first} to ${last}`;
  return `${sorted.slice(0, -1).join(', ')} or ${last}`;
}

function checkLength(digits: string): string | undefined {
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS)
    return `bank account numbers have ${MIN_DIGITS} to ${MAX_DIGITS} digits, got ${digits.length}`;
  return undefined;
}

function atBank(bank: BankEntry, digits: string): CanonicalResult {
  const lengthError = checkLength(digits);
  if (lengthError) return fail(lengthError);
  if (bank.accountDigits && !bank.accountDigits.includes(digits.length))
    return fail(
      `${bank.shortName} account numbers have ${describeLengths(bank.accountDigits)} digits, got ${digits.length}`,
    );
  const details: Record<string, string> = { bank: bank.name, country: bank.country, bic: bank.bic };
  if (bank.pseudoBic) details.pseudoBic = 'true';
  return ok({ kind: 'bank_account', value: `${bank.bic}:${digits}`, details });
}

function atUnknownBank(country: string | undefined, bankText: string, digits: string): CanonicalResult {
  const lengthError = checkLength(digits);
  if (lengthError) return fail(lengthError);
  const details: Record<string, string> = {};
  if (bankText !== '') details.bankText = bankText;
  if (country) details.country = country;
  return ok({ kind: 'bank_account', value: `unknown:${country ?? 'XX'}:${bankText}:${digits}`, details });
}

/** Resolves normalised bank text (or none) and builds the result. */
function withBankText(bankText: string, country: string | undefined, digits: string): CanonicalResult {
  if (bankText.length > MAX_BANK_TEXT) return fail(`bank name is longer than ${MAX_BANK_TEXT} characters`);
  const bank = bankText === '' ? undefined : resolveName(bankText, country);
  return bank ? atBank(bank, digits) : atUnknownBank(country, bankText, digits);
}

function fromCanonical(
  value: string,
  bankField: string,
  country: string | undefined,
): CanonicalResult | undefined {
  const known = KNOWN_CANONICAL.exec(value);
  const bank = known ? bankByBic(known[1]!) : undefined;
  if (known && bank) {
    const named =
      bankField === '' ? undefined : resolveName(normaliseNameText(bankField), country ?? bank.country);
    if (named && named !== bank)
      return fail(`the value is an account at ${bank.shortName} but the bank is given as ${named.shortName}`);
    return atBank(bank, known[2]!);
  }
  const unknown = UNKNOWN_CANONICAL.exec(value);
  if (unknown) {
    const [, code, bankText, digits] = unknown;
    return withBankText(normaliseNameText(bankText!), code === 'XX' ? undefined : code, digits!);
  }
  return undefined;
}

/**
 * A bank account from `raw.value` (the number) and `raw.bank` (name, alias, national code or BIC of the
 * bank). The value may carry the bank itself when `raw.bank` is missing: "BCA 123-456-7890",
 * "1234567890 (Bangkok Bank)". Separators (spaces, dashes, dots) are dropped; any other character between
 * the digits is refused. Known banks' account-number lengths are checked. `ctx.country` scopes national
 * codes and shared names ("CIMB", "014") and is kept in the unknown form.
 */
export function canonicalBankAccount(raw: RawIndicator, ctx: CanonicalContext = {}): CanonicalResult {
  if (typeof raw?.value !== 'string') return fail('value must be a string');
  if (raw.value.length > MAX_VALUE_LENGTH) return fail(`value is longer than ${MAX_VALUE_LENGTH} characters`);
  const value = cleanValue(raw.value);
  if (value === '') return fail('value is empty');
  if (hasControlCharacter(value)) return fail('value contains control characters');
  const bankField =
    typeof raw.bank === 'string' && raw.bank.length <= MAX_VALUE_LENGTH ? cleanValue(raw.bank) : '';
  const country = normaliseCountry(ctx.country);

  const canonical = fromCanonical(value, bankField, country);
  if (canonical) return canonical;

  const first = value.search(/\d/);
  if (first < 0) return fail('value has no digits: a bank account number has 5 to 20 digits');
  let last = value.length - 1;
  while (!/\d/.test(value[last]!)) last--;
  const number = value.slice(first, last + 1);
  if (!SEPARATED_DIGITS.test(number))
    return fail(
      'the account number has letters or symbols between its digits (only spaces, dashes and dots may separate them)',
    );
  const digits = number.replace(/\D/g, '');
  const textInValue = normaliseNameText(
    `${value.slice(0, first)} ${value.slice(last + 1)}`
      .replace(EDGE_PUNCTUATION, '')
      .replace(LEADING_LABELS, ''),
  ).replace(EDGE_PUNCTUATION, '');
  const givenBank = normaliseNameText(bankField);

  if (textInValue !== '' && givenBank !== '') {
    // "BCA 1234567890" with bank "BCA" is fine; any other text next to the number is refused.
    const named = resolveName(textInValue, country);
    const same =
      textInValue === givenBank || (named !== undefined && named === resolveName(givenBank, country));
    if (!same)
      return fail(
        `value has text besides the account number ("${textInValue.slice(0, 40)}"): give the digits only`,
      );
  }
  return withBankText(givenBank !== '' ? givenBank : textInValue, country, digits);
}

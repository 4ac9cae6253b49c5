/**
 * Look-alikes of a held-back bank account: the same account number written with a bank Jala could not
 * resolve, or mistyped by one digit (dropped, added, changed, two swapped). Victims copy account numbers by
 * hand; a gateway's collection account held back as shared infrastructure must not keep gluing clusters
 * through its misspellings. Only numbers of 8 digits or more: shorter ones are too close to each other.
 */
const KNOWN = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}:(\d+)$/;
const UNKNOWN = /^unknown:([A-Z]{2}):[^:]*:(\d+)$/;

interface Account {
  bank: string | null;
  country: string;
  digits: string;
}

function parse(value: string): Account | undefined {
  const known = KNOWN.exec(value);
  if (known) return { bank: value.slice(0, value.indexOf(':')), country: known[1]!, digits: known[2]! };
  const unknown = UNKNOWN.exec(value);
  if (unknown) return { bank: null, country: unknown[1]!, digits: unknown[2]! };
  return undefined;
}

/** At most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `candidate` (a canonical bank_account value) is, in all likelihood, the held account `held`. */
export function accountLookalike(held: string, candidate: string): boolean {
  if (held === candidate) return false;
  const h = parse(held);
  const c = parse(candidate);
  if (!h || !c || h.country !== c.country || h.digits.length < 8) return false;
  if (h.bank !== null && c.bank !== null && h.bank !== c.bank) return false;
  if (h.bank === null && c.bank === null) return false;
  return c.bank === null
    ? h.digits === c.digits || withinOneEdit(h.digits, c.digits)
    : withinOneEdit(h.digits, c.digits);
}

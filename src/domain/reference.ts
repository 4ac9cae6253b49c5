/** Reference numbers people can read out on the phone: no 0/O, 1/I/L; about 40 bits of randomness. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `R-7KQ2-MX4P`: a prefix saying what it refers to (R a public report, A an appeal), then 8 characters. */
export function newReference(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let code = '';
  for (const b of bytes) code += ALPHABET[b % ALPHABET.length];
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { JalaError } from '../../domain/errors.js';

/**
 * Passwords are stored as scrypt hashes (RFC 7914, Node's native implementation) with a random salt and
 * the cost parameters written beside them, so that the cost can be raised later without breaking old
 * hashes: `scrypt$N$r$p$salt$hash`, base64url. N = 2^15, r = 8 (32 MiB, tens of milliseconds a try).
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

function derive(password: string, salt: Buffer, cost: typeof COST): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...cost, maxmem: 128 * cost.N * cost.r * 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** Refuses passwords too short to resist guessing, or long enough to be a denial of service. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new JalaError(
      'invalid_input',
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      [{ field, reason: `shorter than ${MIN_PASSWORD_LENGTH} characters` }],
    );
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new JalaError('invalid_input', `the password may have at most ${MAX_PASSWORD_LENGTH} characters`, [
      { field, reason: `longer than ${MAX_PASSWORD_LENGTH} characters` },
    ]);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || password.length > MAX_PASSWORD_LENGTH) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash no password matches, verified against when the account does not exist so timing does not tell. */
export const DECOY_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LENGTH).toString('base64url')}`;

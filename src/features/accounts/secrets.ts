import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a cookie or token: 256 random bits, URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What is stored in place of a secret: high-entropy secrets need no salt or stretching, only a hash. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

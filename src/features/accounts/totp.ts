import { Secret, TOTP } from 'otpauth';

/** Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app reads them. */
const ISSUER = 'Jala';
const PERIOD = 30;

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app takes (as a QR code or pasted). */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/**
 * The time step a code is valid for (one step of clock drift either way), or undefined. A code is
 * accepted once: the caller keeps the last accepted step and refuses any step at or before it.
 */
export function totpStep(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const t = totp(secret, ISSUER);
  const delta = t.validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = t.counter({ timestamp: now.getTime() }) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

/** The current code (for tests and the command line's self-check). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret, ISSUER).generate({ timestamp: now.getTime() });
}

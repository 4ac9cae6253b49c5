import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { RawIndicator } from '../../../src/domain/indicators/types.js';

/**
 * A rough identity for a raw indicator, written independently of the generator and of the canonicalisers:
 * enough to tell whether two reports name the same thing, whatever the spelling.
 */
export function looseKey(raw: RawIndicator, country: string): string {
  const value = raw.value.trim();
  const kind =
    raw.kind ??
    (raw.bank ? 'bank_account' : raw.provider ? 'ewallet' : raw.platform ? 'social' : guessKind(value));
  switch (kind) {
    case 'phone':
    case 'ewallet':
      return `${kind === 'ewallet' ? 'wallet' : 'phone'}:${phoneKey(value, country)}`;
    case 'bank_account':
      return `account:${value.replace(/\D/g, '')}`;
    case 'crypto':
      return `crypto:${value.toLowerCase()}`;
    case 'email':
      return `email:${value.toLowerCase().replace(/^mailto:/, '')}`;
    case 'url':
      return `url:${refang(value).replace(/^https?:\/\//, '')}`;
    case 'domain':
      return `domain:${refang(value)
        .replace(/^www\./, '')
        .replace(/\.$/, '')}`;
    case 'social':
      return `social:${handleOf(value)}`;
    case 'app': {
      const id = /[?&]id=([\w.]+)/.exec(value)?.[1] ?? /\/id(\d+)/.exec(value)?.[1] ?? value;
      return `app:${id.toLowerCase()}`;
    }
    default:
      return `other:${value.toLowerCase()}`;
  }
}

function guessKind(value: string): string {
  if (/^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{38,60})$/i.test(value))
    return 'crypto';
  if (
    /^(https?:\/\/)?(www\.)?(t\.me|telegram\.me|line\.me|facebook\.com|fb\.com|instagram\.com|tiktok\.com)\//i.test(
      value,
    )
  )
    return 'social';
  if (/^(https?:\/\/)?(play\.google\.com|apps\.apple\.com)\/|^com\.[a-z]+\.[a-z0-9]+$/.test(value))
    return 'app';
  if (/^h[tx]{2}ps?:\/\//i.test(value)) return 'url';
  if (/^(mailto:)?[^@\s]+@[^@\s]+\.[a-z]+$/i.test(value)) return 'email';
  if (/^(\+|tel:\+?|(https:\/\/)?wa\.me\/\d)?[\d\s()-]{7,}$/.test(value)) return 'phone';
  return /[.[]/.test(value) ? 'domain' : 'unknown';
}

const refang = (value: string): string => value.toLowerCase().replace(/^hxxp/, 'http').replaceAll('[.]', '.');

function handleOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/^(t\.me|telegram\.me|facebook\.com|fb\.com|instagram\.com|line\.me\/ti\/p)\//, '')
    .replace(/^tiktok\.com\//, '')
    .replace(/^[@~]/, '')
    .replace(/\/$/, '');
}

export function phoneKey(value: string, country: string): string {
  let text = value.replace(/^(https:\/\/)?wa\.me\//, '+').replace(/^tel:/, '');
  text = text.replace(/[^\d+]/g, '');
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  return parsed?.isValid() ? parsed.number : `invalid:${text}`;
}

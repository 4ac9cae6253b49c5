import type { AseanCountry } from '../../domain/countries.js';

/** Reports span January 2025 to October 2026. */
export const DEMO_START = Date.UTC(2025, 0, 1);
export const DEMO_END = Date.UTC(2026, 10, 1);

/** Time zones where reports are filed, for timestamps written with a local offset. */
export const UTC_OFFSET: Record<AseanCountry, string> = {
  ID: '+07:00',
  TH: '+07:00',
  VN: '+07:00',
  KH: '+07:00',
  LA: '+07:00',
  MY: '+08:00',
  SG: '+08:00',
  PH: '+08:00',
  BN: '+08:00',
  MM: '+06:30',
  TL: '+09:00',
};

export function offsetMs(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
}

const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let cachedDay = Number.NaN;
let cachedDate = '';

/**
 * `YYYY-MM-DDTHH:MM:SS` of a UTC instant. `Date#toISOString` was the most expensive call per report;
 * reports come in time order, so the date part is computed once a day (days from civil, H. Hinnant,
 * https://howardhinnant.github.io/date_algorithms.html#civil_from_days).
 */
export function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    cachedDate = `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}T`;
    cachedDay = day;
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  return `${cachedDate}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
}

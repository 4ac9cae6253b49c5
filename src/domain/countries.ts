/** The 11 ASEAN member states (ISO 3166-1 alpha-2), including Timor-Leste (member since 2025). */
export const ASEAN_COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'] as const;
export type AseanCountry = (typeof ASEAN_COUNTRIES)[number];

const ISO_ALPHA2 = /^[A-Z]{2}$/;

/** Upper-cases and checks an ISO 3166-1 alpha-2 code (any country may report; ASEAN is the focus). */
export function parseCountry(value: string): string | undefined {
  const v = value.trim().toUpperCase();
  return ISO_ALPHA2.test(v) && new Intl.DisplayNames(['en'], { type: 'region' }).of(v) !== v ? v : undefined;
}

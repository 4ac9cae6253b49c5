/** The 11 ASEAN member states (ISO 3166-1 alpha-2), including Timor-Leste (member since 2025). */
export const ASEAN_COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'] as const;
export type AseanCountry = (typeof ASEAN_COUNTRIES)[number];

const ISO_ALPHA2 = /^[A-Z]{2}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const known = new Map<string, boolean>();

/** Upper-cases and checks an ISO 3166-1 alpha-2 code (any country may report; ASEAN is the focus). */
export function parseCountry(value: string): string | undefined {
  const v = value.trim().toUpperCase();
  if (!ISO_ALPHA2.test(v)) return undefined;
  let ok = known.get(v);
  if (ok === undefined) {
    // ICU names every assigned region; an unassigned code comes back as itself.
    const name = regionNames.of(v);
    ok = name !== v && name !== 'Unknown Region';
    known.set(v, ok);
  }
  return ok ? v : undefined;
}

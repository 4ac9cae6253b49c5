/** Traffic Light Protocol 2.0 (FIRST, https://www.first.org/tlp/): the handling rule on every record. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];
export const DEFAULT_TLP: Tlp = 'amber';

export function isTlp(value: unknown): value is Tlp {
  return typeof value === 'string' && (TLP_LEVELS as readonly string[]).includes(value);
}

/** Accepts `TLP:AMBER+STRICT`, `amber+strict`, `Amber`, and TLP 1.0's `white` (renamed `clear` in 2.0). */
export function parseTlp(value: string): Tlp | undefined {
  const v = value.trim().toLowerCase().replace(/^tlp:/, '');
  if (v === 'white') return 'clear';
  return isTlp(v) ? v : undefined;
}

/** The most restrictive of several markings: a record built from others is shared no wider than any of them. */
export function strictestTlp(levels: readonly Tlp[]): Tlp {
  let strictest: Tlp = 'clear';
  for (const level of levels)
    if (TLP_LEVELS.indexOf(level) > TLP_LEVELS.indexOf(strictest)) strictest = level;
  return strictest;
}

import type { CanonicalContext, IndicatorKind, RawIndicator } from './types.js';

/** Guesses the kind of a value written without one. Placeholder until implemented. */
export function detectKind(_raw: RawIndicator, _ctx: CanonicalContext = {}): IndicatorKind | undefined {
  return undefined;
}

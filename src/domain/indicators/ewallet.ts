import { type CanonicalContext, type CanonicalResult, fail, type RawIndicator } from './types.js';

// Placeholder until this kind is implemented.
export function canonicalEwallet(_raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return fail('not implemented yet');
}

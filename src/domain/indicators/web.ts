import { type CanonicalContext, type CanonicalResult, fail, type RawIndicator } from './types.js';

// Placeholder until this kind is implemented.
export function canonicalUrl(_raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return fail('not implemented yet');
}

export function canonicalDomain(_raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return fail('not implemented yet');
}

import { v5 as uuidV5 } from 'uuid';

/** The namespace STIX 2.1 (§2.9) prescribes for deterministic identifiers of cyber observables. */
export const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Jala's own namespace for the deterministic ids of the domain objects it derives (locations, identities). */
const JALA_STIX_NAMESPACE = '3b1f6f2e-7c52-5a0e-8d0a-6a8f0c4b9e21';

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values id-contributing properties hold: strings and
 * objects of strings, keys sorted, no whitespace. (Numbers would need JCS's number form; no Jala
 * observable has a numeric id-contributing property.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The deterministic id of an SCO: UUIDv5 in the STIX namespace over the JCS form of its id-contributing
 * properties, so that every node (and every STIX tool) names the same phone number the same way.
 */
export function scoId(type: string, contributing: Record<string, string | undefined>): string {
  return `${type}--${uuidV5(canonicalJson(contributing), STIX_NAMESPACE)}`;
}

/** A deterministic id for a domain object Jala derives from a natural key (a country, an organisation). */
export function derivedId(type: string, key: string): string {
  return `${type}--${uuidV5(`${type}|${key}`, JALA_STIX_NAMESPACE)}`;
}

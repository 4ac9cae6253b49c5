import { v5 as uuidv5 } from 'uuid';

/**
 * Deterministic record ids (RFC 9562 UUIDv5). The same thing always gets the same id, on every node and on
 * every re-run of an import: that makes imports idempotent without look-ups, and lets nodes that never spoke
 * agree on an indicator's id (the way STIX 2.1 §2.9 derives ids of cyber observables).
 */
const JALA_NAMESPACE = '6c4f8f5e-2a0b-5d1e-9b8a-1f0d3c2e4a57';

export const indicatorId = (kind: string, value: string): string => uuidv5(`indicator|${kind}|${value}`, JALA_NAMESPACE);
export const reportId = (originOrgId: string, sourceRef: string): string =>
  uuidv5(`report|${originOrgId}|${sourceRef}`, JALA_NAMESPACE);
export const sightingId = (reportIdValue: string, indicatorIdValue: string): string =>
  uuidv5(`sighting|${reportIdValue}|${indicatorIdValue}`, JALA_NAMESPACE);
export const reporterId = (reportIdValue: string): string => uuidv5(`reporter|${reportIdValue}`, JALA_NAMESPACE);
export const organisationId = (name: string): string =>
  uuidv5(`organisation|${name.trim().toLowerCase()}`, JALA_NAMESPACE);

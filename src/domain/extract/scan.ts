import type {
  CanonicalContext,
  CanonicalIndicator,
  CanonicalResult,
  RawIndicator,
} from '../indicators/index.js';

/** What every step of the extraction shares: the report's country and the canonicaliser to use. */
export interface ScanContext extends CanonicalContext {
  /** canonicalize() of the indicators module with the report's country, or a caller's cached equivalent. */
  canonicalize(raw: RawIndicator): CanonicalResult;
}

/** A value found in the text: what it canonicalised to and where it was written. */
export interface Found {
  indicator: CanonicalIndicator;
  start: number;
  end: number;
}

/** Whether a span overlaps a value already found. */
export type Taken = (start: number, end: number) => boolean;

/** A number written in the text, as one candidate value. */
export interface Candidate {
  start: number;
  end: number;
  raw: string;
  digits: string;
}

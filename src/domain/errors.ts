/** What went wrong, as a code the edges map to their own terms (HTTP statuses, exit codes). */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable';

export interface FieldProblem {
  /** Where: a JSON pointer-like path (`/indicators/2/value`) or a CSV column. */
  field: string;
  /** Why, in words a person can act on. */
  reason: string;
}

export class JalaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'JalaError';
  }
}

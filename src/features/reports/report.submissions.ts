import { type PreparedReport, prepareReport } from './report.prepare.js';
import type { RecordResult } from './report.service.js';
import { validateRecord } from './report.validate.js';

/**
 * A batch of submitted records made ready for storage: the rejected ones already have their results, the
 * others are prepared. Plain data and pure work, so it can be done on a worker thread while the previous
 * batch is being written.
 */
export interface PreparedBatch {
  /** Results so far, one per input; the prepared ones are filled in when stored. */
  results: RecordResult[];
  prepared: PreparedReport[];
  /** For each prepared report, the index of its input. */
  preparedIndex: number[];
  /** The submission time (ms since epoch): created/modified of what gets stored. */
  now: number;
}

export function prepareSubmissions(
  inputs: readonly unknown[],
  originOrgId: string,
  now: number,
): PreparedBatch {
  const results: RecordResult[] = new Array(inputs.length);
  const prepared: PreparedReport[] = [];
  const preparedIndex: number[] = [];
  inputs.forEach((input, index) => {
    const checked = validateRecord(input, now);
    if (!checked.ok) {
      const id = (input as { id?: unknown } | null)?.id;
      results[index] = {
        index,
        ...(typeof id === 'string' ? { id } : {}),
        status: 'rejected',
        problems: checked.problems,
      };
      return;
    }
    prepared.push(prepareReport(checked.record, originOrgId));
    preparedIndex.push(index);
  });
  return { results, prepared, preparedIndex, now };
}

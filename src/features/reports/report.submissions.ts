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
  /** Inputs given as JSON text that was not JSON (rejected too): they were never readable records. */
  unreadable: number;
}

/**
 * With `json`, every input is the JSON text of a record (an import file's line), parsed here: on the
 * thread that prepares it, so that the writing thread never holds parsed records.
 */
export function prepareSubmissions(
  inputs: readonly unknown[],
  originOrgId: string,
  now: number,
  options: { json?: boolean } = {},
): PreparedBatch {
  const results: RecordResult[] = new Array(inputs.length);
  const prepared: PreparedReport[] = [];
  const preparedIndex: number[] = [];
  let unreadable = 0;
  inputs.forEach((item, index) => {
    let input = item;
    if (options.json) {
      try {
        input = JSON.parse(item as string);
      } catch (error) {
        unreadable += 1;
        results[index] = {
          index,
          status: 'rejected',
          problems: [
            {
              field: '/',
              reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
            },
          ],
        };
        return;
      }
    }
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
  return { results, prepared, preparedIndex, now, unreadable };
}

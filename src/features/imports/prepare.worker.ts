// A preparation thread of the importer: validates and canonicalises batches while the main thread writes.
import { parentPort } from 'node:worker_threads';
import { prepareSubmissions } from '../reports/report.submissions.js';

parentPort!.on('message', (message: { id: number; inputs: unknown[]; originOrgId: string; now: number }) => {
  try {
    parentPort!.postMessage({
      id: message.id,
      batch: prepareSubmissions(message.inputs, message.originOrgId, message.now),
    });
  } catch (error) {
    parentPort!.postMessage({
      id: message.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});

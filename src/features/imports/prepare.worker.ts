// A preparation thread of the importer: validates and canonicalises batches while the main thread writes.
import { parentPort } from 'node:worker_threads';
import { prepareSubmissions } from '../reports/report.submissions.js';

type Message = { id: number; inputs: unknown[]; originOrgId: string; now: number; json: boolean };

parentPort!.on('message', (message: Message) => {
  try {
    parentPort!.postMessage({
      id: message.id,
      batch: prepareSubmissions(message.inputs, message.originOrgId, message.now, { json: message.json }),
    });
  } catch (error) {
    parentPort!.postMessage({
      id: message.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});

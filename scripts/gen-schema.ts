// Writes docs/report-record.schema.json from the schema the importer and the API validate with.
import { writeFileSync } from 'node:fs';
import { reportRecordJsonSchema } from '../src/features/reports/report.json-schema.js';

writeFileSync(
  new URL('../docs/report-record.schema.json', import.meta.url),
  `${JSON.stringify(reportRecordJsonSchema(), null, 2)}\n`,
);

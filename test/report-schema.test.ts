import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportRecordJsonSchema } from '../src/features/reports/report.json-schema.js';

describe('docs/report-record.schema.json', () => {
  it('is the schema the importer validates with (regenerate with `npm run schema`)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../docs/report-record.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(reportRecordJsonSchema());
  });
});

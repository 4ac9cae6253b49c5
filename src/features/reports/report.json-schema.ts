import { ReportRecordSchema } from './report.schema.js';

/** The import record as a standalone JSON Schema (draft 2020-12) document, for people and other tools. */
export function reportRecordJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      'One report for a Jala node: one line of a JSON Lines import file, or one item of POST /api/v1/reports.',
    ...JSON.parse(JSON.stringify(ReportRecordSchema)),
  };
}

import { type Static, Type } from '@sinclair/typebox';
import { INDICATOR_KINDS } from '../../domain/indicators/types.js';
import { REPORT_SOURCES, SCAM_TYPES } from '../../domain/report.js';
import { TLP_LEVELS } from '../../domain/tlp.js';

const literalUnion = <T extends readonly string[]>(values: T, description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

/**
 * One indicator as the source wrote it. Deliberately loose: a bad indicator is rejected on its own
 * (with its reason) while the report around it is kept, so its checks happen after schema validation.
 */
export const RawIndicatorSchema = Type.Object(
  {
    kind: Type.Optional(
      Type.String({
        description: `One of ${INDICATOR_KINDS.join(', ')}; detected from the value when absent.`,
      }),
    ),
    value: Type.String({ description: 'The value as written: any local format.' }),
    bank: Type.Optional(
      Type.String({ description: 'bank_account: bank name, alias, national bank code or BIC.' }),
    ),
    provider: Type.Optional(Type.String({ description: 'ewallet: provider name (GCash, DANA, MoMo…).' })),
    platform: Type.Optional(
      Type.String({ description: 'social: platform name (Telegram, LINE, Facebook…).' }),
    ),
    chain: Type.Optional(Type.String({ description: 'crypto: chain or token network (BTC, ETH, TRC20…).' })),
  },
  { additionalProperties: false },
);

/** The import record: one line of a JSON Lines file, one item of `POST /api/v1/reports`. */
export const ReportRecordSchema = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The source's own id of the report; unique per source organisation.",
    }),
    reported_at: Type.String({
      description: 'When it was reported: ISO 8601 date-time with offset, or a date.',
    }),
    country: Type.String({ description: 'ISO 3166-1 alpha-2 of where the victim reported.' }),
    source: literalUnion(REPORT_SOURCES, 'Who reported it.'),
    scam_type: literalUnion(SCAM_TYPES, 'What kind of scam.'),
    loss: Type.Optional(
      Type.Object(
        {
          amount: Type.Number({ minimum: 0, description: 'Amount lost, in major units of the currency.' }),
          currency: Type.String({ description: 'ISO 4217 code.' }),
        },
        { additionalProperties: false },
      ),
    ),
    narrative: Type.Optional(
      Type.String({
        maxLength: 50_000,
        description:
          'What happened, in the reporter’s words. Untrusted; indicators are also extracted from it.',
      }),
    ),
    reporter: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ maxLength: 500 })),
          contact: Type.Optional(Type.String({ maxLength: 500 })),
        },
        {
          additionalProperties: false,
          description:
            'Personal data: kept apart from the report, never shared with other nodes or the public.',
        },
      ),
    ),
    indicators: Type.Optional(Type.Array(RawIndicatorSchema, { maxItems: 500 })),
    tlp: Type.Optional(literalUnion(TLP_LEVELS, 'TLP 2.0 marking; default amber.')),
  },
  {
    title: 'Jala report record',
    additionalProperties: false,
  },
);

export type ReportRecordInput = Static<typeof ReportRecordSchema>;

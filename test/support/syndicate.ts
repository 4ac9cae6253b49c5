/** What every report of the federation tests shares. */
export const REPORT_BASE = { reported_at: '2026-05-01T10:00:00Z', source: 'police', scam_type: 'investment' };

/**
 * The syndicate the federation tests split across three nodes: a number and an account in Indonesia, the account
 * (written differently) and a wallet in Thailand, the wallet and another number in Malaysia; plus an Indonesian
 * TLP:RED report that must never leave its node. One cluster on every node allowed to see all three parts.
 */
export const SYNDICATE: Record<'ID' | 'TH' | 'MY', Record<string, unknown>[]> = {
  ID: [
    {
      ...REPORT_BASE,
      id: 'ID-1',
      country: 'ID',
      tlp: 'clear',
      indicators: [{ value: '0812-4444-1111' }, { kind: 'bank_account', bank: 'BCA', value: '4440001111' }],
    },
    {
      ...REPORT_BASE,
      id: 'ID-red',
      country: 'ID',
      tlp: 'red',
      indicators: [{ value: '0812-4444-1111' }, { value: '0813-0000-9999' }],
    },
  ],
  TH: [
    {
      ...REPORT_BASE,
      id: 'TH-1',
      country: 'TH',
      tlp: 'green',
      indicators: [
        { kind: 'bank_account', bank: 'BCA', value: '444-000-1111' },
        { value: 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW' },
      ],
    },
  ],
  MY: [
    {
      ...REPORT_BASE,
      id: 'MY-1',
      country: 'MY',
      tlp: 'amber',
      indicators: [{ value: 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW' }, { value: '+60 12-555 1111' }],
    },
  ],
};

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { operatorActor } from '../src/domain/access/roles.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

/** The node's own view of a look-up (what its organisations may see of everyone's). */
const NODE_VIEW = { public: false, orgId: undefined } as const;

const base = {
  reported_at: '2026-03-02T10:00:00Z',
  country: 'ID',
  source: 'victim',
  scam_type: 'investment',
};

describe.each(DIALECTS)('storage contract on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('migrates once and then has nothing to apply', async () => {
    expect(await migrateToLatest(t.app.database)).toEqual([]);
  });

  it('stores a report with canonical indicators, and a second import of it changes nothing', async () => {
    const org = t.app.nodeOrganisation.id;
    const record = {
      ...base,
      id: 'ID-2026-000123',
      loss: { amount: 15_000_000, currency: 'IDR' },
      narrative: 'Saya transfer ke rekening BCA 1234567890 a.n. Budi',
      reporter: { name: 'Siti', contact: 'siti@example.org' },
      indicators: [
        { kind: 'phone', value: '0812-3456-7890' },
        { kind: 'bank_account', bank: 'BCA', value: '123 456 7890' },
      ],
    };
    const [first] = await t.app.reports.submit([record], org);
    expect(first).toMatchObject({ status: 'imported', id: 'ID-2026-000123' });
    const view = await t.app.reports.get(first!.report_id!, operatorActor(t.app.nodeOrganisation.id, 'test'));
    expect(view.indicators.map((i) => `${i.kind} ${i.value}`)).toEqual(
      expect.arrayContaining(['phone +6281234567890', 'bank_account CENAIDJA:1234567890']),
    );
    expect(view.loss).toEqual({ amount: 15_000_000, currency: 'IDR' });
    expect(view.reported_at).toBe('2026-03-02T10:00:00.000Z');
    expect(JSON.stringify(view)).not.toContain('Siti');

    const [again] = await t.app.reports.submit([record], org);
    expect(again!.status).toBe('unchanged');
    expect(await t.app.reports.count()).toBe(1);
  });

  it('updates a changed report and replaces its sightings', async () => {
    const org = t.app.nodeOrganisation.id;
    await t.app.reports.submit(
      [{ ...base, id: 'R1', indicators: [{ kind: 'phone', value: '0812-3456-7890' }] }],
      org,
    );
    const [updated] = await t.app.reports.submit(
      [{ ...base, id: 'R1', indicators: [{ kind: 'phone', value: '0813-1111-2222' }] }],
      org,
    );
    expect(updated!.status).toBe('updated');
    const view = await t.app.reports.get(
      updated!.report_id!,
      operatorActor(t.app.nodeOrganisation.id, 'test'),
    );
    expect(view.indicators.map((i) => i.value)).toEqual(['+6281311112222']);
    const old = await t.app.indicators.check({ value: '+6281234567890' }, NODE_VIEW);
    expect(old.reports).toBe(0);
  });

  it('meets two spellings of one number in one indicator and totals its reports', async () => {
    const id = t.app.nodeOrganisation.id;
    const my = await t.app.organisations.ensure({ name: 'MY NSRC', country: 'MY', sector: 'police' });
    await t.app.reports.submit(
      [
        {
          ...base,
          id: 'A',
          loss: { amount: 100, currency: 'IDR' },
          indicators: [{ value: '0812-3456-7890' }],
        },
        {
          ...base,
          id: 'B',
          scam_type: 'job',
          reported_at: '2026-04-01',
          loss: { amount: 50, currency: 'IDR' },
          indicators: [{ value: '+62 812 3456 7890' }],
        },
      ],
      id,
    );
    await t.app.reports.submit(
      [
        {
          ...base,
          id: 'A',
          country: 'MY',
          reported_at: '2026-05-05T00:00:00+08:00',
          loss: { amount: 7, currency: 'MYR' },
          indicators: [{ value: '0062 812-3456-7890' }],
        },
      ],
      my.id,
    );
    const answer = await t.app.indicators.check({ value: '(0812) 34567890', country: 'ID' }, NODE_VIEW);
    expect(answer).toMatchObject({
      kind: 'phone',
      value: '+6281234567890',
      reported: true,
      reports: 3,
      countries: ['ID', 'MY'],
      first_seen: '2026-03-02T10:00:00.000Z',
      last_seen: '2026-05-04T16:00:00.000Z',
    });
    expect(answer.losses).toEqual([
      { currency: 'IDR', amount: 150, reports: 2 },
      { currency: 'MYR', amount: 7, reports: 1 },
    ]);
    expect(answer.scam_types).toEqual([
      { scam_type: 'investment', reports: 2 },
      { scam_type: 'job', reports: 1 },
    ]);
    expect(await t.app.indicators.count()).toBe(1);
  });

  it('keeps accounts of different banks apart, and an unknown bank apart from both', async () => {
    const org = t.app.nodeOrganisation.id;
    await t.app.reports.submit(
      [
        { ...base, id: 'X1', indicators: [{ kind: 'bank_account', bank: 'BCA', value: '1234567890' }] },
        { ...base, id: 'X2', indicators: [{ kind: 'bank_account', bank: 'BNI', value: '1234567890' }] },
        {
          ...base,
          id: 'X3',
          indicators: [{ kind: 'bank_account', bank: 'Bank Antah Berantah', value: '1234567890' }],
        },
      ],
      org,
    );
    expect(await t.app.indicators.count()).toBe(3);
  });

  it('rejects a bad record with where and why, and keeps a good report whose one indicator is bad', async () => {
    const org = t.app.nodeOrganisation.id;
    const results = await t.app.reports.submit(
      [
        { ...base, id: 'bad', country: 'XX', source: 'nobody' },
        { ...base, reported_at: 'yesterday' },
        {
          ...base,
          id: 'good',
          indicators: [
            { kind: 'crypto', value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u' },
            { value: '0812-3456-7890' },
          ],
        },
      ],
      org,
    );
    expect(results[0]).toMatchObject({ status: 'rejected', id: 'bad' });
    expect(results[0]!.problems!.map((p) => p.field).sort()).toEqual(['/country', '/source']);
    expect(results[1]!.problems).toEqual(expect.arrayContaining([{ field: '/id', reason: 'is required' }]));
    expect(results[2]).toMatchObject({ status: 'imported', indicators: 1 });
    expect(results[2]!.indicator_rejects).toEqual([
      expect.objectContaining({ field: '/indicators/0/value', value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u' }),
    ]);
    expect(await t.app.reports.count()).toBe(1);
  });

  it('keeps one report per source id per organisation', async () => {
    const other = await t.app.organisations.ensure({ name: 'TH AOC', country: 'TH', sector: 'police' });
    await t.app.reports.submit([{ ...base, id: 'same' }], t.app.nodeOrganisation.id);
    await t.app.reports.submit([{ ...base, id: 'same' }], other.id);
    expect(await t.app.reports.count()).toBe(2);
  });

  it('answers a look-up from the latest reports right after a write', async () => {
    const org = t.app.nodeOrganisation.id;
    await t.app.reports.submit([{ ...base, id: 'L1', indicators: [{ value: '0812-3456-7890' }] }], org);
    expect(
      (await t.app.indicators.check({ value: '0812-3456-7890', country: 'ID' }, NODE_VIEW)).reports,
    ).toBe(1);
    await t.app.reports.submit([{ ...base, id: 'L2', indicators: [{ value: '0812-3456-7890' }] }], org);
    expect(
      (await t.app.indicators.check({ value: '0812-3456-7890', country: 'ID' }, NODE_VIEW)).reports,
    ).toBe(2);
  });

  it('offers the most reported value of each kind as an example, counted as the public look-up counts', async () => {
    const org = t.app.nodeOrganisation.id;
    await t.app.reports.submit(
      [
        {
          ...base,
          id: 'E1',
          tlp: 'clear',
          indicators: [{ value: '0812-3456-7890' }, { value: '0813-1111-2222' }],
        },
        { ...base, id: 'E2', tlp: 'clear', indicators: [{ value: '0812-3456-7890' }] },
        { ...base, id: 'E5', tlp: 'amber', indicators: [{ value: '0813-1111-2222' }] },
        { ...base, id: 'E6', tlp: 'amber', indicators: [{ value: '0813-1111-2222' }] },
        {
          ...base,
          id: 'E3',
          tlp: 'red',
          indicators: [{ value: '0813-1111-2222' }, { value: '0813-1111-2222' }],
        },
        { ...base, id: 'E4', tlp: 'red', indicators: [{ value: '0813-1111-2222' }] },
      ],
      org,
    );
    const examples = await t.app.indicators.examples();
    expect(examples).toEqual([{ kind: 'phone', value: '+6281234567890', reports: 2 }]);
  });

  it('answers each audience from what TLP lets it see: the public from TLP:CLEAR reports only', async () => {
    const org = t.app.nodeOrganisation.id;
    const other = (
      await t.app.organisations.register(
        { name: 'Bank Look-up Test', country: 'ID', sector: 'bank' },
        operatorActor(org, 'test'),
      )
    ).id;
    const value = { value: '0819-4444-3333', country: 'ID' };
    await t.app.reports.submit(
      [
        { ...base, id: 'L-red', tlp: 'red', indicators: [{ value: value.value }] },
        { ...base, id: 'L-amber', tlp: 'amber', indicators: [{ value: value.value }] },
        { ...base, id: 'L-green', tlp: 'green', indicators: [{ value: value.value }] },
        { ...base, id: 'L-clear', tlp: 'clear', indicators: [{ value: value.value }] },
      ],
      org,
    );
    expect((await t.app.indicators.check(value, { public: true })).reports).toBe(1);
    expect((await t.app.indicators.check(value, { public: false, orgId: other })).reports).toBe(3);
    expect((await t.app.indicators.check(value, { public: false, orgId: org })).reports).toBe(4);
    expect((await t.app.indicators.check(value, NODE_VIEW)).reports).toBe(3);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { observableOf } from '../src/domain/stix/mapping.js';
import { TLP_MARKING_IDS } from '../src/domain/stix/markings.js';
import { StixService } from '../src/features/federation/stix.service.js';

import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

type Stix = Record<string, unknown> & { type: string; id: string };

const NODE_VIEW = { public: false, orgId: undefined } as const;

describe.each(DIALECTS)('STIX and MISP import on %s', (dialect) => {
  let a: TestApp;
  let b: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'jala-stix-'));

  beforeAll(async () => {
    a = await openTestApp(dialect, { JALA_NODE_COUNTRY: 'TH', JALA_NODE_ORG: 'TH AOC' });
    b = await openTestApp('sqlite', { JALA_NODE_COUNTRY: 'ID', JALA_NODE_ORG: 'ID IASC' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function exportOf(t: TestApp): Promise<string> {
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    const objects = [];
    for await (const o of t.app.stix.export({ tlps: StixService.exportLevels(undefined) }, op))
      objects.push(o);
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(
      file,
      JSON.stringify({ type: 'bundle', id: 'bundle--9d7f5c3a-1b2e-4c4d-8e6f-7a8b9c0d1e2f', objects }),
    );
    return file;
  }

  it('carries reports from one node to another: same organisations, same values, same clusters; twice changes nothing', async () => {
    const base = { reported_at: '2026-04-01T09:00:00Z', country: 'TH', source: 'victim', scam_type: 'job' };
    await a.app.reports.submit(
      [
        {
          ...base,
          id: 'TH-1',
          loss: { amount: 20000, currency: 'THB' },
          indicators: [
            { value: '081-234-5678' },
            { kind: 'bank_account', bank: 'KBANK', value: '123-4-56789-0' },
          ],
        },
        {
          ...base,
          id: 'TH-2',
          indicators: [
            { kind: 'bank_account', bank: 'Kasikorn', value: '1234567890' },
            { value: 't.me/jobsth_admin' },
          ],
        },
        { ...base, id: 'TH-3', tlp: 'red', indicators: [{ value: '081-999-0000' }] },
      ],
      a.app.nodeOrganisation.id,
    );
    const file = await exportOf(a);
    const op = operatorActor(b.app.nodeOrganisation.id, 'test');
    const first = await b.app.stixImport.importFile(file, { orgId: b.app.nodeOrganisation.id, actor: op });
    expect(first).toMatchObject({ format: 'stix', reports: 2, imported: 2, rejected: 0, rejectsFile: null });
    const again = await b.app.stixImport.importFile(file, { orgId: b.app.nodeOrganisation.id, actor: op });
    expect(again).toMatchObject({ reports: 2, imported: 0, unchanged: 2 });
    // The reports keep the Thai organisation as their origin, with their facts and values.
    const orgs = await b.app.organisations.list();
    expect(orgs.map((o) => `${o.name} ${o.country} ${o.sector}`)).toContain('TH AOC TH police');
    const answer = await b.app.indicators.check({ value: '+66812345678' }, NODE_VIEW);
    expect(answer).toMatchObject({
      reports: 1,
      countries: ['TH'],
      losses: [{ currency: 'THB', amount: 20000 }],
    });
    // The account links both reports into one cluster on the receiving node as on the sending one.
    const cluster = await b.app.clusters.ofIndicator({ value: 't.me/jobsth_admin' });
    expect(cluster.cluster?.reports).toBe(2);
    // The RED report stayed home.
    expect((await b.app.indicators.check({ value: '+66819990000' }, NODE_VIEW)).reports).toBe(0);
  });

  it('takes from a pulled peer only what it may speak for: never this node’s own organisation, never nameless', async () => {
    const objects = JSON.parse(readFileSync(await exportOf(a), 'utf8')).objects as Stix[];
    const report = objects.find((o) => o.type === 'report' && o.created_by_ref)!;
    const creator = objects.find((o) => o.id === report.created_by_ref)!;
    const refs = new Set(report.object_refs as string[]);
    const context = objects.filter((o) => refs.has(o.id as string));
    // Node a's report, re-labelled by a peer as made by the receiving node's own organisation.
    const impostor = { ...creator, id: 'identity--5f0c3f4e-7a2b-4c1d-9e8f-0a1b2c3d4e5f', name: 'ID IASC' };
    const forged = {
      ...report,
      id: 'report--6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      created_by_ref: impostor.id,
    };
    const nameless = { ...report, id: 'report--7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e' };
    delete (nameless as Record<string, unknown>).created_by_ref;
    const summary = await b.app.stixImport.importObjects(
      [...context, creator, impostor, report, forged, nameless],
      {
        orgId: b.app.nodeOrganisation.id,
        actor: operatorActor(b.app.nodeOrganisation.id, 'test'),
        federated: 'pulled',
        label: 'peer',
      },
    );
    // The report under its own creator is taken; the one claiming this node's organisation and the
    // nameless one are refused.
    expect(summary).toMatchObject({ reports: 3, rejected: 2 });
    const own = await b.app.reports.list(
      operatorActor(b.app.nodeOrganisation.id, 'test'),
      { originOrgId: b.app.nodeOrganisation.id },
      { limit: 10, offset: 0 },
    );
    expect(own.reports).toHaveLength(0);
  });

  it('reads OpenCTI’s observables and indicator patterns, each unreferenced value a report of its own', async () => {
    const opencti = {
      type: 'bundle',
      id: 'bundle--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      objects: [
        {
          type: 'identity',
          spec_version: '2.1',
          id: 'identity--11111111-1111-4111-8111-111111111111',
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          name: 'Bank Pintar CERT',
          identity_class: 'organization',
          sectors: ['financial-services'],
        },
        {
          type: 'phone-number',
          id: 'phone-number--22222222-2222-4222-8222-222222222222',
          value: '+62 811-2222-3333',
        },
        {
          type: 'bank-account',
          id: 'bank-account--33333333-3333-4333-8333-333333333333',
          bic: 'BMRIIDJA',
          account_number: '1230004445556',
        },
        {
          type: 'cryptocurrency-wallet',
          id: 'cryptocurrency-wallet--44444444-4444-4444-8444-444444444444',
          value: 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW',
        },
        {
          type: 'report',
          spec_version: '2.1',
          id: 'report--55555555-5555-4555-8555-555555555555',
          created: '2026-02-01T00:00:00.000Z',
          modified: '2026-02-01T00:00:00.000Z',
          name: 'Mule ring',
          published: '2026-02-01T00:00:00.000Z',
          created_by_ref: 'identity--11111111-1111-4111-8111-111111111111',
          object_marking_refs: [TLP_MARKING_IDS.green],
          object_refs: [
            'phone-number--22222222-2222-4222-8222-222222222222',
            'bank-account--33333333-3333-4333-8333-333333333333',
            'cryptocurrency-wallet--44444444-4444-4444-8444-444444444444',
          ],
        },
        {
          type: 'indicator',
          spec_version: '2.1',
          id: 'indicator--66666666-6666-4666-8666-666666666666',
          created: '2026-02-02T00:00:00.000Z',
          modified: '2026-02-02T00:00:00.000Z',
          pattern: "[url:value = 'http://login-bank-pintar.top/verify']",
          pattern_type: 'stix',
          valid_from: '2026-02-02T00:00:00.000Z',
        },
        {
          type: 'domain-name',
          id: 'domain-name--77777777-7777-4777-8777-777777777777',
          value: 'not a domain at all',
        },
      ],
    };
    const file = join(dir, 'opencti.json');
    writeFileSync(file, JSON.stringify(opencti));
    const op = operatorActor(b.app.nodeOrganisation.id, 'test');
    const summary = await b.app.stixImport.importFile(file, { orgId: b.app.nodeOrganisation.id, actor: op });
    // A value that cannot be read is rejected on its own, with the object that carried it.
    expect(summary).toMatchObject({ reports: 3, imported: 3, rejected: 0, indicators_rejected: 1 });
    const rejects = readFileSync(summary.rejectsFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejects[0]).toMatchObject({
      object: 'domain-name--77777777-7777-4777-8777-777777777777',
      indicator: 'not a domain at all',
    });
    const account = await b.app.indicators.check(
      { value: '1230004445556', kind: 'bank_account', qualifier: { bank: 'Mandiri' } },
      NODE_VIEW,
    );
    expect(account.reports).toBe(1);
    const cluster = await b.app.clusters.ofIndicator({ value: '0811-2222-3333', country: 'ID' });
    expect(cluster.cluster?.indicators.crypto?.values.map((v) => v.value)).toEqual([
      'tron:TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW',
    ]);
    expect(
      (await b.app.indicators.check({ value: 'http://login-bank-pintar.top/verify' }, NODE_VIEW)).reports,
    ).toBe(1);
    expect((await b.app.organisations.list()).map((o) => `${o.name} ${o.sector}`)).toContain(
      'Bank Pintar CERT bank',
    );
  });

  it('reads a MISP event: its attributes, a bank account object with its BIC, its TLP tag', async () => {
    const event = {
      Event: {
        uuid: '5f8c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
        info: 'Investment scam infrastructure',
        date: '2026-03-05',
        Orgc: { name: 'MY NSRC' },
        Tag: [{ name: 'tlp:green' }],
        Attribute: [
          { type: 'phone-number', value: '+60 12-777 8888' },
          { type: 'url', value: 'hxxps://cuan-besar[.]xyz/join' },
          { type: 'btc', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' },
          { type: 'comment', value: 'ignored' },
        ],
        Object: [
          {
            name: 'bank-account',
            Attribute: [
              { type: 'bank-account-nr', value: '5140 1234 5678' },
              { type: 'bic', value: 'MBBEMYKL' },
            ],
          },
        ],
      },
    };
    const file = join(dir, 'misp.json');
    writeFileSync(file, JSON.stringify(event));
    const op = operatorActor(b.app.nodeOrganisation.id, 'test');
    const summary = await b.app.stixImport.importFile(file, { orgId: b.app.nodeOrganisation.id, actor: op });
    expect(summary).toMatchObject({ format: 'misp', reports: 1, imported: 1 });
    const cluster = await b.app.clusters.ofIndicator({ value: '+60127778888' });
    const kinds = cluster.cluster?.indicators ?? {};
    expect(Object.keys(kinds).sort()).toEqual(['bank_account', 'crypto', 'domain', 'phone', 'url']);
    expect(kinds.bank_account?.values[0]?.value).toBe('MBBEMYKL:514012345678');
    const public_ = await b.app.indicators.check({ value: '+60127778888' }, { public: true });
    expect(public_.reports).toBe(0); // TLP:GREEN: never in the public answer
    expect(observableOf({ kind: 'phone', value: '+60127778888' }).type).toBe('phone-number');
  });
});

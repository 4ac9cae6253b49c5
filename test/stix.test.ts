import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { v5 as uuidV5 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { canonicalize } from '../src/domain/indicators/index.js';
import { EXTENSION_IDS } from '../src/domain/stix/extensions.js';
import { canonicalJson, STIX_NAMESPACE, scoId } from '../src/domain/stix/ids.js';
import { observableOf, observableWithStatus, type StixObject } from '../src/domain/stix/mapping.js';
import { TLP_MARKING_IDS, tlpOfMarking } from '../src/domain/stix/markings.js';
import { clearanceOf } from '../src/domain/stix/reverse.js';
import { StixService } from '../src/features/federation/stix.service.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

const OFFICIAL = join(import.meta.dirname, '../../shared/stix2-json-schemas/schemas');
const JALA = join(import.meta.dirname, '../stix/extensions');

/** Every official STIX 2.1 schema and Jala's own, loaded into one validator (references resolve by $id). */
function validators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  for (const dir of ['common', 'observables', 'sdos', 'sros'])
    for (const file of readdirSync(join(OFFICIAL, dir)))
      ajv.addSchema(JSON.parse(readFileSync(join(OFFICIAL, dir, file), 'utf8')));
  const official = (path: string) =>
    ajv.getSchema(
      `http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${path}`,
    )!;
  const jala = (name: string) =>
    ajv.compile(JSON.parse(readFileSync(join(JALA, `${name}.schema.json`), 'utf8')));
  const byType: Record<string, ValidateFunction[]> = {
    bundle: [official('common/bundle.json')],
    identity: [official('sdos/identity.json')],
    location: [official('sdos/location.json')],
    report: [official('sdos/report.json')],
    'marking-definition': [official('common/marking-definition.json')],
    'extension-definition': [official('common/extension-definition.json')],
    url: [official('observables/url.json')],
    'domain-name': [official('observables/domain-name.json')],
    'email-addr': [official('observables/email-addr.json')],
    'ipv4-addr': [official('observables/ipv4-addr.json')],
    'ipv6-addr': [official('observables/ipv6-addr.json')],
    'user-account': [official('observables/user-account.json')],
    software: [official('observables/software.json')],
  };
  // Jala's new observable types: the official core every observable shares, and their own schema.
  for (const type of ['phone-number', 'bank-account', 'e-wallet', 'cryptocurrency-wallet'])
    byType[type] = [official('common/cyber-observable-core.json'), jala(type)];
  return { byType, reportExtension: jala('report'), statusExtension: jala('status') };
}

describe('STIX identifiers and markings', () => {
  it('names an observable by UUIDv5 over its id-contributing properties in the STIX namespace', () => {
    const sco = observableOf({ kind: 'url', value: 'https://example.com/login' });
    expect(sco.id).toBe(`url--${uuidV5('{"value":"https://example.com/login"}', STIX_NAMESPACE)}`);
    expect(canonicalJson({ b: '2', a: '1' })).toBe('{"a":"1","b":"2"}');
    expect(scoId('user-account', { account_type: 'telegram', account_login: 'x' })).toBe(
      scoId('user-account', { account_login: 'x', account_type: 'telegram' }),
    );
  });

  it('gives one number written three ways one id, the same on every node', () => {
    const ids = ['0812-3456-7890', '+62 812 3456 7890', 'wa.me/6281234567890'].map((value) => {
      const result = canonicalize({ value }, { country: 'ID' });
      if (!result.ok) throw new Error(result.error);
      return observableOf(result.indicator).id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^phone-number--[0-9a-f-]{36}$/);
  });

  it('uses the official TLP 2.0 marking definitions, and reads TLP 1.0’s', () => {
    expect(TLP_MARKING_IDS.red).toBe('marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1');
    expect(tlpOfMarking(TLP_MARKING_IDS['amber+strict'])).toBe('amber+strict');
    expect(tlpOfMarking('marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9')).toBe('clear');
  });

  it('carries a cleared listing on its observable, in a valid extension', () => {
    const v = validators();
    const sco = observableWithStatus({
      kind: 'phone',
      value: '+6281234567890',
      link_status: 'cleared',
      link_reason: 'cleared after appeal A-2345-6789',
      modified_at: '2026-11-26T05:00:00.000Z',
    });
    for (const check of v.byType['phone-number']!)
      expect(check(structuredClone(sco)), JSON.stringify(check.errors)).toBe(true);
    const status = (sco.extensions as Record<string, unknown>)[EXTENSION_IDS.status];
    expect(v.statusExtension(status)).toBe(true);
    expect(clearanceOf(sco)).toEqual({ reason: 'cleared after appeal A-2345-6789' });
    expect(observableWithStatus({ kind: 'phone', value: '+6281234567890', link_status: 'linked' })).toEqual(
      observableOf({ kind: 'phone', value: '+6281234567890' }),
    );
  });

  it('refuses to export what may not leave the node', () => {
    expect(StixService.exportLevels(undefined)).toEqual(['clear', 'green', 'amber']);
    expect(StixService.exportLevels('TLP:GREEN,clear')).toEqual(['green', 'clear']);
    expect(() => StixService.exportLevels('amber,red')).toThrow(/never leave the node/);
    expect(() => StixService.exportLevels('amber+strict')).toThrow(/never leave the node/);
  });
});

describe.each(DIALECTS)('STIX export on %s', (dialect) => {
  let t: TestApp;
  let objects: StixObject[];
  const v = validators();

  beforeAll(async () => {
    t = await openTestApp(dialect);
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    const bank = await t.app.organisations.register(
      { name: 'Bank Sejahtera', country: 'ID', sector: 'bank' },
      op,
    );
    const base = {
      reported_at: '2026-03-02T10:00:00Z',
      country: 'ID',
      source: 'victim',
      scam_type: 'investment',
    };
    await t.app.reports.submit(
      [
        {
          ...base,
          id: 'S-1',
          loss: { amount: 15_000_000, currency: 'IDR' },
          narrative: 'Pak Joko menyuruh saya transfer ke BCA 1234567890',
          reporter: { name: 'Siti Aminah', contact: 'siti@example.id' },
          indicators: [
            { value: '0812-3456-7890' },
            { kind: 'bank_account', bank: 'Bank Antah', value: '99887766' },
            { kind: 'ewallet', provider: 'OVO', value: '0813-1111-2222' },
            { value: 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW' },
            { value: 'hxxps://invest-cuan[.]top/daftar' },
            { value: 'admin@invest-cuan.top' },
            { value: 't.me/cuanadmin' },
            { value: 'https://play.google.com/store/apps/details?id=com.cuan.invest' },
            { value: '203.0.113.9' },
            { value: '2001:db8::9' },
          ],
        },
        { ...base, id: 'S-2', country: 'MY', tlp: 'clear', indicators: [{ value: '+62 812 3456 7890' }] },
        { ...base, id: 'S-3', tlp: 'red', indicators: [{ value: '0899-7777-6666' }] },
        { ...base, id: 'S-4', tlp: 'amber+strict', indicators: [{ value: '0899-7777-5555' }] },
      ],
      bank.id,
    );
    objects = [];
    for await (const object of t.app.stix.export({ tlps: StixService.exportLevels(undefined) }, op))
      objects.push(object);
  });
  afterAll(async () => {
    await t.close();
  });

  it('validates every object it emits against the official STIX 2.1 schemas (and Jala’s for its extensions)', () => {
    const problems: string[] = [];
    for (const object of objects) {
      const checks = v.byType[object.type];
      if (!checks) {
        problems.push(`${object.id}: no schema for type ${object.type}`);
        continue;
      }
      for (const check of checks) {
        const valid: boolean = check(structuredClone(object));
        if (!valid) problems.push(`${object.id}: ${JSON.stringify(check.errors?.slice(0, 3))}`);
      }
      const extension = (object.extensions as Record<string, unknown> | undefined)?.[EXTENSION_IDS.report];
      if (extension && !v.reportExtension(extension))
        problems.push(`${object.id} report extension: ${JSON.stringify(v.reportExtension.errors)}`);
    }
    expect(problems).toEqual([]);
    const bundle = { type: 'bundle', id: 'bundle--6b5f8d4a-2c1e-4f3b-9a7d-0e1f2a3b4c5d' };
    // The official bundle schema predates `location` and `extension-definition` (it lists neither, and they
    // match both of its fallbacks for custom objects): those were checked above against their own schemas.
    const envelope = v.byType.bundle![0]!;
    const listed = objects.filter((o) => o.type !== 'location' && o.type !== 'extension-definition');
    expect(envelope({ ...bundle, objects: listed }), JSON.stringify(envelope.errors?.slice(0, 3))).toBe(true);
    expect(listed.length).toBeGreaterThan(objects.length - 10);
  });

  it('maps every kind of indicator, names each observable once, and resolves every reference', () => {
    const types = new Set(objects.map((o) => o.type));
    for (const type of [
      'phone-number',
      'bank-account',
      'e-wallet',
      'cryptocurrency-wallet',
      'url',
      'domain-name',
      'email-addr',
      'user-account',
      'software',
      'ipv4-addr',
      'ipv6-addr',
    ])
      expect(types).toContain(type);
    const ids = objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const report of objects.filter((o) => o.type === 'report')) {
      for (const ref of report.object_refs as string[]) expect(known).toContain(ref);
      expect(known).toContain(report.created_by_ref);
      for (const ref of report.object_marking_refs as string[]) expect(known).toContain(ref);
    }
    // One number reported in Indonesia and in Malaysia is one observable, referenced by both reports.
    const phone = objects.find((o) => o.type === 'phone-number' && o.value === '+6281234567890')!;
    expect(
      objects.filter((o) => o.type === 'report' && (o.object_refs as string[]).includes(phone.id)),
    ).toHaveLength(2);
  });

  it('keeps TLP:RED, TLP:AMBER+STRICT and everything personal on the node', () => {
    const reports = objects.filter((o) => o.type === 'report');
    expect(
      reports
        .map(
          (r) => (r.extensions as Record<string, { source_ref: string }>)[EXTENSION_IDS.report]!.source_ref,
        )
        .sort(),
    ).toEqual(['S-1', 'S-2']);
    const text = JSON.stringify(objects);
    for (const secret of [
      'S-3',
      'S-4',
      '+6289977776666',
      'Siti',
      'siti@example.id',
      'Pak Joko',
      TLP_MARKING_IDS.red,
    ])
      expect(text).not.toContain(secret);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BATCH_SIZE } from '../src/features/imports/import.service.js';
import { preparationHeapMb } from '../src/features/imports/preparation.pool.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

/** The node's own view of a look-up (what its organisations may see of everyone's). */
const NODE_VIEW = { public: false, orgId: undefined } as const;

const good = (id: string, extra: object = {}) => ({
  id,
  reported_at: '2026-03-02T10:00:00Z',
  country: 'ID',
  source: 'victim',
  scam_type: 'investment',
  ...extra,
});

const readRejects = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe.each(DIALECTS)('import on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('imports JSON Lines, sends bad lines to FILE.rejects.jsonl with line, field and reason, and carries on', async () => {
    const file = join(t.dataDir, 'reports.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify(good('J1', { indicators: [{ kind: 'phone', value: '0812-3456-7890' }] })),
        '{"id": "J2", broken',
        '',
        JSON.stringify({ ...good('J3'), scam_type: 'pyramid' }),
        JSON.stringify(
          good('J4', {
            indicators: [
              { kind: 'phone', value: '12' },
              { kind: 'email', value: 'a@b.co.id' },
            ],
          }),
        ),
      ].join('\n'),
    );
    const summary = await t.app.imports.importFile(file, { originOrgId: t.app.nodeOrganisation.id });
    expect(summary).toMatchObject({
      read: 4,
      imported: 2,
      rejected: 2,
      indicators_rejected: 1,
      readable: true,
    });
    const rejects = readRejects(`${file}.rejects.jsonl`);
    expect(rejects).toEqual([
      expect.objectContaining({
        line: 2,
        reject: 'record',
        field: '/',
        reason: expect.stringContaining('not valid JSON'),
      }),
      expect.objectContaining({ line: 4, id: 'J3', reject: 'record', field: '/scam_type' }),
      expect.objectContaining({
        line: 5,
        id: 'J4',
        reject: 'indicator',
        field: '/indicators/0/value',
        value: '12',
      }),
    ]);

    const again = await t.app.imports.importFile(file, { originOrgId: t.app.nodeOrganisation.id });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejected: 2 });
    expect(await t.app.reports.count()).toBe(2);
  });

  it('imports the documented CSV layout, several values per cell and per-value banks', async () => {
    const file = join(t.dataDir, 'reports.csv');
    writeFileSync(
      file,
      [
        'id,reported_at,country,source,scam_type,loss_amount,loss_currency,narrative,reporter_name,phone,bank,bank_account,crypto',
        'C1,2026-03-02,ID,bank,investment,"1,500,000",IDR,"Katanya ""profit"" 30%",Budi,0812-3456-7890;0813 1111 2222,BCA;BNI,123 456 7890;0123456789,',
        'C2,2026-03-03,TH,police,job,,,,,,,,TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
        'C3,2026-03-03,TH,police,job,,,,,,,,,extra',
        'C4,2026-03-04,MY,victim,romance,10,MYR,"unclosed quote,,,,,,,,',
      ].join('\n'),
    );
    const summary = await t.app.imports.importFile(file, { originOrgId: t.app.nodeOrganisation.id });
    expect(summary.imported).toBe(2);
    expect(summary.rejected).toBeGreaterThanOrEqual(1);
    const answer = await t.app.indicators.check(
      {
        value: 'BNI 0123456789',
        kind: 'bank_account',
        qualifier: { bank: 'BNI' },
        country: 'ID',
      },
      NODE_VIEW,
    );
    expect(answer).toMatchObject({
      value: 'BNINIDJA:0123456789',
      reports: 1,
      losses: [{ currency: 'IDR', amount: 1_500_000 }],
    });
    const rejects = readRejects(`${file}.rejects.jsonl`);
    expect(rejects[0]).toMatchObject({ line: 4, reject: 'record' });
  });

  it('commits several batches at once when asked, and a failure rolls back only the open transaction', async () => {
    const file = join(t.dataDir, 'grouped.jsonl');
    const lines = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify(good(`G${i}`, { indicators: [{ value: `0812${String(30_000_000 + i)}` }] })),
    );
    // The same source id again in the next batch of the same transaction, changed: an update, not a second report.
    lines.splice(2, 0, JSON.stringify(good('G0', { scam_type: 'job' })));
    writeFileSync(file, lines.join('\n'));
    const options = { originOrgId: t.app.nodeOrganisation.id, threads: 0, batchSize: 2, commitEvery: 4 };

    const store = t.app.reports.store.bind(t.app.reports);
    let calls = 0;
    const spy = vi.spyOn(t.app.reports, 'store').mockImplementation(async (batch, group) => {
      if (++calls === 3) throw new Error('disk full');
      return store(batch, group);
    });
    await expect(t.app.imports.importFile(file, options)).rejects.toThrow('disk full');
    spy.mockRestore();
    // Batches one and two (four records) were committed together; the third one's transaction rolled back.
    expect(await t.app.reports.count()).toBe(3);

    const rerun = await t.app.imports.importFile(file, options);
    expect(rerun).toMatchObject({ read: 11, imported: 7, updated: 2, unchanged: 2, rejected: 0 });
    expect(await t.app.reports.count()).toBe(10);
    const g0 = await t.app.database.db
      .selectFrom('report')
      .select('scam_type')
      .where('source_ref', '=', 'G0')
      .executeTakeFirstOrThrow();
    expect(g0.scam_type).toBe('job');
  });

  it('says nothing could be read when no line is readable', async () => {
    const file = join(t.dataDir, 'garbage.jsonl');
    writeFileSync(file, 'not json\nnor this\n');
    const summary = await t.app.imports.importFile(file, { originOrgId: t.app.nodeOrganisation.id });
    expect(summary).toMatchObject({ read: 2, rejected: 2, readable: false });
  });
});

describe('import killed with SIGKILL', () => {
  it('is completed by a rerun with every record exactly once', { timeout: 180_000 }, async () => {
    const t = await openTestApp('sqlite');
    const dataDir = t.dataDir;
    await t.app.close();
    const file = join(dataDir, 'big.jsonl');
    const total = 20_000;
    const lines: string[] = [];
    for (let i = 0; i < total; i++) {
      const phone = `0812${String(10_000_000 + i).slice(-8)}`;
      lines.push(JSON.stringify(good(`K${i}`, { indicators: [{ kind: 'phone', value: phone }] })));
    }
    writeFileSync(file, lines.join('\n'));
    const env = { ...process.env, JALA_DATA_DIR: dataDir, JALA_NODE_COUNTRY: 'ID', LOG_LEVEL: 'silent' };
    const cli = [
      '--import',
      'tsx',
      join(import.meta.dirname, '../src/cli/main.ts'),
      'import',
      file,
      '--batch',
      '200',
    ];
    const db = new SqliteDatabase(join(dataDir, 'jala.sqlite'), { readonly: true, fileMustExist: true });
    const count = () => (db.prepare('select count(*) as n from report').get() as { n: number }).n;

    const child = spawn(process.execPath, cli, { env, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let seen = 0;
    for (let i = 0; i < 600 && seen === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = count();
    }
    child.kill('SIGKILL');
    await exited;
    const afterKill = count();
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(total);

    const rerun = spawn(process.execPath, cli, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    rerun.stdout.on('data', (c) => {
      out += c;
    });
    const code = await new Promise((resolve) => rerun.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(
      new RegExp(
        `${total} read — ${total - afterKill} imported, 0 updated, ${afterKill} unchanged, 0 rejected`,
      ),
    );
    expect(count()).toBe(total);
    expect((db.prepare('select count(*) as n from sighting').get() as { n: number }).n).toBe(total);
    expect((db.prepare('select count(distinct source_ref) as n from report').get() as { n: number }).n).toBe(
      total,
    );
    db.close();
    await t.close().catch(() => {});
  });
});

describe('import on preparation threads (compiled build)', () => {
  it('stores exactly what the inline import stores', { timeout: 120_000 }, async () => {
    const inline = await openTestApp('sqlite');
    const threaded = await openTestApp('sqlite');
    try {
      const file = join(inline.dataDir, 'mixed.jsonl');
      const lines: string[] = [];
      for (let i = 0; i < 3000; i++) {
        lines.push(
          i % 500 === 7
            ? `{"id": "T${i}", broken`
            : JSON.stringify(
                good(`T${i}`, {
                  narrative: `transfer ke rekening BCA ${String(1_000_000_000 + (i % 400))} a.n. Budi`,
                  indicators: [
                    { value: `0812${String(10_000_000 + (i % 700)).slice(-8)}` },
                    { kind: 'phone', value: '12' },
                  ],
                }),
              ),
        );
      }
      writeFileSync(file, lines.join('\n'));
      const expected = await inline.app.imports.importFile(file, {
        originOrgId: inline.app.nodeOrganisation.id,
        threads: 0,
      });
      await threaded.app.close();
      const run = spawnSync(
        process.execPath,
        [join(import.meta.dirname, '../bin/jala.js'), 'import', file, '--threads', '1', '--batch', '400'],
        { encoding: 'utf8', env: { ...process.env, JALA_DATA_DIR: threaded.dataDir, LOG_LEVEL: 'silent' } },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('1 preparation thread');
      expect(run.stdout).toContain(
        `${expected.read} read — ${expected.imported} imported, 0 updated, 0 unchanged, ${expected.rejected} rejected; ${expected.indicators_rejected} indicators rejected`,
      );
      const db = new SqliteDatabase(join(threaded.dataDir, 'jala.sqlite'), { readonly: true });
      const rows = (sql: string) => db.prepare(sql).all();
      const inlineDb = new SqliteDatabase(join(inline.dataDir, 'jala.sqlite'), { readonly: true });
      for (const sql of [
        'select id, content_hash from report order by id',
        'select kind, value from indicator order by id',
        'select id, indicator_id, report_id, origin from sighting order by id',
      ]) {
        expect(rows(sql)).toEqual(inlineDb.prepare(sql).all());
      }
      db.close();
      inlineDb.close();
    } finally {
      await inline.close();
      await threaded.close().catch(() => {});
    }
  });
});

describe('preparation thread heap', () => {
  it('keeps 96 MB at the default batch size and grows with larger batches', () => {
    expect(preparationHeapMb(DEFAULT_BATCH_SIZE)).toBe(96);
    expect(preparationHeapMb(1)).toBe(96);
    // 16 KB a record in hand on top of the thread's caches: 10,000 a batch ran out of memory in 96 MB.
    expect(preparationHeapMb(10_000)).toBeGreaterThanOrEqual(56 + (10_000 * 16) / 1000);
    expect(preparationHeapMb(20_000)).toBeGreaterThan(preparationHeapMb(10_000));
  });
});

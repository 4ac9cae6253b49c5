import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from './support/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'jala-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function jala(args: string[], input?: string) {
  return runNode(
    ['--import', 'tsx', join(import.meta.dirname, '../src/cli/main.ts'), ...args],
    { JALA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input,
  );
}
const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('jala CLI', () => {
  it('normalize writes one JSON line per input line, in order, valid or not', async () => {
    const { code, stdout } = await jala(
      ['normalize', '--country', 'ID'],
      '0812-3456-7890\n+62 812 3456 7890\nhxxps://Bad-Site[.]com/login#top\nnot an indicator at all\n',
    );
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      { input: '0812-3456-7890', valid: true, kind: 'phone', value: '+6281234567890' },
      { input: '+62 812 3456 7890', valid: true, kind: 'phone', value: '+6281234567890' },
      {
        input: 'hxxps://Bad-Site[.]com/login#top',
        valid: true,
        kind: 'url',
        value: 'https://bad-site.com/login',
      },
      { input: 'not an indicator at all', valid: false, error: expect.any(String) },
    ]);
  });

  it('normalize --kind forces the kind and explains a refusal', async () => {
    const { stdout } = await jala(['normalize', '--kind', 'phone', '--country', 'TH'], '081-234-5678\n12\n');
    const [ok, bad] = jsonLines(stdout);
    expect(ok).toMatchObject({ valid: true, kind: 'phone', value: '+66812345678' });
    expect(bad).toMatchObject({ valid: false });
    expect(bad.error.length).toBeGreaterThan(5);
  });

  it('extract finds indicators with their spans', async () => {
    const text = 'Saya transfer ke rekening BCA 1234567890 a.n. Budi, WA 0812-3456-7890';
    const { stdout } = await jala(['extract'], `${JSON.stringify({ text, country: 'ID' })}\n`);
    const [{ indicators }] = jsonLines(stdout);
    const phone = indicators.find((i: { kind: string }) => i.kind === 'phone');
    expect(phone.value).toBe('+6281234567890');
    expect(text.slice(phone.start, phone.end)).toBe('0812-3456-7890');
    expect(indicators.map((i: { value: string }) => i.value)).toContain('CENAIDJA:1234567890');
  });

  it('imports a file, then check answers from it; a bad option is a clear error', async () => {
    const file = join(dataDir, 'r.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'c1', reported_at: '2026-01-01', country: 'PH', source: 'victim', scam_type: 'loan', indicators: [{ value: '0917 123 4567' }] })}\n`,
    );
    const imported = await jala(['import', file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 imported');
    const answer = await jala(['check', '+63 917 123 4567', '--json']);
    expect(JSON.parse(answer.stdout)).toMatchObject({
      value: '+639171234567',
      reports: 1,
      countries: ['PH'],
    });
    const unknown = await jala(['check', '0917 000 0000', '--country', 'PH']);
    expect(unknown.stdout).toContain('no reports');
    const bad = await jala(['check', 'x', '--country', 'Narnia']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--country');
  });

  it('prints the cluster of a value, exports report → cluster lines, lists hits and held values', async () => {
    const file = join(dataDir, 'linked.jsonl');
    const line = (id: string, country: string, values: string[]) =>
      JSON.stringify({
        id,
        reported_at: '2026-02-01',
        country,
        source: 'victim',
        scam_type: 'job',
        indicators: values.map((value) => ({ value })),
      });
    writeFileSync(
      file,
      [
        line('k1', 'PH', ['0917 555 0101', 'https://www.google.com/']),
        line('k2', 'PH', ['+63 917 555 0101', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE']),
        line('k3', 'VN', ['TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE']),
        line('k4', 'PH', ['0917 555 0199']),
      ].join('\n'),
    );
    expect((await jala(['import', file])).code).toBe(0);
    const cluster = JSON.parse((await jala(['cluster', '09175550101', '--country', 'PH'])).stdout);
    expect(cluster.cluster).toMatchObject({ reports: 3, countries: [{ country: 'PH' }, { country: 'VN' }] });
    const exported = (await jala(['clusters', 'export'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { report: string; cluster: string });
    const clusterOf = Object.fromEntries(exported.map((e) => [e.report, e.cluster]));
    expect(Object.keys(exported[0]!).sort()).toEqual(['cluster', 'report']);
    expect(clusterOf.k2).toBe(clusterOf.k3);
    expect(clusterOf.k1).toBe(clusterOf.k3);
    expect(clusterOf.k4).not.toBe(clusterOf.k1);
    const hits = JSON.parse((await jala(['hits', '--country', 'VN'])).stdout);
    expect(hits.hits[0]).toMatchObject({ countries: ['PH', 'VN'] });
    const held = JSON.parse((await jala(['linking', 'held'])).stdout) as { value: string; status: string }[];
    expect(held).toContainEqual(expect.objectContaining({ value: 'google.com', status: 'warninglisted' }));
    const rebuilt = JSON.parse((await jala(['clusters', 'rebuild'])).stdout);
    expect(rebuilt).toMatchObject({ reportsMoved: 0, statusesChanged: 0 });
    const bad = await jala(['clusters', 'list', '--sort', 'size']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sort');
  });

  it('import exits non-zero only when nothing could be read', async () => {
    const missing = await jala(['import', join(dataDir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });
  it('bootstraps the first admin, issues a token, and verifies the audit chain', async () => {
    const added = await jala([
      'users',
      'add',
      '--email',
      'Admin@Node.example',
      '--org',
      'ID national anti-scam centre',
      '--role',
      'admin',
    ]);
    expect(added.code).toBe(0);
    const admin = JSON.parse(added.stdout);
    expect(admin).toMatchObject({
      email: 'admin@node.example',
      role: 'admin',
      note: expect.stringMatching(/shown once/),
    });
    expect(admin.password.length).toBeGreaterThanOrEqual(20);
    const viaStdin = await jala(
      [
        'users',
        'add',
        '--email',
        'ana@node.example',
        '--org',
        'ID national anti-scam centre',
        '--role',
        'analyst',
        '--password-stdin',
      ],
      'a password typed by the admin\n',
    );
    expect(JSON.parse(viaStdin.stdout).password).toBeUndefined();
    const short = await jala(
      [
        'users',
        'add',
        '--email',
        'x@node.example',
        '--org',
        'ID national anti-scam centre',
        '--role',
        'viewer',
        '--password-stdin',
      ],
      'short\n',
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const badRole = await jala([
      'users',
      'add',
      '--email',
      'y@node.example',
      '--org',
      'ID national anti-scam centre',
      '--role',
      'boss',
    ]);
    expect(badRole.stderr).toMatch(/role must be one of admin, analyst/);

    const token = JSON.parse(
      (await jala(['tokens', 'create', '--user', 'ana@node.example', '--name', 'feed'])).stdout,
    );
    expect(token.token).toMatch(/^jala_/);
    expect((await jala(['tokens', 'list'])).stdout).not.toContain(token.token);

    const verified = await jala(['audit', 'verify']);
    expect(verified.code).toBe(0);
    const result = JSON.parse(verified.stdout);
    expect(result.ok).toBe(true);
    const actions = jsonLines((await jala(['audit', 'list'])).stdout).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'token.create']));
    expect(jsonLines((await jala(['audit', 'list'])).stdout)[0].actor.label).toMatch(/^cli:/);
    const later = await jala(['audit', 'verify', '--head', `${result.head.seq}:${result.head.hash}`]);
    expect(JSON.parse(later.stdout).ok).toBe(true);
    const wrongHead = await jala(['audit', 'verify', '--head', `${result.head.seq}:${'0'.repeat(64)}`]);
    expect(wrongHead.code).toBe(1);
  });
  it('stix export writes a STIX 2.1 bundle, and refuses TLP:RED', async () => {
    const exported = await jala(['stix', 'export', '--tlp', 'clear,green,amber']);
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(exported.stdout);
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f-]{36}$/);
    const types = new Set(bundle.objects.map((o: { type: string }) => o.type));
    for (const type of ['identity', 'extension-definition', 'marking-definition', 'report', 'phone-number'])
      expect(types).toContain(type);
    // Imported back (the same node: everything is already there, nothing changes).
    const file = join(dataDir, 'export.json');
    writeFileSync(file, exported.stdout);
    const imported = await jala(['stix', 'import', file]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout.trim().split('\n').pop()!)).toMatchObject({
      format: 'stix',
      imported: 0,
      rejected: 0,
    });
    const refused = await jala(['stix', 'export', '--tlp', 'red']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/TLP:RED records never leave the node/);
  });
});

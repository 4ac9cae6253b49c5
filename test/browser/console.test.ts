import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../../src/domain/access/roles.js';
import { totpCode } from '../../src/features/accounts/totp.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { browserAvailable, type LiveNode, launch, liveNode, screenshot, watchErrors } from './support.js';

const PASSWORD = 'a long test password';
const HOSTILE =
  'They said <script>window.__pwned = 1; alert(1)</script> and <img src=x onerror="window.__pwned = 2"> ' +
  'then sent [click](javascript:window.__pwned=3) javascript:alert(document.cookie) — transfer to BCA 1234567890.';

describe.skipIf(!browserAvailable())('the analyst console in Chromium', () => {
  let node: LiveNode;
  let browser: Browser;
  let totpSecret: string;
  let hostileReport: string;
  let example: { kind: string; value: string };

  beforeAll(async () => {
    node = await liveNode();
    const { app } = node.t;
    const op = operatorActor(app.nodeOrganisation.id, 'test');
    await seedDemo(app, { reports: 600, seed: 3 });
    example = (await app.indicators.examples())[0]!;
    for (const role of ['analyst', 'viewer', 'consular_officer', 'admin'])
      await app.users.add(
        { email: `${role}@node.example`, org: app.nodeOrganisation.id, role, password: PASSWORD },
        op,
      );
    const second = await app.users.add(
      { email: 'totp@node.example', org: app.nodeOrganisation.id, role: 'investigator', password: PASSWORD },
      op,
    );
    const actor = { ...op, kind: 'user' as const, userId: second.id, role: 'investigator' as const };
    totpSecret = (await app.users.beginTotp(actor)).secret;
    await app.users.confirmTotp(actor, totpCode(totpSecret, new Date(Date.now() - 30_000)));
    const [result] = await app.reports.submit(
      [
        {
          id: 'HOSTILE-1',
          reported_at: '2026-05-01T08:00:00Z',
          country: 'ID',
          source: 'victim',
          scam_type: 'investment',
          narrative: HOSTILE,
          indicators: [{ kind: 'phone', value: '0812-5555-4444' }],
        },
      ],
      app.nodeOrganisation.id,
    );
    hostileReport = result!.report_id!;
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  async function signedIn(email: string, totp?: () => string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${node.url}/console/`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (totp) {
      await page.getByText('enter the current code').waitFor();
      await page.getByLabel('Code from your authenticator app').fill(totp());
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByTestId('who').waitFor();
    return { page, errors };
  }

  it('signs in with a password and shows the dashboard with its charts', async () => {
    const { page, errors } = await signedIn('analyst@node.example');
    await expect.poll(() => page.getByTestId('total').textContent()).toMatch(/^[1-9]\d+ reports visible/);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('link', { name: 'Hits' }).count()).toBe(1);
    await screenshot(page, 'console-dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('signs in with a second factor', async () => {
    const { page, errors } = await signedIn('totp@node.example', () => totpCode(totpSecret, new Date()));
    expect(await page.getByTestId('who').textContent()).toContain('investigator');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not show a role the pages it may not use', async () => {
    const { page } = await signedIn('viewer@node.example');
    const nav = await page.locator('header nav a').allTextContents();
    expect(nav).toEqual(['Dashboard', 'Search', 'Reports', 'Clusters', 'Hits']);
    await page.goto(`${node.url}/console/users`);
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByTestId('users').count()).toBe(0);
    await page.close();
    const consular = await signedIn('consular_officer@node.example');
    await consular.page.goto(`${node.url}/console/clusters`);
    await consular.page.getByTestId('not-allowed').waitFor();
    await screenshot(consular.page, 'console-not-allowed');
    await consular.page.close();
  });

  it('searches a value written any way, and opens its page and its cluster graph', async () => {
    const { page, errors } = await signedIn('analyst@node.example');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(example.value);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('search-result').waitFor();
    expect(await page.getByTestId('search-result').textContent()).toContain(example.value);
    await page.getByRole('link', { name: 'Open indicator' }).click();
    await expect.poll(() => page.getByTestId('indicator-value').textContent()).toBe(example.value);
    await page.getByRole('link', { name: /Open cluster/ }).click();
    await page.getByTestId('cluster-graph').locator('canvas').first().waitFor();
    const nodes = await page.waitForFunction(() => {
      const graph = (globalThis as unknown as { jalaGraph?: { getGraph(): { order: number } } }).jalaGraph;
      return graph ? graph.getGraph().order : 0;
    });
    expect(await nodes.jsonValue()).toBeGreaterThan(2);
    await screenshot(page, 'console-cluster');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a hostile narrative as inert text, with its indicators highlighted', async () => {
    const { page, errors } = await signedIn('analyst@node.example');
    await page.goto(`${node.url}/console/reports/${hostileReport}`);
    const narrative = page.getByTestId('narrative');
    await narrative.waitFor();
    expect(await narrative.textContent()).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(await narrative.textContent()).toContain('<img src=x onerror=');
    expect(await narrative.locator('script, img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    // The account in the narrative is highlighted and leads to its indicator page.
    const marks = await narrative.locator('a.mark').allTextContents();
    expect(marks).toEqual(['1234567890']);
    await screenshot(page, 'console-hostile-narrative');
    expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
    await page.close();
  });

  it('switches to Bahasa Indonesia', async () => {
    const { page } = await signedIn('analyst@node.example');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await page.getByRole('link', { name: 'Dasbor' }).waitFor();
    expect(await page.getByTestId('total').textContent()).toMatch(/laporan terlihat oleh organisasi Anda/);
    await page.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../../src/domain/access/roles.js';
import { browserAvailable, type LiveNode, launch, liveNode, screenshot, watchErrors } from './support.js';

const base = {
  reported_at: '2026-06-02T10:00:00Z',
  country: 'ID',
  source: 'police',
  scam_type: 'investment',
  tlp: 'clear',
};

describe.skipIf(!browserAvailable())('the public pages in Chromium', () => {
  let node: LiveNode;
  let browser: Browser;

  beforeAll(async () => {
    node = await liveNode({ JALA_PUBLIC_PER_MINUTE: '1000' });
    const { app } = node.t;
    const op = operatorActor(app.nodeOrganisation.id, 'test');
    await app.users.add(
      {
        email: 'reviewer@node.example',
        org: app.nodeOrganisation.id,
        role: 'analyst',
        password: 'a long test password',
      },
      op,
    );
    await app.reports.submit(
      [
        {
          ...base,
          id: 'P-1',
          indicators: [
            { value: '0812-7000-1000' },
            { kind: 'bank_account', bank: 'BRI', value: '0021-01-000111-30-5' },
          ],
        },
        { ...base, id: 'P-2', country: 'TH', indicators: [{ value: '+62 812 7000 1000' }] },
      ],
      app.nodeOrganisation.id,
    );
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  async function open(path: string, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, locale: lang });
    const errors = watchErrors(page);
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${node.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    return { page, errors };
  }

  async function check(page: Page, value: string): Promise<string> {
    await page.locator('#value').fill(value);
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/check'));
    await page.locator('#check-form button[type=submit]').click();
    await answered;
    await page.locator('#answer h2').waitFor();
    return (await page.locator('#answer').textContent()) ?? '';
  }

  it('answers a reported and an unknown value, in English and in Thai', async () => {
    const { page, errors } = await open('/');
    expect(await check(page, 'wa.me/6281270001000')).toMatch(/Reported 2 times.*Where: ID, TH/s);
    await screenshot(page, 'public-check-reported-en');
    expect(await check(page, '0899-0000-1111')).toMatch(
      /No reports of this value.*does not mean it is safe/s,
    );
    await page.locator('#language').selectOption('th');
    await expect.poll(async () => page.locator('h1').textContent()).toBe('ตรวจสอบก่อนโอน');
    expect(await check(page, '+62 812-7000-1000')).toContain('ถูกแจ้ง 2 ครั้ง');
    expect(await page.locator('footer').textContent()).toContain('1441');
    await screenshot(page, 'public-check-reported-th');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows what was typed as text, never as markup', async () => {
    const { page, errors } = await open('/');
    const text = await check(page, '<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('We could not read that value');
    expect(await page.locator('#answer img').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a scam report in Bahasa Indonesia and gives a reference number', async () => {
    const { page, errors } = await open('/report', 'id');
    await expect.poll(async () => page.locator('h1').textContent()).toBe('Laporkan penipuan');
    await page.locator('#scam_type').selectOption('job');
    await page
      .locator('#narrative')
      .fill('Saya diminta membayar biaya pendaftaran kerja ke rekening BCA 1234567890.');
    await page.locator('input[name=value-0]').fill('0813-5555-6666');
    await page.locator('#report-form button[type=submit]').click();
    const reference = await page.getByTestId('reference').textContent();
    expect(reference).toMatch(/^R-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await screenshot(page, 'public-report-id');
    const stored = await node.t.app.database.db
      .selectFrom('report')
      .select(['source', 'scam_type'])
      .where('source_ref', '=', reference!)
      .executeTakeFirst();
    expect(stored).toEqual({ source: 'public', scam_type: 'job' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes an appeal, lets the reviewer clear it in the console, and then answers "cleared"', async () => {
    const { page, errors } = await open('/appeal');
    await page.locator('#value').fill('002101000111305');
    await page.locator('#bank').fill('BRI');
    await page.locator('#name').fill('Siti Rahma');
    await page.locator('#contact').fill('siti@example.id');
    await page.locator('#statement').fill('This is my shop account; a customer paid into it by mistake.');
    await page.locator('#appeal-form button[type=submit]').click();
    const reference = (await page.getByTestId('reference').textContent())!;
    expect(reference).toMatch(/^A-/);
    await page.locator('#follow-form button').click();
    expect(await page.getByTestId('appeal-status').textContent()).toContain('Under review');

    const console = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await console.goto(`${node.url}/console/appeals`);
    await console.getByLabel('Email').fill('reviewer@node.example');
    await console.getByLabel('Password').fill('a long test password');
    await console.getByRole('button', { name: 'Sign in' }).click();
    await console.getByRole('link', { name: 'Appeals' }).click();
    await console.getByTestId('appeals').waitFor();
    await console.getByRole('button', { name: 'Review' }).click();
    expect(await console.getByTestId('appeal-review').textContent()).toContain('siti@example.id');
    await console.getByLabel(/Reason for the decision/).fill('The account holder showed shop receipts.');
    await console.getByRole('button', { name: 'Clear the value' }).click();
    await console.getByText('No appeals.').waitFor();
    await console.close();

    await page.locator('#follow-form button').click();
    await expect
      .poll(async () => page.getByTestId('appeal-status').textContent())
      .toContain('the value was cleared');
    await page.goto(`${node.url}/?lang=en`);
    await page.locator('#bank').fill('BRI');
    expect(await check(page, '0021-01-000111-30-5')).toContain('Cleared after review');
    await screenshot(page, 'public-check-cleared');
    expect(errors).toEqual([]);
    await page.close();
  });
});

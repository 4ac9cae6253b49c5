import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildServer } from '../../src/http/server.js';
import { openTestApp, type TestApp } from '../support/app.js';

/** Debian's Chromium, driven headless by playwright-core (never a downloaded browser). */
export const CHROMIUM = process.env.JALA_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // WebGL (the cluster graph) through the software renderer.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface LiveNode {
  t: TestApp;
  server: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** A node listening on loopback, with its own database. */
export async function liveNode(env: Record<string, string> = {}): Promise<LiveNode> {
  const t = await openTestApp('sqlite', { JALA_SIGN_IN_PER_MINUTE: '1000', ...env });
  const server = await buildServer(t.app, { logger: false });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    t,
    server,
    url,
    async close() {
      await server.close();
      await t.close();
    },
  };
}

/** Saves a screenshot for people to look at (test-results/screenshots, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fails the test on any error the page logs or throws (a broken bundle, a CSP violation…). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The API's 4xx answers (not signed in yet, a value that cannot be read) are answers the page handles.
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
    )
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

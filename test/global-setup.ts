import { existsSync } from 'node:fs';

// Says plainly, before and after the run, whether the PostgreSQL half of the storage contract suite and the
// browser suite run. In CI both must: a missing database or browser there is an error, not a skip.
export function setup(): () => void {
  const url = process.env.JALA_TEST_POSTGRES_URL;
  const chromium = process.env.JALA_CHROMIUM ?? '/usr/bin/chromium';
  const lines = [
    url
      ? `PostgreSQL suite: ON (JALA_TEST_POSTGRES_URL=${url.replace(/\/\/[^@]*@/, '//***@')})`
      : 'PostgreSQL suite: NOT RUN — set JALA_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it',
    existsSync(chromium)
      ? `Browser suite: ON (${chromium})`
      : `Browser suite: NOT RUN — install Chromium (apt-get install chromium) or set JALA_CHROMIUM to run it`,
  ];
  if (process.env.CI && !existsSync(chromium)) throw new Error(`CI: no Chromium at ${chromium}`);
  const text = lines.join('\n');
  process.stdout.write(`\n${text}\n\n`);
  return () => process.stdout.write(`\n${text}\n`);
}

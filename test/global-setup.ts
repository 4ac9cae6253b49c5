// Says plainly, before and after the run, whether the PostgreSQL half of the storage contract suite runs.
export function setup(): () => void {
  const url = process.env.JALA_TEST_POSTGRES_URL;
  const line = url
    ? `PostgreSQL suite: ON (JALA_TEST_POSTGRES_URL=${url.replace(/\/\/[^@]*@/, '//***@')})`
    : 'PostgreSQL suite: NOT RUN — set JALA_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it';
  process.stdout.write(`\n${line}\n\n`);
  return () => process.stdout.write(`\n${line}\n`);
}

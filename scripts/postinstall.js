// Builds Jala after `npm install` in a checkout, so `npx jala …` and `npm start` work at once.
// Skipped when installed as a dependency (no TypeScript sources beside it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (
  existsSync(new URL('../src', import.meta.url)) &&
  existsSync(new URL('../node_modules/typescript', import.meta.url))
) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}

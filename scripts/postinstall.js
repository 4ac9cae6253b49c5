// Builds Jala after `npm install` in a checkout, so `npx jala …` and `npm start` work at once: the server
// (TypeScript → dist/), the analyst console and the public pages (Vite → dist/web/).
// Skipped when installed as a dependency (no TypeScript sources beside it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (path) => existsSync(new URL(`../${path}`, import.meta.url));

if (has('src') && has('node_modules/typescript')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (has('node_modules/vite'))
    for (const config of ['web/vite.config.ts', 'web/vite.public.config.ts'])
      execFileSync(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '--config', config, '--logLevel', 'warn'],
        { stdio: 'inherit' },
      );
}

#!/usr/bin/env node
// Entry point of the `jala` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('jala: not built yet — run `npm run build` (npm install does it) first.\n');
  process.exit(2);
}
await import(compiled.href);

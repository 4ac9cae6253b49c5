// `npm run bench`: every benchmark, one after the other.
import { spawnSync } from 'node:child_process';

spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
for (const script of [
  'canonicalize.bench.ts',
  'import.bench.ts',
  'linking.bench.ts',
  'http.bench.ts',
  'web.bench.ts',
]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', new URL(script, import.meta.url).pathname], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The public pages (check, report, appeal): plain TypeScript, no framework, a light bundle of their own.
 * Built into dist/web/public and served by the node at /, /report and /appeal.
 */
const root = resolve(import.meta.dirname, 'public');

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web/public'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        check: resolve(root, 'index.html'),
        report: resolve(root, 'report.html'),
        appeal: resolve(root, 'appeal.html'),
      },
    },
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The analyst console: a React single-page app served by the node under /console/. Built into
 * dist/web/console by `npm run build` (and by `npm install`, through the postinstall script).
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'console'),
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web/console'),
    emptyOutDir: true,
    // Sigma and Chart.js load with the pages that draw (code-split), not with the first screen.
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

// The web pages (see BENCHMARKS.md), each against a baseline measured in the same run:
//   the public check page's JavaScript, gzipped (target ≤ 100 KB), and the console's first-screen JavaScript;
//   first render of the public check page on loopback, against a bare HTML page from the same server;
//   a cluster of about 5,000 nodes drawn in the console: layout time, then frames per second while the camera
//   pans, against an empty requestAnimationFrame loop in the same headless Chromium.
//   BENCH_WEB_REPORTS=50000  demo reports imported for the cluster     BENCH_WEB_SECONDS=5  seconds of panning
//   BENCH_WEB_GRAPH_REPORTS=3700  reports of the largest cluster drawn (about 5,000 nodes with their values)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config.js';
import { operatorActor } from '../src/domain/access/roles.js';
import { buildServer } from '../src/http/server.js';
import { createApp } from '../src/main/app.js';
import { launch } from '../test/browser/support.js';
import { demoFile, machine, saveResult } from './support.js';

const DIST = new URL('../dist/web/', import.meta.url).pathname;
const reports = Number(process.env.BENCH_WEB_REPORTS ?? 50_000);
const panSeconds = Number(process.env.BENCH_WEB_SECONDS ?? 5);
const graphReports = Number(process.env.BENCH_WEB_GRAPH_REPORTS ?? 3700);

/** The scripts a built page loads at once (its entry and the chunks it preloads), gzipped. */
function pageScripts(dir: string, html: string): { files: string[]; gzipKb: number; rawKb: number } {
  const page = readFileSync(join(dir, html), 'utf8');
  const files = [...page.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    m[1]!.replace(/^\/(console\/)?/, ''),
  );
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzipKb: Number((gzip / 1024).toFixed(1)), rawKb: Number((raw / 1024).toFixed(1)) };
}

const publicCheck = pageScripts(join(DIST, 'public'), 'index.html');
const consoleFirst = pageScripts(join(DIST, 'console'), 'index.html');
const allConsole = readdirSync(join(DIST, 'console/assets'))
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, 'console/assets', f)), { level: 9 }).length, 0);
process.stderr.write(
  `public check page JS: ${publicCheck.gzipKb} KB gzipped; console first screen: ${consoleFirst.gzipKb} KB\n`,
);

const dataDir = mkdtempSync(join(tmpdir(), 'jala-web-bench-'));
const app = await createApp(
  loadConfig({ JALA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', JALA_CHECK_PER_MINUTE: '100000000' }),
);
process.stderr.write(`importing ${reports} demo reports…\n`);
await app.imports.importFile(await demoFile(reports), { originOrgId: app.nodeOrganisation.id });
const op = operatorActor(app.nodeOrganisation.id, 'bench');
await app.users.add(
  {
    email: 'bench@node.example',
    org: app.nodeOrganisation.id,
    role: 'analyst',
    password: 'a long bench password',
  },
  op,
);
const server = await buildServer(app, { logger: false });
server.get('/bare.html', { config: { permission: 'public' }, schema: { hide: true } }, async (_r, reply) =>
  reply
    .type('text/html')
    .send(
      '<!doctype html><html><head><title>bare</title></head><body><h1>bare</h1><p>text</p></body></html>',
    ),
);
const url = await server.listen({ host: '127.0.0.1', port: 0 });
const browser = await launch();

/** First contentful paint of a page, median of `runs` fresh loads. */
async function firstPaint(path: string, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    times.push(
      await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime),
    );
    await context.close();
  }
  times.sort((a, b) => a - b);
  return Number(times[Math.floor(times.length / 2)]!.toFixed(1));
}
const bareFcp = await firstPaint('/bare.html');
const checkFcp = await firstPaint('/');
process.stderr.write(`first paint: bare ${bareFcp} ms, check page ${checkFcp} ms\n`);

// The largest cluster, drawn as the console draws it.
const [largest] = (await app.clusters.list({ minReports: 2, sort: 'reports', limit: 1, offset: 0 })).clusters;
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${url}/console/`);
await page.getByLabel('Email').fill('bench@node.example');
await page.getByLabel('Password').fill('a long bench password');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByTestId('who').waitFor();

/**
 * Frames the browser delivers per second for `seconds` (an empty requestAnimationFrame loop when `mode` is
 * 'idle'). 'pan' moves the graph's camera as a person dragging and zooming does (sigma's camera animations:
 * edges and labels are hidden while it moves); 'redraw' sets the camera every frame without animating, so
 * that every frame redraws every edge and label. The code runs in the page as written here (a string: the
 * bundler's helpers do not exist there).
 */
const FPS_IN_PAGE = `(async ([seconds, mode]) => new Promise((resolve) => {
  const camera = globalThis.jalaGraph ? globalThis.jalaGraph.getCamera() : undefined;
  const start = performance.now();
  let frames = 0;
  let leg = 0;
  const target = (t) => ({ x: 0.5 + 0.3 * Math.cos(t), y: 0.5 + 0.3 * Math.sin(t), ratio: 0.6 + 0.3 * Math.sin(t / 2) });
  const animate = () => {
    if (performance.now() - start > seconds * 1000) return;
    leg += 1;
    camera.animate(target(leg), { duration: 400 }).then(animate);
  };
  if (mode === 'pan' && camera) animate();
  const tick = (now) => {
    frames += 1;
    if (mode === 'redraw' && camera) camera.setState({ ...camera.getState(), ...target((now - start) / 1000) });
    if (now - start < seconds * 1000) requestAnimationFrame(tick);
    else resolve(frames / ((now - start) / 1000));
  };
  requestAnimationFrame(tick);
}))`;
const fps = (seconds: number, mode: 'idle' | 'pan' | 'redraw'): Promise<number> =>
  page.evaluate(`${FPS_IN_PAGE}([${seconds}, '${mode}'])`) as Promise<number>;
const emptyFps = await fps(panSeconds, 'idle');
const started = Date.now();
// Enough of the cluster's reports to make about 5,000 nodes (reports and the values they mention).
await page.goto(`${url}/console/clusters/${largest!.id}?limit=${graphReports}`);
const nodes = await page.waitForFunction(
  () =>
    (
      globalThis as unknown as { jalaGraph?: { getGraph(): { order: number; size: number } } }
    ).jalaGraph?.getGraph(),
  undefined,
  { timeout: 120_000 },
);
const { order, size } = (await nodes.jsonValue()) as { order: number; size: number };
const drawnMs = Date.now() - started;
const panFps = await fps(panSeconds, 'pan');
const redrawFps = await fps(panSeconds, 'redraw');
await browser.close();
await server.close();
await app.close();
rmSync(dataDir, { recursive: true, force: true });

const result = {
  public_check_js_gzip_kb: publicCheck.gzipKb,
  public_check_js_raw_kb: publicCheck.rawKb,
  console_first_js_gzip_kb: consoleFirst.gzipKb,
  console_all_js_gzip_kb: Number((allConsole / 1024).toFixed(1)),
  first_paint_ms: { bare: bareFcp, check: checkFcp, ratio: Number((checkFcp / bareFcp).toFixed(2)) },
  cluster: {
    reports_in_cluster: largest!.reports,
    nodes: order,
    edges: size,
    load_layout_draw_ms: drawnMs,
    fps_empty_loop: Number(emptyFps.toFixed(1)),
    fps_panning: Number(panFps.toFixed(1)),
    ratio: Number((panFps / emptyFps).toFixed(2)),
    fps_full_redraw: Number(redrawFps.toFixed(1)),
  },
};
process.stdout.write(
  `\nWeb benchmark — ${machine()} — ${new Date().toISOString()}\n\n${JSON.stringify(result, null, 2)}\n`,
);
saveResult('web', result);

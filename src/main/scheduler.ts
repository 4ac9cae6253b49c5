import type { App } from './app.js';

/**
 * Syncs with every peer every `JALA_SYNC_INTERVAL_SECONDS` (0: never), one sync at a time, reporting
 * failures through `log`. Returns the function that stops it.
 */
export function scheduleSync(
  app: App,
  log: { warn(o: object, m: string): void; error(o: object, m: string): void },
): () => void {
  const every = app.config.syncIntervalSeconds;
  if (every <= 0) return () => {};
  const timer = setInterval(() => {
    void app.sync.sync().then(
      (results) => {
        for (const r of results.filter((x) => x.error))
          log.warn({ peer: r.peer, error: r.error }, 'sync failed');
      },
      (error: unknown) => log.error({ err: error }, 'sync failed'),
    );
  }, every * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

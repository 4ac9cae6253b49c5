import { generateDemo } from '../features/demo/index.js';
import type { App } from './app.js';

/**
 * Fills an empty node with generated reports, each under an organisation of the country where it was
 * reported, so that a newcomer sees cross-border data at once. Does nothing when reports exist.
 */
export async function seedDemo(app: App, options: { reports: number; seed?: number }): Promise<number> {
  if ((await app.reports.count()) > 0 || options.reports <= 0) return 0;
  const orgIds = new Map<string, string>();
  const batches = new Map<string, unknown[]>();
  let stored = 0;
  const flush = async (orgId: string) => {
    const batch = batches.get(orgId);
    if (!batch || batch.length === 0) return;
    const results = await app.reports.submit(batch, orgId);
    stored += results.filter((r) => r.status !== 'rejected').length;
    batches.set(orgId, []);
  };
  for (const { record } of generateDemo({ reports: options.reports, seed: options.seed ?? 1 })) {
    let orgId = orgIds.get(record.country);
    if (!orgId) {
      orgId = (
        await app.organisations.ensure({
          name: `${record.country} national anti-scam centre (demo)`,
          country: record.country,
          sector: 'police',
        })
      ).id;
      orgIds.set(record.country, orgId);
    }
    const batch = batches.get(orgId) ?? [];
    batch.push(record);
    batches.set(orgId, batch);
    if (batch.length >= 500) await flush(orgId);
  }
  for (const orgId of batches.keys()) await flush(orgId);
  return stored;
}

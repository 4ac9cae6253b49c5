import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemActor } from '../domain/access/roles.js';
import { newSecret } from '../features/accounts/secrets.js';
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

export interface DemoAccount {
  email: string;
  role: string;
  password: string;
}

const DEMO_ROLES = ['analyst', 'admin', 'viewer'] as const;

/**
 * Demo accounts for a demo node (never on a node that already has accounts): one per role a newcomer
 * wants to try, sharing a generated password that is kept in the data folder (`demo-accounts.json`) so that
 * it is printed again at every start.
 */
export async function seedDemoAccounts(app: App): Promise<DemoAccount[]> {
  const file = join(app.config.dataDir, 'demo-accounts.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  if ((await app.users.count()) > 0) return [];
  const password = newSecret(12);
  const accounts = DEMO_ROLES.map((role) => ({ email: `${role}@demo.jala.example`, role, password }));
  const actor = systemActor(app.nodeOrganisation.id);
  for (const account of accounts)
    await app.users.add({ ...account, name: `Demo ${account.role}`, org: app.nodeOrganisation.id }, actor);
  writeFileSync(file, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  return accounts;
}

import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import type { DatabaseHandle } from './dialect.js';
import { foundation } from './migrations/0001-foundation.js';
import { linking } from './migrations/0002-linking.js';
import { clusterStats } from './migrations/0003-cluster-stats.js';
import { indicatorCountries } from './migrations/0004-indicator-countries.js';
import { accounts } from './migrations/0005-accounts.js';
import { appeals } from './migrations/0006-appeals.js';
import { peers } from './migrations/0007-peers.js';
import { stixStaging } from './migrations/0008-stix-staging.js';
import { sightingKey } from './migrations/0009-sighting-key.js';

class JalaMigrations implements MigrationProvider {
  constructor(private readonly handle: DatabaseHandle) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const t = this.handle.columnTypes;
    return {
      '0001-foundation': foundation(t),
      '0002-linking': linking(t),
      '0003-cluster-stats': clusterStats(t),
      '0004-indicator-countries': indicatorCountries(t),
      '0005-accounts': accounts(t),
      '0006-appeals': appeals(t),
      '0007-peers': peers(t),
      '0008-stix-staging': stixStaging(t),
      '0009-sighting-key': sightingKey(t),
    };
  }
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResultSet['results'],
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  return migrate(handle, (migrator) => migrator.migrateToLatest());
}

/** Brings the schema to the given migration (for tests of a migration on data written before it). */
export function migrateTo(handle: DatabaseHandle, name: string): Promise<string[]> {
  return migrate(handle, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  handle: DatabaseHandle,
  step: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const { error, results } = await step(
    new Migrator({ db: handle.db, provider: new JalaMigrations(handle) }),
  );
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(
      `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      results,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

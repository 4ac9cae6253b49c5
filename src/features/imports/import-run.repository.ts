import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';

/** The history of imports: who imported which file, when, with what result. */
export class ImportRunRepository {
  private readonly db: Kysely<Database>;

  constructor(private readonly handle: DatabaseHandle) {
    this.db = handle.db;
  }

  /** After a large import: the planner's statistics are brought up to date. */
  refreshStatistics(): Promise<void> {
    return this.handle.analyze();
  }

  async start(run: { id: string; originOrgId: string; file: string; startedAt: Date }): Promise<void> {
    await this.db
      .insertInto('import_run')
      .values({
        id: run.id,
        origin_org_id: run.originOrgId,
        file: run.file,
        started_at: run.startedAt.toISOString(),
      })
      .execute();
  }

  async finish(id: string, finishedAt: Date, counts: object): Promise<void> {
    await this.db
      .updateTable('import_run')
      .set({ finished_at: finishedAt.toISOString(), counts: JSON.stringify(counts) })
      .where('id', '=', id)
      .execute();
  }
}

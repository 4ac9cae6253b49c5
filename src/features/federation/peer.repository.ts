import type { Insertable, Selectable } from 'kysely';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { PeerCursorTable, PeerTable } from '../../db/schema.js';

export type PeerRow = Selectable<PeerTable>;
export type CursorRow = Selectable<PeerCursorTable>;

export class PeerRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async insert(row: Insertable<PeerTable>): Promise<void> {
    await this.handle.db.insertInto('peer').values(row).execute();
  }

  list(): Promise<PeerRow[]> {
    return this.handle.db.selectFrom('peer').selectAll().orderBy('name').execute();
  }

  findByName(name: string): Promise<PeerRow | undefined> {
    return this.handle.db.selectFrom('peer').selectAll().where('name', '=', name).executeTakeFirst();
  }

  async remove(id: string): Promise<void> {
    await this.handle.db.deleteFrom('peer').where('id', '=', id).execute();
  }

  async synced(id: string, at: string, error: string | null): Promise<void> {
    await this.handle.db
      .updateTable('peer')
      .set({ last_sync_at: at, last_error: error })
      .where('id', '=', id)
      .execute();
  }

  cursors(peerId: string): Promise<CursorRow[]> {
    return this.handle.db.selectFrom('peer_cursor').selectAll().where('peer_id', '=', peerId).execute();
  }

  /** Moves a collection's cursor forward after a batch was imported (never backwards). */
  async advance(
    peerId: string,
    collectionId: string,
    addedAfter: string,
    objects: number,
    now: string,
  ): Promise<void> {
    await this.handle.db
      .insertInto('peer_cursor')
      .values({
        peer_id: peerId,
        collection_id: collectionId,
        added_after: addedAfter,
        objects,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['peer_id', 'collection_id']).doUpdateSet((eb) => ({
          added_after: eb.ref('excluded.added_after'),
          objects: eb('peer_cursor.objects', '+', eb.ref('excluded.objects')),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

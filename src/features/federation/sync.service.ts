import { randomUUID } from 'node:crypto';
import { type Actor, assertCan, systemActor } from '../../domain/access/roles.js';
import { JalaError } from '../../domain/errors.js';
import type { Stix } from '../../domain/stix/reverse.js';
import type { AuditService } from '../audit/audit.service.js';
import type { PeerRepository, PeerRow } from './peer.repository.js';
import type { StixImportService } from './stix.import.js';
import { collectionId, type TaxiiService } from './taxii.service.js';

const TAXII = 'application/taxii+json;version=2.1';
const PAGE = 1000;
/** Objects held at most before importing, should a peer's pages not end with whole report groups. */
const BATCH = 2000;

export interface CollectionSync {
  collection: string;
  title: string;
  objects: number;
  reports: number;
  imported: number;
  unchanged: number;
  rejected: number;
}

export interface PeerSync {
  peer: string;
  collections: CollectionSync[];
  /** Objects pushed to the peer's inbox, for peers added with push. */
  pushed?: number;
  error?: string;
}

/**
 * Pulls peers' TAXII 2.1 collections into this node: incremental (a cursor per peer and collection, the
 * date added of the last object imported), paged, idempotent (what arrives twice is unchanged) and
 * resumable (cut off at any moment, the next sync starts again a millisecond before the cursor, so nothing
 * is lost and what is read twice changes nothing). What arrives enters the same linking as local reports.
 */
export class SyncService {
  private running: Promise<PeerSync[]> | undefined;

  constructor(
    private readonly peers: PeerRepository,
    private readonly importer: StixImportService,
    private readonly audit: AuditService,
    private readonly nodeOrgId: string,
    private readonly options: { pageSize?: number; fetch?: typeof fetch; local?: TaxiiService } = {},
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get pageSize(): number {
    return this.options.pageSize ?? PAGE;
  }

  async add(
    spec: { name: string; url: string; token: string; push?: boolean },
    actor: Actor,
  ): Promise<PeerRow> {
    assertCan(actor, 'organisations:manage');
    const name = spec.name.trim();
    let url: URL;
    try {
      url = new URL(spec.url);
    } catch {
      throw new JalaError('invalid_input', `${JSON.stringify(spec.url)} is not a URL`, [
        { field: 'url', reason: 'not a URL' },
      ]);
    }
    if (!/^https?:$/.test(url.protocol))
      throw new JalaError('invalid_input', 'a peer is reached over http or https', [
        { field: 'url', reason: 'not http(s)' },
      ]);
    if (!name || !spec.token.trim())
      throw new JalaError('invalid_input', 'a peer needs a name and a token', [
        { field: 'name', reason: 'empty' },
      ]);
    if (await this.peers.findByName(name))
      throw new JalaError('conflict', `there is already a peer ${JSON.stringify(name)}`);
    const row = {
      id: randomUUID(),
      name,
      url: url.toString().replace(/\/$/, ''),
      token: spec.token.trim(),
      push: spec.push ? 1 : 0,
      created_at: this.clock().toISOString(),
      last_sync_at: null,
      last_error: null,
    };
    await this.peers.insert(row);
    await this.audit.record(actor, 'peer.add', { type: 'peer', id: row.id }, { name, url: row.url });
    return (await this.peers.findByName(name))!;
  }

  async list(actor: Actor) {
    assertCan(actor, 'organisations:manage');
    const peers = await this.peers.list();
    return Promise.all(
      peers.map(async (p) => ({
        name: p.name,
        url: p.url,
        last_sync_at: p.last_sync_at,
        last_error: p.last_error,
        cursors: (await this.peers.cursors(p.id)).map((c) => ({
          collection: c.collection_id,
          added_after: c.added_after,
          objects: Number(c.objects),
        })),
      })),
    );
  }

  async remove(name: string, actor: Actor): Promise<void> {
    assertCan(actor, 'organisations:manage');
    const peer = await this.peers.findByName(name);
    if (!peer) throw new JalaError('not_found', `no peer ${JSON.stringify(name)}`);
    await this.peers.remove(peer.id);
    await this.audit.record(actor, 'peer.remove', { type: 'peer', id: peer.id }, { name });
  }

  /** Syncs one peer, or all; one sync at a time (a scheduled one waits for a manual one, and the reverse). */
  sync(name?: string, options: { maxPages?: number } = {}): Promise<PeerSync[]> {
    const previous = this.running ?? Promise.resolve([]);
    const next = previous.then(() => this.syncNow(name, options));
    this.running = next.catch(() => []);
    return next;
  }

  private async syncNow(name: string | undefined, options: { maxPages?: number }): Promise<PeerSync[]> {
    const peers = name ? [await this.peers.findByName(name)] : await this.peers.list();
    if (name && !peers[0]) throw new JalaError('not_found', `no peer ${JSON.stringify(name)}`);
    const results: PeerSync[] = [];
    for (const peer of peers as PeerRow[]) {
      const result: PeerSync = { peer: peer.name, collections: [] };
      try {
        await this.pull(peer, result, options);
        if (peer.push) result.pushed = await this.push(peer);
        await this.peers.synced(peer.id, this.clock().toISOString(), null);
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
        await this.peers.synced(peer.id, this.clock().toISOString(), result.error);
      }
      await this.audit.record(
        systemActor(this.nodeOrgId),
        'peer.sync',
        { type: 'peer', id: peer.id },
        { ...result },
      );
      results.push(result);
    }
    return results;
  }

  /**
   * Pushes this node's community reports (TLP:CLEAR and GREEN) changed since the last push to the peer's
   * inbox collection, whole report groups per request, and moves the push cursor as each is accepted.
   */
  private async push(peer: PeerRow): Promise<number> {
    const local = this.options.local;
    if (!local) return 0;
    const { root, collections } = await this.discover(peer);
    const inbox = collections.find((c) => c.can_write);
    if (!inbox) throw new Error(`${peer.name}: no collection accepts objects`);
    const PUSH = 'push';
    const since = (await this.peers.cursors(peer.id)).find((c) => c.collection_id === PUSH)?.added_after;
    const after = since ? new Date(new Date(since).getTime() - 1).toISOString() : undefined;
    const actor = systemActor(this.nodeOrgId);
    let next: string | undefined;
    let held: (Stix & { _dateAdded?: string })[] = [];
    let pushed = 0;
    const send = async () => {
      if (held.length === 0) return;
      const last = held[held.length - 1]!._dateAdded;
      const objects = held.map(({ _dateAdded, ...o }) => o);
      const response = await (this.options.fetch ?? fetch)(`${root}collections/${inbox.id}/objects/`, {
        method: 'POST',
        headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${peer.token}` },
        body: JSON.stringify({ objects }),
        signal: AbortSignal.timeout(120_000),
      });
      if (!response.ok)
        throw new Error(
          `${peer.name}: ${response.status} pushing to ${inbox.id}: ${(await response.text()).slice(0, 200)}`,
        );
      pushed += objects.length;
      if (last) await this.peers.advance(peer.id, PUSH, last, objects.length, this.clock().toISOString());
      held = [];
    };
    do {
      const page = await local.objects(
        collectionId('community'),
        { addedAfter: after, limit: this.pageSize, next },
        actor,
      );
      held.push(...page.objects);
      if (!page.more || held[held.length - 1]?.type === 'report') await send();
      next = page.more ? page.next : undefined;
    } while (next);
    return pushed;
  }

  private async discover(peer: PeerRow) {
    const discovery = (await this.get(peer, `${peer.url}/taxii2/`)).body;
    const root = new URL(
      String(discovery.default ?? (discovery.api_roots as string[] | undefined)?.[0] ?? ''),
      `${peer.url}/`,
    ).toString();
    const collections = ((await this.get(peer, `${root}collections/`)).body.collections ?? []) as {
      id: string;
      title: string;
      can_read: boolean;
      can_write: boolean;
    }[];
    return { root, collections };
  }

  private async get(
    peer: PeerRow,
    url: string,
  ): Promise<{ body: Record<string, unknown>; headers: Headers }> {
    const response = await (this.options.fetch ?? fetch)(url, {
      headers: { accept: TAXII, authorization: `Bearer ${peer.token}` },
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (!response.ok) {
      let detail = text.slice(0, 200);
      try {
        const error = JSON.parse(text) as { title?: string; description?: string };
        detail = [error.title, error.description].filter(Boolean).join(': ');
      } catch {}
      throw new Error(`${peer.name}: ${response.status} from ${url}: ${detail}`);
    }
    return { body: JSON.parse(text) as Record<string, unknown>, headers: response.headers };
  }

  private async pull(peer: PeerRow, result: PeerSync, options: { maxPages?: number }): Promise<void> {
    const { root, collections } = await this.discover(peer);
    const cursors = new Map((await this.peers.cursors(peer.id)).map((c) => [c.collection_id, c.added_after]));
    let pages = 0;
    for (const collection of collections.filter((c) => c.can_read)) {
      const counts: CollectionSync = {
        collection: collection.id,
        title: collection.title,
        objects: 0,
        reports: 0,
        imported: 0,
        unchanged: 0,
        rejected: 0,
      };
      result.collections.push(counts);
      const since = cursors.get(collection.id);
      // A millisecond before the cursor: objects added in the same millisecond as the last one imported come
      // again (and change nothing) rather than being missed.
      const after = since ? new Date(new Date(since).getTime() - 1).toISOString() : undefined;
      let url = `${root}collections/${collection.id}/objects/?limit=${this.pageSize}${after ? `&added_after=${encodeURIComponent(after)}` : ''}`;
      let held: Stix[] = [];
      // A page carries each object once: a report whose group began on the previous page may refer to an
      // observable, country or creator sent (and imported) earlier on that page. Those two pages' objects
      // are kept at hand to go with it again.
      let previousPage = new Map<string, Stix>();
      let currentPage = new Map<string, Stix>();
      /** Imports the whole report groups held (up to the last report), and moves the cursor to `addedTo`. */
      const flush = async (upTo: number, addedTo: string | undefined) => {
        if (upTo <= 0) return;
        const batch = held.slice(0, upTo);
        held = held.slice(upTo);
        const present = new Set(batch.map((o) => o.id));
        for (const report of batch.filter((o) => o.type === 'report')) {
          const refs = [...((report.object_refs as string[] | undefined) ?? []), report.created_by_ref];
          for (const ref of refs) {
            const object =
              typeof ref === 'string' && !present.has(ref)
                ? (currentPage.get(ref) ?? previousPage.get(ref))
                : undefined;
            if (!object) continue;
            batch.unshift(object);
            present.add(ref as string);
          }
        }
        const summary = await this.importer.importObjects(batch, {
          orgId: this.nodeOrgId,
          actor: systemActor(this.nodeOrgId),
          federated: 'pulled',
          label: `${peer.name}/${collection.title}`,
        });
        counts.objects += batch.length;
        counts.reports += summary.reports;
        counts.imported += summary.imported + summary.updated;
        counts.unchanged += summary.unchanged;
        counts.rejected += summary.rejected;
        if (addedTo)
          await this.peers.advance(peer.id, collection.id, addedTo, batch.length, this.clock().toISOString());
      };
      let previousLast: string | undefined;
      for (;;) {
        if (options.maxPages !== undefined && pages >= options.maxPages) return;
        const { body, headers } = await this.get(peer, url);
        pages += 1;
        const objects = (body.objects ?? []) as Stix[];
        previousPage = currentPage;
        currentPage = new Map(objects.filter((o) => o.type !== 'report').map((o) => [o.id, o]));
        held.push(...objects);
        const last = headers.get('x-taxii-date-added-last') ?? previousLast;
        if (!body.more) {
          await flush(held.length, last);
          break;
        }
        // Whole report groups are imported as soon as their report arrives; the rest waits for the next page.
        // The cursor then stays at the previous page's last date added: the group under way started no earlier,
        // and a resumed sync reads it again from there.
        let end = held.length;
        while (end > 0 && held[end - 1]!.type !== 'report') end -= 1;
        if (end === held.length) await flush(end, last);
        else if (end > 0 || held.length >= BATCH) await flush(end > 0 ? end : held.length, previousLast);
        previousLast = last;
        url = `${root}collections/${collection.id}/objects/?limit=${this.pageSize}&next=${encodeURIComponent(String(body.next))}${after ? `&added_after=${encodeURIComponent(after)}` : ''}`;
      }
    }
  }
}

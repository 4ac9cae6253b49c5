import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorActor } from '../src/domain/access/roles.js';
import { collectionId } from '../src/features/federation/taxii.service.js';
import { buildServer } from '../src/http/server.js';
import { DIALECTS, openTestApp, type TestApp } from './support/app.js';

const TAXII = 'application/taxii+json;version=2.1';
const ROOT = '/taxii2/jala/';
const COMMUNITY = collectionId('community');
const AMBER = collectionId('amber');
const INBOX = collectionId('inbox');

describe.each(DIALECTS)('TAXII 2.1 server on %s', (dialect) => {
  let t: TestApp;
  let server: FastifyInstance;
  let peer: Record<string, string>;
  let partner: Record<string, string>;

  beforeAll(async () => {
    t = await openTestApp(dialect, { JALA_AMBER_PARTNERS: 'MY NSRC' });
    server = await buildServer(t.app, { logger: false });
    const op = operatorActor(t.app.nodeOrganisation.id, 'test');
    const token = async (org: string, country: string, email: string) => {
      const id = (await t.app.organisations.register({ name: org, country, sector: 'police' }, op)).id;
      const user = await t.app.users.add(
        { email, org: id, role: 'analyst', password: 'a long enough password' },
        op,
      );
      return {
        authorization: `Bearer ${(await t.app.tokens.create(op, { name: 'peer', userId: user.id })).token}`,
        accept: TAXII,
      };
    };
    peer = await token('PH CICC', 'PH', 'ph@peer.example');
    partner = await token('MY NSRC', 'MY', 'my@peer.example');
    const base = {
      reported_at: '2026-03-02T10:00:00Z',
      country: 'ID',
      source: 'police',
      scam_type: 'investment',
    };
    const records = [];
    for (let i = 0; i < 7; i++)
      records.push({
        ...base,
        id: `T-${i}`,
        tlp: i % 2 === 0 ? 'clear' : 'green',
        indicators: [{ value: `0812-1000-10${i}0` }, { value: '0812-9999-0000' }],
      });
    records.push({ ...base, id: 'T-amber', tlp: 'amber', indicators: [{ value: '0813-2000-2000' }] });
    records.push({ ...base, id: 'T-red', tlp: 'red', indicators: [{ value: '0813-3000-3000' }] });
    await t.app.reports.submit(records, t.app.nodeOrganisation.id);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const get = (url: string, headers: Record<string, string>) => server.inject({ url, headers });

  it('answers discovery and the API root in TAXII’s media type, and refuses other media types and strangers', async () => {
    const discovery = await get('/taxii2/', peer);
    expect(discovery.statusCode).toBe(200);
    expect(discovery.headers['content-type']).toBe(TAXII);
    expect(discovery.json()).toMatchObject({ default: ROOT, api_roots: [ROOT] });
    expect((await get(ROOT, peer)).json()).toMatchObject({ versions: [TAXII] });
    const wrongAccept = await get('/taxii2/', { ...peer, accept: 'application/json' });
    expect(wrongAccept.statusCode).toBe(406);
    expect(wrongAccept.json()).toMatchObject({ title: 'Not acceptable', http_status: '406' });
    const stranger = await get('/taxii2/', { accept: TAXII });
    expect(stranger.statusCode).toBe(401);
    expect(stranger.headers['content-type']).toBe(TAXII);
    expect(stranger.json().http_status).toBe('401');
  });

  it('takes the token in the TAXII client’s `Token` scheme as well as `Bearer`', async () => {
    const token = peer.authorization!.replace(/^Bearer /, '');
    const ok = await get('/taxii2/', { authorization: `Token ${token}`, accept: TAXII });
    expect(ok.statusCode).toBe(200);
    const wrong = await get('/taxii2/', { authorization: `Basic ${token}`, accept: TAXII });
    expect(wrong.statusCode).toBe(401);
  });

  it('lists collections by how far their content may travel: AMBER only for agreement partners', async () => {
    const mine = (await get(`${ROOT}collections/`, peer)).json().collections;
    expect(
      mine.map((c: { id: string; can_read: boolean; can_write: boolean }) => [c.id, c.can_read, c.can_write]),
    ).toEqual([
      [COMMUNITY, true, false],
      [AMBER, false, false],
      [INBOX, false, true],
    ]);
    expect((await get(`${ROOT}collections/${AMBER}/objects/`, peer)).statusCode).toBe(403);
    expect((await get(`${ROOT}collections/${AMBER}/`, partner)).json().can_read).toBe(true);
  });

  it('pages through a collection: never more than asked, every report exactly once, RED and AMBER left out', async () => {
    const seen: { id: string; type: string }[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const response = await get(
        `${ROOT}collections/${COMMUNITY}/objects/?limit=4${next ? `&next=${next}` : ''}`,
        peer,
      );
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.objects.length).toBeLessThanOrEqual(4);
      expect(response.headers['x-taxii-date-added-first']).toBeDefined();
      seen.push(...body.objects);
      next = body.more ? body.next : undefined;
      pages += 1;
    } while (next && pages < 50);
    const reports = seen.filter((o) => o.type === 'report').map((o) => o.id);
    expect(reports).toHaveLength(7);
    expect(new Set(reports).size).toBe(7);
    expect(JSON.stringify(seen)).not.toContain('T-amber');
    expect(JSON.stringify(seen)).not.toContain('T-red');
    const partnerView = (
      await get(`${ROOT}collections/${AMBER}/objects/?match[type]=report`, partner)
    ).json();
    expect(partnerView.objects).toHaveLength(1); // the AMBER report: CLEAR and GREEN are in community
  });

  it('feeds a client that pages the way OpenCTI’s TAXII ingestion does, run after run', async () => {
    // OpenCTI's ingestion manager (opencti-platform, src/manager/ingestionManager.ts): each run GETs
    // <api root>/collections/<id>/objects/ with its stored `next` and `added_after`; while `more` and `next`,
    // it keeps `next`; otherwise it forgets `next` and keeps X-TAXII-Date-Added-Last as `added_after`. A run
    // that receives no objects changes nothing.
    const state: { next?: string | undefined; added_after?: string | undefined } = {};
    const run = async (): Promise<{ type: string; id: string }[]> => {
      const params = new URLSearchParams({ limit: '5' });
      if (state.next) params.set('next', state.next);
      if (state.added_after) params.set('added_after', state.added_after);
      const response = await get(`${ROOT}collections/${COMMUNITY}/objects/?${params}`, peer);
      expect(response.statusCode).toBe(200);
      const data = response.json();
      const objects = data.objects ?? [];
      if (objects.length === 0) return [];
      if (data.more && data.next) state.next = data.next;
      else {
        state.next = undefined;
        state.added_after = String(response.headers['x-taxii-date-added-last']);
      }
      return objects;
    };
    const drain = async () => {
      const all: { type: string; id: string }[] = [];
      for (let i = 0; i < 100; i++) {
        const objects = await run();
        if (objects.length === 0) break;
        all.push(...objects);
      }
      return all;
    };
    const reportsOf = (objects: { type: string; id: string }[]) => objects.filter((o) => o.type === 'report');
    const first = reportsOf(await drain());
    expect(first).toHaveLength(7);
    expect(new Set(first.map((r) => r.id)).size).toBe(7);
    // Nothing new: the next runs bring nothing. A new report: they bring it, and it alone.
    expect(await drain()).toEqual([]);
    await t.app.reports.submit(
      [
        {
          id: 'T-later',
          reported_at: '2026-03-05T10:00:00Z',
          country: 'ID',
          source: 'police',
          scam_type: 'investment',
          tlp: 'green',
          indicators: [{ value: '0812-7777-1234' }],
        },
      ],
      t.app.nodeOrganisation.id,
    );
    const second = reportsOf(await drain());
    expect(second).toHaveLength(1);
    expect(JSON.stringify(second)).toContain('T-later');
  });

  it('filters by type, id and time added, and serves an object, its versions and the manifest', async () => {
    const reports = (await get(`${ROOT}collections/${COMMUNITY}/objects/?match[type]=report`, peer)).json()
      .objects;
    expect(reports.every((o: { type: string }) => o.type === 'report')).toBe(true);
    const one = reports[0];
    const byId = (await get(`${ROOT}collections/${COMMUNITY}/objects/${one.id}/`, peer)).json();
    expect(byId.objects.map((o: { id: string }) => o.id)).toEqual([one.id]);
    expect((await get(`${ROOT}collections/${COMMUNITY}/objects/${one.id}/versions/`, peer)).json()).toEqual({
      more: false,
      versions: [one.modified],
    });
    expect(
      (
        await get(
          `${ROOT}collections/${COMMUNITY}/objects/report--00000000-0000-4000-8000-000000000000/`,
          peer,
        )
      ).statusCode,
    ).toBe(404);
    const later = (
      await get(
        `${ROOT}collections/${COMMUNITY}/objects/?added_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
        peer,
      )
    ).json();
    expect(later).toEqual({ more: false });
    const manifest = (await get(`${ROOT}collections/${COMMUNITY}/manifest/?limit=3`, peer)).json();
    expect(manifest.objects).toHaveLength(3);
    expect(manifest.objects[0]).toMatchObject({ media_type: 'application/stix+json;version=2.1' });
    expect(manifest.objects[0].date_added).toMatch(/Z$/);
  });

  it('lets a pushing peer speak for itself and the organisations it introduced, never for this node’s', async () => {
    type Stix = Record<string, unknown> & { id: string; type: string };
    const objects = (await get(`${ROOT}collections/${COMMUNITY}/objects/?limit=1000`, peer)).json()
      .objects as Stix[];
    const report = objects.find((o) => o.type === 'report')!;
    const refs = new Set([...(report.object_refs as string[]), report.created_by_ref as string]);
    const phone = objects.find((o) => refs.has(o.id) && o.type === 'phone-number');
    const context = objects.filter((o) => refs.has(o.id));
    const now = new Date().toISOString();
    // A copy of this node's own report, claiming an earlier date: a rewrite of someone else's record.
    const forged = { ...report, published: '2020-01-01T00:00:00.000Z', modified: now };
    const invented = {
      type: 'identity',
      spec_version: '2.1',
      id: 'identity--3a4d2a4e-6f0a-4d57-9a39-0f1b7d1f4c11',
      created: now,
      modified: now,
      name: 'Org invented by a peer',
      identity_class: 'organization',
    };
    const theirs = {
      ...report,
      id: 'report--0d6a3f6e-2f55-4c3b-9a59-3c8f3b1f2a10',
      created_by_ref: invented.id,
      modified: now,
    };
    const unknown = { type: 'x-unknown-thing', id: 'x-unknown-thing--6b1f8d7e-1111-4a2b-8c3d-4e5f6a7b8c9d' };
    const pushed = [...context, forged, invented, theirs, unknown];
    const response = await server.inject({
      method: 'POST',
      url: `${ROOT}collections/${INBOX}/objects/`,
      headers: { ...peer, 'content-type': TAXII },
      payload: JSON.stringify({ objects: pushed }),
    });
    expect(response.statusCode).toBe(202);
    // The forged report and the object nobody maps failed; the rest were taken.
    expect(response.json()).toMatchObject({
      total_count: pushed.length,
      success_count: pushed.length - 2,
      failure_count: 2,
    });
    expect(phone).toBeDefined();
    const seen = await t.app.indicators.check(
      { value: String(phone!.value) },
      { public: false, orgId: undefined },
    );
    expect(seen.first_seen?.slice(0, 10)).toBe('2026-03-02');
    const org = await t.app.organisations.resolve('Org invented by a peer');
    const pusher = await t.app.organisations.resolve('PH CICC');
    expect(org.origin_org_id).toBe(pusher.id);
  });

  it('takes objects pushed to its inbox, answers with a status resource, and refuses the wrong media type', async () => {
    const objects = (await get(`${ROOT}collections/${COMMUNITY}/objects/?limit=1000`, peer)).json().objects;
    const other = await openTestApp('sqlite');
    const otherServer = await buildServer(other.app, { logger: false });
    try {
      const op = operatorActor(other.app.nodeOrganisation.id, 'test');
      const user = await other.app.users.add(
        {
          email: 'pusher@x.example',
          org: other.app.nodeOrganisation.id,
          role: 'analyst',
          password: 'a long enough password',
        },
        op,
      );
      const auth = {
        authorization: `Bearer ${(await other.app.tokens.create(op, { name: 'p', userId: user.id })).token}`,
        accept: TAXII,
      };
      const pushed = await otherServer.inject({
        method: 'POST',
        url: `${ROOT}collections/${INBOX}/objects/`,
        headers: { ...auth, 'content-type': TAXII },
        payload: JSON.stringify({ objects }),
      });
      expect(pushed.statusCode).toBe(202);
      const status = pushed.json();
      expect(status).toMatchObject({ status: 'complete', total_count: objects.length, failure_count: 0 });
      expect(
        (await otherServer.inject({ url: `${ROOT}status/${status.id}/`, headers: auth })).json(),
      ).toMatchObject({ id: status.id });
      expect(
        (await other.app.indicators.check({ value: '0812-9999-0000', country: 'ID' }, { public: true }))
          .reports,
      ).toBe(4);
      const wrongType = await otherServer.inject({
        method: 'POST',
        url: `${ROOT}collections/${INBOX}/objects/`,
        headers: { ...auth, 'content-type': 'application/json' },
        payload: JSON.stringify({ objects }),
      });
      expect(wrongType.statusCode).toBe(415);
      const readOnly = await otherServer.inject({
        method: 'POST',
        url: `${ROOT}collections/${COMMUNITY}/objects/`,
        headers: { ...auth, 'content-type': TAXII },
        payload: JSON.stringify({ objects }),
      });
      expect(readOnly.statusCode).toBe(403);
    } finally {
      await otherServer.close();
      await other.close();
    }
  });
});

import type { Tlp } from '../tlp.js';
import type { Actor } from './roles.js';

/**
 * TLP 2.0 as a node applies it to the organisations that sign in to it:
 *  - RED and AMBER+STRICT: only inside the organisation that owns the record;
 *  - AMBER: organisations of this node (everyone with an account here; a peer node's staff never are);
 *  - GREEN and CLEAR: likewise, and GREEN may go to peer communities, CLEAR to the public (elsewhere).
 * The command line and the node itself act for the node operator and see everything.
 */
export function canSee(actor: Actor, record: { tlp: Tlp | string; origin_org_id: string }): boolean {
  if (actor.kind === 'cli' || actor.kind === 'system') return true;
  if (record.origin_org_id === actor.orgId) return true;
  return record.tlp === 'clear' || record.tlp === 'green' || record.tlp === 'amber';
}

/** The TLP levels an actor may see from organisations other than its own. */
export const SHARED_WITHIN_NODE: readonly Tlp[] = ['clear', 'green', 'amber'];

/** Whose eyes a query over many records is for: an organisation (TLP and ownership apply), or all. */
export type Viewer = { all: true } | { all: false; orgId: string };

export function viewerOf(actor: Actor): Viewer {
  return actor.kind === 'cli' || actor.kind === 'system' ? { all: true } : { all: false, orgId: actor.orgId };
}

/**
 * Who a look-up answers. The public sees only what TLP 2.0 lets anyone see: reports marked TLP:CLEAR.
 * (TLP:GREEN may go to a community, never to publicly accessible channels.) An organisation sees what it
 * may see of everyone's and all of its own.
 */
export type Audience = { public: true } | { public: false; orgId: string | undefined };

export const PUBLIC: Audience = { public: true };
export const PUBLIC_TLPS: readonly Tlp[] = ['clear'];

export function audienceOf(actor: Actor | undefined): Audience {
  if (!actor) return PUBLIC;
  return { public: false, orgId: actor.kind === 'cli' || actor.kind === 'system' ? undefined : actor.orgId };
}

/** The markings an audience reads from everyone, and whose own records it also reads. */
export function lookupScope(audience: Audience): { tlps: readonly Tlp[]; orgId?: string | undefined } {
  return audience.public ? { tlps: PUBLIC_TLPS } : { tlps: SHARED_WITHIN_NODE, orgId: audience.orgId };
}

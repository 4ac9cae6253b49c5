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

import type { IndicatorKind } from '../../../domain/indicators/types.js';
import type { ScamType } from '../../../domain/report.js';

/**
 * What victims write, per language: stories per scam type with slots, and how each kind of indicator is
 * named in a sentence. Slots: `{contact}` (phone, handle, e-mail), `{pay}` (account, e-wallet, wallet),
 * `{link}` (URL, domain, app), `{amount}`, `{days}`. In phrases: `{v}` value, `{label}` bank/provider/
 * platform/chain as written, `{holder}` the account holder.
 */
export interface StoryPack {
  stories: Record<ScamType, readonly string[]>;
  phrases: Partial<Record<IndicatorKind, readonly string[]>>;
  /** Words for a slot the report has no indicator for. */
  fallback: { contact: readonly string[]; pay: readonly string[]; link: readonly string[] };
  and: string;
  /** A sentence for indicators the chosen story has no slot for: `{x}`. */
  also: string;
  closers: readonly string[];
}

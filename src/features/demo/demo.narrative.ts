import type { IndicatorKind } from '../../domain/indicators/types.js';
import type { ReportSource, ScamType } from '../../domain/report.js';
import type { Language } from './demo.countries.js';
import type { Random } from './demo.random.js';
import type { Spelled } from './demo.spelling.js';
import { en, institutional, institutionalClosers, institutionalFallback } from './stories/en.js';
import { fil } from './stories/fil.js';
import { id } from './stories/id.js';
import { ms } from './stories/ms.js';
import type { StoryPack } from './stories/pack.js';
import { th } from './stories/th.js';
import { vi } from './stories/vi.js';

/**
 * Victims' narratives: a story for the scam type in the victim's language, with the report's indicators
 * written into it (sometimes one that appears nowhere else: the importer extracts from narratives too).
 */
export const NARRATIVE_MIN = 100;
export const NARRATIVE_MAX = 600;

type Slot = 'contact' | 'pay' | 'link' | 'amount' | 'days';
type Group = 'contact' | 'pay' | 'link';

/** A template split once into text and slots: `parts` alternates text (even indices) and slot names (odd). */
interface Template {
  parts: readonly string[];
  slots: ReadonlySet<string>;
}

function compile(text: string): Template {
  const parts = text.split(/\{(contact|pay|link|amount|days)\}/);
  const slots = new Set<string>();
  for (let i = 1; i < parts.length; i += 2) slots.add(parts[i]!);
  return { parts, slots };
}

const PACKS: Record<Language, StoryPack> = { en, id, ms, th, vi, fil };

const compiledStories = Object.fromEntries(
  Object.entries(PACKS).map(([language, pack]) => [
    language,
    Object.fromEntries(
      Object.entries(pack.stories).map(([scamType, stories]) => [scamType, stories.map(compile)]),
    ),
  ]),
) as Record<Language, Record<ScamType, Template[]>>;
const compiledInstitutional = new Map(
  Object.entries(institutional).map(([source, stories]) => [source, stories.map(compile)] as const),
);

const GROUP_OF: Record<IndicatorKind, Group> = {
  phone: 'contact',
  social: 'contact',
  email: 'contact',
  bank_account: 'pay',
  ewallet: 'pay',
  crypto: 'pay',
  url: 'link',
  domain: 'link',
  app: 'link',
  ip: 'link',
};

export interface Mention {
  spelled: Spelled;
  /** Kept even when the text runs long: it is the only place this indicator appears. */
  required: boolean;
}

export interface NarrativeInput {
  language: Language;
  scamType: ScamType;
  source: ReportSource;
  mentions: readonly Mention[];
  amountText: string;
  days: number;
}

const compiledPhrases = new Map<StoryPack, Partial<Record<IndicatorKind, Template[]>>>(
  Object.values(PACKS).map((pack) => [
    pack,
    Object.fromEntries(Object.entries(pack.phrases).map(([kind, list]) => [kind, list.map(compilePhrase)])),
  ]),
);
const PLAIN: Template[] = [compilePhrase('{v}')];

function compilePhrase(text: string): Template {
  const parts = text.split(/\{(v|label|holder)\}/);
  return { parts, slots: new Set(parts.filter((_, i) => i % 2 === 1)) };
}

function phrase(pack: StoryPack, spelled: Spelled, rng: Random): string {
  const template = rng.pick(compiledPhrases.get(pack)![spelled.kind] ?? PLAIN);
  let text = '';
  const parts = template.parts;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) text += parts[i]!;
    else if (parts[i] === 'v') text += spelled.value;
    else if (parts[i] === 'label') text += spelled.label ?? '';
    else text += (spelled.holder ?? '').toUpperCase();
  }
  return text;
}

function render(input: NarrativeInput, mentions: readonly Mention[], rng: Random): string {
  const institution = input.source !== 'victim' && input.source !== 'public';
  const pack = institution ? en : PACKS[input.language];
  const templates = institution
    ? compiledInstitutional.get(input.source)!
    : compiledStories[input.language][input.scamType];
  const template = rng.pick(templates);

  const groups: Record<Group, string[]> = { contact: [], pay: [], link: [] };
  const leftover: string[] = [];
  for (const mention of mentions) {
    const group = GROUP_OF[mention.spelled.kind];
    const text = phrase(pack, mention.spelled, rng);
    if (template.slots.has(group)) groups[group].push(text);
    else leftover.push(text);
  }
  const joiner = ` ${pack.and} `;
  const fill = (slot: Slot): string => {
    if (slot === 'amount') return input.amountText;
    if (slot === 'days') return String(input.days);
    const texts = groups[slot];
    return texts.length > 0
      ? texts.join(joiner)
      : rng.pick((institution ? institutionalFallback : pack.fallback)[slot]);
  };
  let text = '';
  const parts = template.parts;
  for (let i = 0; i < parts.length; i++) text += i % 2 === 0 ? parts[i]! : fill(parts[i] as Slot);
  if (leftover.length > 0) text += ` ${pack.also.split('{x}').join(leftover.join(joiner))}`;
  const closers = institution ? institutionalClosers : pack.closers;
  if (text.length < NARRATIVE_MIN || rng.chance(0.35)) text += ` ${rng.pick(closers)}`;
  while (text.length < NARRATIVE_MIN) text += ` ${rng.pick(closers)}`;
  return text;
}

/** A narrative of 100–600 characters; optional mentions are dropped, last first, to fit. */
export function writeNarrative(input: NarrativeInput, rng: Random): string {
  let mentions = input.mentions;
  let text = render(input, mentions, rng);
  while (text.length > NARRATIVE_MAX) {
    const droppable = mentions.findLastIndex((m) => !m.required);
    if (droppable < 0) break;
    mentions = mentions.filter((_, i) => i !== droppable);
    text = render(input, mentions, rng);
  }
  // Only a pathological combination of long values gets here; a cut story is still a story.
  return text.length > NARRATIVE_MAX ? `${text.slice(0, NARRATIVE_MAX - 1)}…` : text;
}

const thousands = (n: number, separator: string): string => {
  const digits = String(Math.round(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
};

const decimal = (n: number, comma: boolean): string => {
  const text = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return comma ? text.replace('.', ',') : text;
};

/** An amount as people write it locally: `Rp 5.000.000`, `Rp 12,5 juta`, `25,000 บาท`, `RM5k`, `50 triệu`, `₱20,000`. */
export function formatAmount(amount: number, currency: string, language: Language, rng: Random): string {
  const roll = rng.next();
  const millions = amount / 1_000_000;
  const k = amount / 1000;
  switch (currency) {
    case 'IDR':
      if (roll < 0.4) return `Rp ${thousands(amount, '.')}`;
      if (roll < 0.6) return `Rp${thousands(amount, '.')}`;
      if (roll < 0.85 && amount >= 1_000_000)
        return `${roll < 0.75 ? 'Rp ' : ''}${decimal(millions, true)} juta`;
      return language === 'en' ? `IDR ${thousands(amount, ',')}` : `Rp ${thousands(amount, '.')},-`;
    case 'VND':
      if (roll < 0.35) return `${thousands(amount, '.')} đồng`;
      if (roll < 0.55) return `${thousands(amount, '.')}đ`;
      if (roll < 0.8 && amount >= 1_000_000) return `${decimal(millions, true)} triệu`;
      if (roll < 0.9 && amount >= 1_000_000) return `${decimal(millions, true)}tr`;
      return `${thousands(amount, ',')} VND`;
    case 'THB':
      if (language === 'th')
        return roll < 0.7 ? `${thousands(amount, ',')} บาท` : `฿${thousands(amount, ',')}`;
      return roll < 0.5 ? `${thousands(amount, ',')} baht` : `THB ${thousands(amount, ',')}`;
    case 'MYR':
      if (roll < 0.5) return `RM${thousands(amount, ',')}`;
      if (roll < 0.8 || !Number.isInteger(k)) return `RM ${thousands(amount, ',')}`;
      return `RM${k}k`;
    case 'PHP':
      if (roll < 0.4) return `₱${thousands(amount, ',')}`;
      if (roll < 0.65) return `PHP ${thousands(amount, ',')}`;
      if (roll < 0.8 || !Number.isInteger(k)) return `P${thousands(amount, ',')}`;
      return `${k}k pesos`;
    case 'SGD':
      if (roll < 0.5) return `S$${thousands(amount, ',')}`;
      return roll < 0.75 ? `$${thousands(amount, ',')}` : `SGD ${thousands(amount, ',')}`;
    case 'BND':
      return roll < 0.6 ? `B$${thousands(amount, ',')}` : `BND ${thousands(amount, ',')}`;
    default:
      if (roll < 0.5) return `$${thousands(amount, ',')}`;
      return roll < 0.8 ? `${currency} ${thousands(amount, ',')}` : `${thousands(amount, ',')} ${currency}`;
  }
}

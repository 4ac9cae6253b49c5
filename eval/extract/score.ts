import { readFileSync } from 'node:fs';
import { extractIndicators, indicatorKey } from '../../src/domain/extract/extract.js';

/** One labelled narrative: what a human analyst marks in it, as canonical (kind, value) pairs. */
export interface Narrative {
  id: string;
  lang: string;
  country?: string;
  text: string;
  expected: { kind: string; value: string }[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Mistake {
  id: string;
  lang: string;
  kind: string;
  value: string;
  /** The text the extractor matched (false positives only). */
  written?: string;
}

export interface Score {
  byLanguage: Map<string, Tally & { narratives: number }>;
  overall: Tally & { narratives: number };
  misses: Mistake[];
  falsePositives: Mistake[];
}

export const CORPUS_PATH = new URL('./corpus.jsonl', import.meta.url);

export function loadCorpus(path: URL | string = CORPUS_PATH): Narrative[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Narrative;
      } catch {
        throw new Error(`corpus line ${index + 1}: not valid JSON`);
      }
    });
}

const empty = () => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, narratives: 0 });

/** Compares, per narrative, the set of extracted (kind, value) with the expected set. */
export function score(corpus: readonly Narrative[]): Score {
  const byLanguage = new Map<string, Tally & { narratives: number }>();
  const overall = empty();
  const misses: Mistake[] = [];
  const falsePositives: Mistake[] = [];
  for (const narrative of corpus) {
    const found = extractIndicators(narrative.text, { country: narrative.country });
    const expected = new Set(narrative.expected.map(indicatorKey));
    const got = new Map<string, string>();
    for (const f of found)
      if (!got.has(indicatorKey(f))) got.set(indicatorKey(f), narrative.text.slice(f.start, f.end));
    const tally = byLanguage.get(narrative.lang) ?? empty();
    byLanguage.set(narrative.lang, tally);
    tally.narratives += 1;
    overall.narratives += 1;
    for (const key of expected) {
      const [kind = '', value = ''] = key.split('\u0000');
      if (got.has(key)) {
        tally.truePositives += 1;
        overall.truePositives += 1;
      } else {
        tally.falseNegatives += 1;
        overall.falseNegatives += 1;
        misses.push({ id: narrative.id, lang: narrative.lang, kind, value });
      }
    }
    for (const [key, written] of got) {
      if (expected.has(key)) continue;
      const [kind = '', value = ''] = key.split('\u0000');
      tally.falsePositives += 1;
      overall.falsePositives += 1;
      falsePositives.push({ id: narrative.id, lang: narrative.lang, kind, value, written });
    }
  }
  return { byLanguage, overall, misses, falsePositives };
}

export function precision(t: Tally): number {
  const found = t.truePositives + t.falsePositives;
  return found === 0 ? 1 : t.truePositives / found;
}

export function recall(t: Tally): number {
  const expected = t.truePositives + t.falseNegatives;
  return expected === 0 ? 1 : t.truePositives / expected;
}

export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

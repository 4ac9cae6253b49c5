/**
 * Scores the narrative extractor against the labelled narratives: precision, recall and F1 per language
 * and overall, then the misses and false positives, for
 *   - corpus.jsonl:  the development set (the extractor was built looking at much of it),
 *   - holdout.jsonl: written and labelled by someone who never saw the extractor; its misses were later
 *     studied and their classes fixed, so it is no longer blind,
 *   - holdout-2.jsonl: a second set written the same way, then studied and fixed like the first,
 *   - holdout-3.jsonl: a third, written the same way, then studied and fixed like the first two,
 *   - holdout-4.jsonl: a fourth, written the same way, then studied and fixed like the first three,
 *   - holdout-5.jsonl: a fifth, blind to every change so far: the honest figure,
 *   - all six together.
 * Exits 1 when precision < 0.97 or recall < 0.93 on all six together.
 *
 *   npm run eval:extract [-- --show 50]
 */
import { f1, loadCorpus, precision, recall, score, type Tally } from './score.js';

export const MIN_PRECISION = 0.97;
export const MIN_RECALL = 0.93;

const showArg = process.argv.indexOf('--show');
const show = showArg > 0 ? Number(process.argv[showArg + 1] ?? 20) || 20 : 20;

const development = loadCorpus();
const holdout = loadCorpus(new URL('./holdout.jsonl', import.meta.url));
const holdout2 = loadCorpus(new URL('./holdout-2.jsonl', import.meta.url));
const holdout3 = loadCorpus(new URL('./holdout-3.jsonl', import.meta.url));
const holdout4 = loadCorpus(new URL('./holdout-4.jsonl', import.meta.url));
const holdout5 = loadCorpus(new URL('./holdout-5.jsonl', import.meta.url));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, t: Tally & { narratives: number }) =>
  [
    name.padEnd(8),
    String(t.narratives).padStart(5),
    String(t.truePositives).padStart(5),
    String(t.falsePositives).padStart(5),
    String(t.falseNegatives).padStart(5),
    pct(precision(t)),
    pct(recall(t)),
    pct(f1(t)),
  ].join('  ');

function report(title: string, corpus: typeof development) {
  const started = process.hrtime.bigint();
  const result = score(corpus);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(`== ${title}\n`);
  const lines = [
    ['language', 'texts', '   tp', '   fp', '   fn', 'precision', ' recall', '     F1'].join('  '),
    ...[...result.byLanguage.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, t]) => row(lang, t)),
    row('overall', result.overall),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const list = (title: string, items: typeof result.misses) => {
    if (items.length === 0) return;
    process.stdout.write(`${title} (${items.length}${items.length > show ? `, first ${show}` : ''}):\n`);
    for (const m of items.slice(0, show))
      process.stdout.write(
        `  ${m.id.padEnd(8)} ${m.kind.padEnd(12)} ${m.value}${m.written ? `   ← "${m.written}"` : ''}\n`,
      );
    process.stdout.write('\n');
  };
  list('misses', result.misses);
  list('false positives', result.falsePositives);

  process.stdout.write(
    `${corpus.length} narratives in ${elapsedMs.toFixed(1)} ms (first call includes warm-up)\n`,
  );
  return result;
}

report('development set (eval/extract/corpus.jsonl)', development);
report(
  'held-out set 1 (eval/extract/holdout.jsonl; its misses were studied and their classes fixed)',
  holdout,
);
report(
  'held-out set 2 (eval/extract/holdout-2.jsonl; its misses were studied and their classes fixed)',
  holdout2,
);
report(
  'held-out set 3 (eval/extract/holdout-3.jsonl; its misses were studied and their classes fixed)',
  holdout3,
);
report(
  'held-out set 4 (eval/extract/holdout-4.jsonl; its misses were studied and their classes fixed)',
  holdout4,
);
report(
  'held-out set 5 (eval/extract/holdout-5.jsonl; blind: never seen by whoever changed the extractor)',
  holdout5,
);
const result = report('all six', [
  ...development,
  ...holdout,
  ...holdout2,
  ...holdout3,
  ...holdout4,
  ...holdout5,
]);
const p = precision(result.overall);
const r = recall(result.overall);
if (p < MIN_PRECISION || r < MIN_RECALL) {
  process.stdout.write(`FAIL: targets are precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}\n`);
  process.exit(1);
}
process.stdout.write(
  `OK: precision ${pct(p).trim()} ≥ ${MIN_PRECISION}, recall ${pct(r).trim()} ≥ ${MIN_RECALL}\n`,
);

import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { audienceOf, PUBLIC } from '../../domain/access/visibility.js';
import { parseCountry } from '../../domain/countries.js';
import { JalaError } from '../../domain/errors.js';
import { extractIndicators } from '../../domain/extract/extract.js';
import { canonicalize, isIndicatorKind } from '../../domain/indicators/index.js';
import { createApp } from '../../main/app.js';
import { inputLines, writeLine } from '../lines.js';
import { operator } from '../operator.js';

export function countryOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const country = parseCountry(value);
  if (!country)
    throw new JalaError(
      'invalid_input',
      `--country ${JSON.stringify(value)}: expected an ISO 3166-1 alpha-2 code`,
    );
  return country;
}

export function normalizeCommand(program: Command): void {
  program
    .command('normalize')
    .description('canonicalise values read one per line on stdin; one JSON line out per line in')
    .option('--country <cc>', 'default region for local phone numbers and banks')
    .option('--kind <kind>', 'the kind of every value (detected per value when absent)')
    .action(async (options: { country?: string; kind?: string }) => {
      const country = countryOption(options.country);
      if (options.kind !== undefined && !isIndicatorKind(options.kind)) {
        throw new JalaError(
          'invalid_input',
          `--kind ${JSON.stringify(options.kind)} is not an indicator kind`,
        );
      }
      for await (const input of inputLines()) {
        const result = canonicalize({ value: input, kind: options.kind as never }, { country });
        await writeLine(
          JSON.stringify(
            result.ok
              ? { input, valid: true, kind: result.indicator.kind, value: result.indicator.value }
              : { input, valid: false, error: result.error },
          ),
        );
      }
    });
}

export function extractCommand(program: Command): void {
  program
    .command('extract')
    .description('find indicators in narratives: JSON lines {"text","country"} in, {"indicators":[…]} out')
    .action(async () => {
      let line = 0;
      for await (const input of inputLines()) {
        line += 1;
        if (input.trim() === '') continue;
        let parsed: { text?: unknown; country?: unknown };
        try {
          parsed = JSON.parse(input);
        } catch {
          await writeLine(JSON.stringify({ error: `line ${line}: not valid JSON`, indicators: [] }));
          continue;
        }
        if (typeof parsed?.text !== 'string') {
          await writeLine(JSON.stringify({ error: `line ${line}: "text" must be a string`, indicators: [] }));
          continue;
        }
        const country = typeof parsed.country === 'string' ? parseCountry(parsed.country) : undefined;
        const indicators = extractIndicators(parsed.text, { country }).map(({ kind, value, start, end }) => ({
          kind,
          value,
          start,
          end,
        }));
        await writeLine(JSON.stringify({ indicators }));
      }
    });
}

export function checkCommand(program: Command): void {
  program
    .command('check')
    .description('look a value up: how often it was reported, where, for what — nothing personal')
    .argument('<value>')
    .option('--country <cc>', 'default region for local numbers and banks')
    .option('--kind <kind>', 'the kind of the value (detected when absent)')
    .option('--bank <bank>', 'bank of an account number')
    .option('--provider <provider>', 'e-wallet provider')
    .option('--platform <platform>', 'social platform of a handle')
    .option('--chain <chain>', 'chain of a crypto address')
    .option('--json', 'print the answer as JSON')
    .option('--public', "the public answer (TLP:CLEAR reports only) instead of the node organisation's")
    .action(
      async (
        value: string,
        options: {
          country?: string;
          kind?: string;
          bank?: string;
          provider?: string;
          platform?: string;
          chain?: string;
          json?: boolean;
          public?: boolean;
        },
      ) => {
        const country = countryOption(options.country);
        const app = await createApp(loadConfig());
        try {
          const { bank, provider, platform, chain } = options;
          const answer = await app.indicators.check(
            { value, country, kind: options.kind, qualifier: { bank, provider, platform, chain } },
            options.public ? PUBLIC : audienceOf(operator(app)),
          );
          if (options.json) {
            process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
            return;
          }
          const out = [`${answer.kind} ${answer.value}`];
          if (answer.reported) {
            out.push(`reported in ${answer.reports} report${answer.reports === 1 ? '' : 's'}`);
            out.push(`countries:   ${answer.countries.join(', ')}`);
            out.push(`first seen:  ${answer.first_seen}`);
            out.push(`last seen:   ${answer.last_seen}`);
            out.push(
              `scam types:  ${answer.scam_types.map((s) => `${s.scam_type} (${s.reports})`).join(', ')}`,
            );
            if (answer.losses.length > 0) {
              out.push(
                `losses:      ${answer.losses.map((l) => `${l.amount.toLocaleString('en')} ${l.currency} (${l.reports})`).join(', ')}`,
              );
            }
          } else out.push('no reports');
          out.push(answer.message);
          process.stdout.write(`${out.join('\n')}\n`);
        } finally {
          await app.close();
        }
      },
    );
}

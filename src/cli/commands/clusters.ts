import type { Command } from 'commander';
import { JalaError } from '../../domain/errors.js';
import { writeLine } from '../lines.js';
import { operator } from '../operator.js';
import { withApp } from '../with-app.js';
import { countryOption } from './indicators.js';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new JalaError('invalid_input', `${name} ${JSON.stringify(raw)}: expected a whole number`);
  return n;
}

type ValueOptions = {
  country?: string;
  kind?: string;
  bank?: string;
  provider?: string;
  platform?: string;
  chain?: string;
};

const valueOptions = (command: Command) =>
  command
    .option('--country <cc>', 'default region for local numbers and banks')
    .option('--kind <kind>', 'the kind of the value (detected when absent)')
    .option('--bank <bank>', 'bank of an account number')
    .option('--provider <provider>', 'e-wallet provider')
    .option('--platform <platform>', 'social platform of a handle')
    .option('--chain <chain>', 'chain of a crypto address');

const ref = (value: string, o: ValueOptions) => ({
  value,
  country: countryOption(o.country),
  kind: o.kind,
  qualifier: { bank: o.bank, provider: o.provider, platform: o.platform, chain: o.chain },
});

export function clusterCommands(program: Command): void {
  valueOptions(
    program
      .command('cluster')
      .description('the cluster of a value written in any format: its indicators, reports, countries, losses')
      .argument('<value>'),
  ).action(async (value: string, options: ValueOptions) => {
    await withApp(async (app) => print(await app.clusters.ofIndicator(ref(value, options))));
  });

  const clusters = program.command('clusters').description('clusters of linked reports');
  clusters
    .command('rebuild')
    .description('recompute every cluster from the sightings (same result as incremental linking)')
    .action(async () => {
      await withApp(async (app) => {
        const started = Date.now();
        const result = await app.clusters.rebuild(operator(app), (stage, done) => {
          if (done % 200_000 === 0 || done < 50_000) process.stderr.write(`  ${stage}: ${done}\n`);
        });
        process.stdout.write(
          `${JSON.stringify({ ...result, seconds: Math.round((Date.now() - started) / 100) / 10 })}\n`,
        );
      });
    });
  clusters
    .command('export')
    .description('one JSON line per report: {"report": <its id as imported>, "cluster": <cluster id>}')
    .action(async () => {
      await withApp(async (app) => {
        for await (const page of app.clusters.export())
          await writeLine(
            page.map((r) => JSON.stringify({ report: r.report, cluster: r.cluster })).join('\n'),
          );
      });
    });
  clusters
    .command('list')
    .description('clusters, largest first (or by loss, or most recent)')
    .option('--country <cc>', 'only clusters with reports from this country')
    .option('--cross-border', 'only clusters seen in more than one country')
    .option('--min-reports <n>', 'only clusters of at least this many reports', '2')
    .option('--sort <by>', 'reports | loss | recent', 'reports')
    .option('--limit <n>', 'how many', '20')
    .option('--offset <n>', 'skip this many', '0')
    .action(
      async (o: {
        country?: string;
        crossBorder?: boolean;
        minReports: string;
        sort: string;
        limit: string;
        offset: string;
      }) => {
        if (!['reports', 'loss', 'recent'].includes(o.sort))
          throw new JalaError(
            'invalid_input',
            `--sort ${JSON.stringify(o.sort)}: expected reports, loss or recent`,
          );
        await withApp(async (app) =>
          print(
            await app.clusters.list({
              country: countryOption(o.country),
              crossBorder: o.crossBorder ? true : undefined,
              minReports: positive('--min-reports', o.minReports),
              sort: o.sort as 'reports',
              limit: positive('--limit', o.limit),
              offset: positive('--offset', o.offset),
            }),
          ),
        );
      },
    );

  program
    .command('explain')
    .description('the shortest chain of reports and indicators that links two values')
    .argument('<from>')
    .argument('<to>')
    .option('--country <cc>', 'default region for local numbers and banks')
    .action(async (from: string, to: string, o: { country?: string }) => {
      const country = countryOption(o.country);
      await withApp(async (app) =>
        print(await app.clusters.explain({ value: from, country }, { value: to, country })),
      );
    });

  program
    .command('hits')
    .description('cross-border hits: indicators seen in more than one country, newest first')
    .option('--country <cc>', 'hits involving this country')
    .option('--org <organisation>', 'hits involving this organisation (id or name)')
    .option('--since <time>', 'hits raised or updated since (ISO 8601)')
    .option('--limit <n>', 'how many', '20')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (o: { country?: string; org?: string; since?: string; limit: string; offset: string }) => {
      if (o.since !== undefined && Number.isNaN(Date.parse(o.since)))
        throw new JalaError('invalid_input', `--since ${JSON.stringify(o.since)}: expected an ISO 8601 time`);
      await withApp(async (app) => {
        const organisation = o.org ? (await app.organisations.resolve(o.org)).id : undefined;
        print(
          await app.clusters.hits({
            country: countryOption(o.country),
            organisation,
            since: o.since ? new Date(o.since).toISOString() : undefined,
            limit: positive('--limit', o.limit),
            offset: positive('--offset', o.offset),
          }),
        );
      });
    });

  const linking = program
    .command('linking')
    .description('values held back from linking, and analysts’ decisions on them');
  linking
    .command('held')
    .description('values held back: warninglisted, suspected or confirmed shared infrastructure')
    .option('--status <status>', 'warninglisted | suspected_shared | confirmed_shared')
    .option('--limit <n>', 'how many', '50')
    .action(async (o: { status?: string; limit: string }) => {
      await withApp(async (app) =>
        print(await app.clusters.held({ status: o.status, limit: positive('--limit', o.limit), offset: 0 })),
      );
    });
  for (const decision of ['confirm', 'release'] as const)
    valueOptions(
      linking
        .command(decision)
        .description(
          decision === 'confirm'
            ? 'confirm a value as shared infrastructure: it stays held back from linking'
            : 'let a held-back value link again (merges the clusters its reports are in)',
        )
        .argument('<value>'),
    ).action(async (value: string, options: ValueOptions) => {
      await withApp(async (app) =>
        print(await app.clusters.review(ref(value, options), decision, operator(app))),
      );
    });
  linking
    .command('warninglists')
    .description('the warninglists in force')
    .action(async () => {
      await withApp(async (app) => print(app.clusters.warninglistSummary()));
    });
}

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { v4 as uuidV4 } from 'uuid';
import { loadConfig } from '../../config.js';
import { JalaError } from '../../domain/errors.js';
import { StixService } from '../../features/federation/stix.service.js';
import { createApp } from '../../main/app.js';
import { boundHeapGrowth } from '../../main/heap.js';
import { operator } from '../operator.js';

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export function federationCommands(program: Command): void {
  const stix = program.command('stix').description('STIX 2.1: what this node shares, in the standard format');
  stix
    .command('export')
    .description('write a STIX 2.1 bundle of the reports that may leave the node (streamed: any size)')
    .option('--since <time>', 'only reports changed at or after this ISO 8601 time')
    .option(
      '--tlp <levels>',
      'comma-separated: clear, green, amber (RED and AMBER+STRICT never leave)',
      'clear,green,amber',
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { since?: string; tlp: string; out?: string }) => {
      const since = options.since === undefined ? undefined : new Date(options.since);
      if (since && Number.isNaN(since.getTime()))
        throw new JalaError(
          'invalid_input',
          `--since ${JSON.stringify(options.since)}: expected an ISO 8601 time`,
        );
      const tlps = StixService.exportLevels(options.tlp);
      const app = await createApp(loadConfig());
      const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
      try {
        await write(out, `{"type":"bundle","id":"bundle--${uuidV4()}","objects":[\n`);
        let first = true;
        for await (const object of app.stix.export({ since: since?.toISOString(), tlps }, operator(app))) {
          await write(out, `${first ? '' : ',\n'}${JSON.stringify(object)}`);
          first = false;
        }
        await write(out, '\n]}\n');
      } finally {
        if (options.out) await new Promise((resolve) => out.end(resolve));
        await app.close();
      }
    });
  stix
    .command('import')
    .description('import a STIX 2.1 bundle or a MISP event (idempotent; bad records to FILE.rejects.jsonl)')
    .argument('<file>')
    .option('--org <org>', 'organisation for objects that name no creator (default: the node’s)')
    .action(async (file: string, options: { org?: string }) => {
      boundHeapGrowth();
      const app = await createApp(loadConfig(), { bulk: true });
      try {
        const org = options.org ? await app.organisations.resolve(options.org) : app.nodeOrganisation;
        const summary = await app.stixImport.importFile(file, {
          orgId: org.id,
          actor: operator(app),
          onProgress: (objects) => process.stderr.write(`  … ${objects} objects read\n`),
        });
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        if (summary.reports > 0 && summary.rejected === summary.reports) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });

  const peers = program
    .command('peers')
    .description('other nodes this one pulls intelligence from (TAXII 2.1)');
  peers
    .command('add')
    .description('add a peer node: its base URL and the API token its admin issued to this node')
    .argument('<name>')
    .argument('<url>', 'e.g. https://node.th.example')
    .requiredOption('--token <token>', 'API token for the peer (an account the peer made for this node)')
    .option('--push', 'also push this node’s community reports (TLP:CLEAR and GREEN) to the peer’s inbox')
    .action(async (name: string, url: string, options: { token: string; push?: boolean }) => {
      const app = await createApp(loadConfig());
      try {
        const peer = await app.sync.add(
          { name, url, token: options.token, push: options.push },
          operator(app),
        );
        process.stdout.write(`${peer.name}  ${peer.url}\n`);
      } finally {
        await app.close();
      }
    });
  peers
    .command('list')
    .description('peers, when each was last synced, and where each collection stopped')
    .action(async () => {
      const app = await createApp(loadConfig());
      try {
        process.stdout.write(`${JSON.stringify(await app.sync.list(operator(app)), null, 2)}\n`);
      } finally {
        await app.close();
      }
    });
  peers
    .command('remove')
    .argument('<name>')
    .action(async (name: string) => {
      const app = await createApp(loadConfig());
      try {
        await app.sync.remove(name, operator(app));
      } finally {
        await app.close();
      }
    });
  program
    .command('sync')
    .description('pull new intelligence from one peer, or all (resumes where the last sync stopped)')
    .argument('[name]')
    .action(async (name: string | undefined) => {
      const app = await createApp(loadConfig());
      try {
        const results = await app.sync.sync(name);
        for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
        if (results.some((r) => r.error)) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });
}

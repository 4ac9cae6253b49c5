import { Command } from 'commander';
import { ConfigError } from '../config.js';
import { JalaError } from '../domain/errors.js';
import { accountCommands } from './commands/accounts.js';
import { clusterCommands } from './commands/clusters.js';
import { importCommand, migrateCommand, organisationsCommand } from './commands/data.js';
import { demoCommand } from './commands/demo.js';
import { federationCommands } from './commands/federation.js';
import { checkCommand, extractCommand, normalizeCommand } from './commands/indicators.js';
import { serveCommand } from './commands/serve.js';

const program = new Command('jala')
  .description('Jala: a national node for cross-border cooperation against online scams')
  .showHelpAfterError();

serveCommand(program);
migrateCommand(program);
importCommand(program);
normalizeCommand(program);
extractCommand(program);
checkCommand(program);
demoCommand(program);
organisationsCommand(program);
clusterCommands(program);
accountCommands(program);
federationCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof JalaError) {
    process.stderr.write(`jala: ${error.message}\n`);
    for (const p of error instanceof JalaError ? error.problems : [])
      process.stderr.write(`  ${p.field}: ${p.reason}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

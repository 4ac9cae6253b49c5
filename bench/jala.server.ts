// Jala's server as `jala serve` builds it, on a given data folder, without request logging (as the baseline).
// Rate limiting stays on, as in production (its bookkeeping is part of what is measured), with a limit the
// load generator, one address sending thousands of look-ups a second, does not reach.
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/http/server.js';
import { createApp } from '../src/main/app.js';

const app = await createApp(
  loadConfig({
    JALA_DATA_DIR: process.argv[2]!,
    LOG_LEVEL: 'warn',
    // '0' switches the limit off: the benchmark's second Jala run, to show what limiting costs.
    JALA_CHECK_PER_MINUTE: process.argv[3] ?? '100000000',
  }),
);
const server = await buildServer(app, { logger: false });
const address = await server.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);

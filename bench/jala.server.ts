// Jala's server as `jala serve` builds it, on a given data folder, without request logging (as the baseline).
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/http/server.js';
import { createApp } from '../src/main/app.js';

const app = await createApp(loadConfig({ JALA_DATA_DIR: process.argv[2]!, LOG_LEVEL: 'warn' }));
const server = await buildServer(app, { logger: false });
const address = await server.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);

// Creates Jala's schema in an empty database (for the raw PostgreSQL run).
import { openDatabase } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';

const handle = openDatabase({ databaseUrl: process.argv[2], dataDir: '/tmp' });
await migrateToLatest(handle);
await handle.close();
process.stdout.write('{}\n');

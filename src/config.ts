import { resolve } from 'node:path';
import { parseCountry } from './domain/countries.js';
import { DEFAULT_LINK_GUARD, type LinkGuard } from './domain/linking/link-status.js';

/** Jala's configuration, read from the environment once, validated, and frozen. */
export interface Config {
  /** Folder of the embedded database and other node files. */
  dataDir: string;
  /** PostgreSQL connection string; when absent, the embedded SQLite file under dataDir is used. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Bearer token that authorises writes over HTTP until user accounts exist. Writes are refused without it. */
  apiToken: string | undefined;
  /** The organisation this node imports and writes as, unless told otherwise. */
  nodeOrganisation: { name: string; country: string; sector: string };
  logLevel: string;
  /** Reports generated into an empty database by `jala serve --demo` (`npm start`). */
  demoReports: number;
  /** Linking at ingest: on by default; off only to measure what it costs (clusters then wait for a rebuild). */
  linking: boolean;
  /** The degree guard (see domain/linking/link-status.ts). */
  linkGuard: LinkGuard;
  /** The operator's own warninglists (JSON files), in force beside the ones Jala ships. */
  warninglistDir: string | undefined;
  /** Behind a reverse proxy that terminates TLS: trust its X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Sign-in attempts allowed per client address per minute (on top of the per-account back-off). */
  signInPerMinute: number;
  /** Public reports and appeals accepted per client address per minute. */
  publicPerMinute: number;
  /** Public look-ups answered per client address per minute. */
  checkPerMinute: number;
  /** Organisations (names or ids) with a sharing agreement: they may read the TAXII `amber` collection. */
  amberPartners: string[];
  /** Seconds between scheduled syncs with every peer inside `jala serve` (0: only `jala sync`). */
  syncIntervalSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SECTORS = ['police', 'fiu', 'bank', 'telco', 'platform', 'consular', 'social', 'other'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Every bad variable is listed in one error rather than failing on the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL: expected a postgres:// or postgresql:// connection string');
  }

  const country = parseCountry(env.JALA_NODE_COUNTRY ?? 'ID');
  if (!country)
    problems.push(
      `JALA_NODE_COUNTRY=${JSON.stringify(env.JALA_NODE_COUNTRY)}: expected an ISO 3166-1 alpha-2 code`,
    );
  const sector = env.JALA_NODE_SECTOR ?? 'police';
  if (!SECTORS.includes(sector))
    problems.push(`JALA_NODE_SECTOR=${JSON.stringify(sector)}: expected one of ${SECTORS.join(', ')}`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(', ')}`);
  const apiToken = env.JALA_API_TOKEN || undefined;
  if (apiToken !== undefined && apiToken.length < 16)
    problems.push('JALA_API_TOKEN: must be at least 16 characters');

  const linking = env.JALA_LINKING ?? 'on';
  if (linking !== 'on' && linking !== 'off')
    problems.push(`JALA_LINKING=${JSON.stringify(linking)}: expected on or off`);

  const trustProxy = env.JALA_TRUST_PROXY ?? 'off';
  if (trustProxy !== 'on' && trustProxy !== 'off')
    problems.push(`JALA_TRUST_PROXY=${JSON.stringify(trustProxy)}: expected on or off`);

  const config: Config = {
    dataDir: resolve(env.JALA_DATA_DIR || 'data'),
    databaseUrl,
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', 8080, 0, 65535),
    apiToken,
    nodeOrganisation: {
      name: env.JALA_NODE_ORG || `${country ?? 'ID'} national anti-scam centre`,
      country: country ?? 'ID',
      sector,
    },
    logLevel,
    demoReports: integer('JALA_DEMO_REPORTS', 3000, 0, 10_000_000),
    linking: linking !== 'off',
    linkGuard: {
      maxUnrelated: integer('JALA_LINK_MAX_UNRELATED', DEFAULT_LINK_GUARD.maxUnrelated, 1, 1_000_000),
      minShare: integer('JALA_LINK_MIN_SHARE_PCT', DEFAULT_LINK_GUARD.minShare * 100, 0, 100) / 100,
      windowDays: integer('JALA_LINK_WINDOW_DAYS', DEFAULT_LINK_GUARD.windowDays, 1, 36_500),
    },
    warninglistDir: env.JALA_WARNINGLIST_DIR ? resolve(env.JALA_WARNINGLIST_DIR) : undefined,
    trustProxy: trustProxy === 'on',
    signInPerMinute: integer('JALA_SIGN_IN_PER_MINUTE', 10, 1, 100_000),
    publicPerMinute: integer('JALA_PUBLIC_PER_MINUTE', 5, 1, 100_000),
    // 0 switches the look-up's own limit off, for a node behind a gateway that limits already.
    checkPerMinute: integer('JALA_CHECK_PER_MINUTE', 120, 0, 100_000_000),
    syncIntervalSeconds: integer('JALA_SYNC_INTERVAL_SECONDS', 300, 0, 86_400),
    amberPartners: (env.JALA_AMBER_PARTNERS ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

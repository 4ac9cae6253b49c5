import { createHash } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { canonicalize, type IndicatorKind, isIndicatorKind } from '../indicators/index.js';

/**
 * Warninglists: values that many unrelated operations share (platform domains, URL shorteners, banks' call
 * centres, exchange hot wallets, public resolvers). A listed indicator is recorded and searchable like any
 * other but does not link reports into clusters. Lists are JSON files (see `warninglists/README.md`).
 */
export const MATCHINGS = ['exact', 'domain_suffix', 'cidr', 'regex'] as const;
export type Matching = (typeof MATCHINGS)[number];

export interface WarninglistEntry {
  value: string;
  comment: string;
  country?: string;
  bank?: string;
  provider?: string;
  platform?: string;
  chain?: string;
}

export interface Warninglist {
  name: string;
  version: string;
  description: string;
  matching: Matching;
  kind?: IndicatorKind;
  entries: WarninglistEntry[];
}

export interface Listing {
  list: string;
  version: string;
  comment: string;
}

export const describeListing = (l: Listing): string => `warninglist ${l.list}@${l.version}: ${l.comment}`;

/** A problem in a list file: where, what, why. */
export interface ListProblem {
  list: string;
  entry?: number;
  reason: string;
}

/** Checks the shape of a parsed list file; returns the problems (none when it is a valid list). */
export function checkWarninglist(data: unknown, source: string): ListProblem[] {
  const problems: ListProblem[] = [];
  const add = (reason: string, entry?: number) =>
    problems.push({ list: source, reason, ...(entry === undefined ? {} : { entry }) });
  if (typeof data !== 'object' || data === null) {
    add('not a JSON object');
    return problems;
  }
  const list = data as Record<string, unknown>;
  for (const field of ['name', 'version', 'description'])
    if (typeof list[field] !== 'string' || list[field] === '') add(`"${field}" must be a non-empty string`);
  if (!(MATCHINGS as readonly unknown[]).includes(list.matching))
    add(`"matching" must be one of ${MATCHINGS.join(', ')}`);
  const needsKind = list.matching === 'exact' || list.matching === 'regex';
  if (needsKind && !isIndicatorKind(list.kind)) add(`"kind" must be an indicator kind for ${list.matching}`);
  if (!Array.isArray(list.entries)) add('"entries" must be an array');
  else
    list.entries.forEach((entry, i) => {
      if (
        typeof entry !== 'object' ||
        entry === null ||
        typeof (entry as WarninglistEntry).value !== 'string'
      )
        add('entry must be an object with a string "value"', i);
    });
  return problems;
}

interface Compiled {
  exact: Map<string, Listing>;
  suffixes: Map<string, Listing>;
  cidrs: { block: BlockList; listing: Listing }[];
  patterns: { kind: string; pattern: RegExp; listing: Listing }[];
}

/** The compiled union of every list in force, with a fingerprint that changes whenever any list does. */
export class WarninglistSet {
  private constructor(
    private readonly compiled: Compiled,
    readonly lists: readonly { name: string; version: string; entries: number; matching: Matching }[],
    readonly fingerprint: string,
  ) {}

  static empty(): WarninglistSet {
    return WarninglistSet.compile([]).set;
  }

  /** Compiles lists; entries that cannot be used are reported, never silently dropped. */
  static compile(lists: readonly Warninglist[]): { set: WarninglistSet; problems: ListProblem[] } {
    const compiled: Compiled = { exact: new Map(), suffixes: new Map(), cidrs: [], patterns: [] };
    const problems: ListProblem[] = [];
    const hash = createHash('sha256');
    for (const list of lists) {
      hash.update(JSON.stringify([list.name, list.version, list.matching, list.kind, list.entries]));
      list.entries.forEach((entry, i) => {
        const listing: Listing = { list: list.name, version: list.version, comment: entry.comment ?? '' };
        const problem = (reason: string) => problems.push({ list: list.name, entry: i, reason });
        switch (list.matching) {
          case 'exact': {
            const result = canonicalize(
              {
                kind: list.kind,
                value: entry.value,
                bank: entry.bank,
                provider: entry.provider,
                platform: entry.platform,
                chain: entry.chain,
              },
              { country: entry.country },
            );
            if (!result.ok) problem(`"${entry.value}" is not a valid ${list.kind}: ${result.error}`);
            else compiled.exact.set(`${result.indicator.kind}|${result.indicator.value}`, listing);
            break;
          }
          case 'domain_suffix': {
            const host = entry.value.trim().toLowerCase().replace(/\.$/, '');
            if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) problem(`"${entry.value}" is not a domain`);
            else compiled.suffixes.set(host, listing);
            break;
          }
          case 'cidr': {
            const [address, prefixText] = entry.value.trim().split('/');
            const family = isIP(address ?? '');
            const prefix = Number(prefixText ?? (family === 6 ? 128 : 32));
            if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32))
              problem(`"${entry.value}" is not a CIDR block`);
            else {
              const block = new BlockList();
              block.addSubnet(address!, prefix, family === 6 ? 'ipv6' : 'ipv4');
              compiled.cidrs.push({ block, listing });
            }
            break;
          }
          case 'regex':
            try {
              compiled.patterns.push({
                kind: list.kind ?? '',
                pattern: new RegExp(`^(?:${entry.value})$`, 'u'),
                listing,
              });
            } catch (error) {
              problem(`"${entry.value}" is not a regular expression: ${(error as Error).message}`);
            }
            break;
        }
      });
    }
    const summary = lists.map((l) => ({
      name: l.name,
      version: l.version,
      entries: l.entries.length,
      matching: l.matching,
    }));
    return { set: new WarninglistSet(compiled, summary, hash.digest('hex').slice(0, 16)), problems };
  }

  /** The list that holds back this canonical indicator, if any. */
  match(kind: string, value: string): Listing | undefined {
    const c = this.compiled;
    const exact = c.exact.get(`${kind}|${value}`);
    if (exact) return exact;
    if (kind === 'domain') return this.suffix(value);
    if (kind === 'url') {
      // Only a platform's bare home page: a link with a path names one account, invite or short link.
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return undefined;
      }
      if ((url.pathname === '/' || url.pathname === '') && url.search === '') {
        const listed = this.suffix(url.hostname);
        if (listed) return listed;
      }
      if (isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0)
        return this.cidr(url.hostname.replace(/^\[|\]$/g, ''));
      return undefined;
    }
    if (kind === 'ip') {
      const listed = this.cidr(value);
      if (listed) return listed;
    }
    for (const p of c.patterns) if (p.kind === kind && p.pattern.test(value)) return p.listing;
    return undefined;
  }

  private suffix(host: string): Listing | undefined {
    let rest = host;
    for (;;) {
      const listed = this.compiled.suffixes.get(rest);
      if (listed) return listed;
      const dot = rest.indexOf('.');
      if (dot < 0) return undefined;
      rest = rest.slice(dot + 1);
    }
  }

  private cidr(address: string): Listing | undefined {
    const family = isIP(address);
    if (family === 0) return undefined;
    for (const { block, listing } of this.compiled.cidrs)
      if (block.check(address, family === 6 ? 'ipv6' : 'ipv4')) return listing;
    return undefined;
  }
}

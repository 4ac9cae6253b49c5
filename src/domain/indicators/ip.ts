import { cleanValue, hasControlCharacter } from './defang.js';
import { guarded } from './guard.js';
import {
  type CanonicalContext,
  type CanonicalIndicator,
  type CanonicalResult,
  fail,
  ok,
  type RawIndicator,
} from './types.js';

/**
 * IP addresses. IPv4 as a strict dotted quad; IPv6 in RFC 5952 form (compressed, lowercase);
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) folds to its IPv4 address, since both reach the same host.
 *
 * Leading zeros in IPv4 (`010.1.1.1`) are refused, not normalised: inet_aton and browsers read them
 * as octal (8.1.1.1), most people and spreadsheets as decimal (10.1.1.1). Guessing would merge two hosts.
 */
export function canonicalIp(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  return guarded(raw, 'not a valid IP address', (value) => parseIpText(value));
}

/** Canonical IP indicator for an address text already cleaned of brackets and ports (used for URL hosts). */
export function ipIndicator(address: string): CanonicalIndicator | undefined {
  const parsed = parseAddress(address);
  return typeof parsed === 'string' ? undefined : parsed;
}

function parseIpText(value: string): CanonicalResult {
  let text = cleanValue(value);
  if (text === '') return fail('value is empty');
  if (hasControlCharacter(text) || /\s/.test(text))
    return fail('not an IP address: contains spaces or control characters');
  if (text.includes('/')) return fail('a network range (CIDR), not a single address');
  if (text.includes('%'))
    return fail('an IPv6 zone index (%…) is local to one machine: give the address without it');
  let port: string | undefined;
  // `[2001:db8::1]:8080` and `203.0.113.7:8080`: the port is noted, the address is the indicator.
  const bracketed = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) {
    text = bracketed[1] ?? '';
    port = bracketed[2];
  } else {
    const v4WithPort = /^([\d.]+):(\d{1,5})$/.exec(text);
    if (v4WithPort) {
      text = v4WithPort[1] ?? '';
      port = v4WithPort[2];
    }
  }
  if (port !== undefined && Number(port) > 65535) return fail(`port ${port} is over 65535`);
  const parsed = parseAddress(text);
  if (typeof parsed === 'string') return fail(parsed);
  if (port !== undefined) parsed.details = { ...parsed.details, port };
  return ok(parsed);
}

function parseAddress(text: string): CanonicalIndicator | string {
  if (/^[\d.]+$/.test(text)) {
    const v4 = parseIpv4(text);
    if (typeof v4 === 'string') return v4;
    return ipv4Indicator(v4);
  }
  if (text.includes(':')) {
    const groups = parseIpv6(text);
    if (typeof groups === 'string') return groups;
    // IPv4-mapped (::ffff:0:0/96, RFC 4291 §2.5.5.2) is the IPv4 host itself.
    if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
      const hi = groups[6] ?? 0;
      const lo = groups[7] ?? 0;
      return ipv4Indicator([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
    }
    return { kind: 'ip', value: formatIpv6(groups), details: { version: '6', scope: ipv6Scope(groups) } };
  }
  return 'not an IP address: expected a dotted quad like 203.0.113.7 or an IPv6 address like 2001:db8::1';
}

function ipv4Indicator(octets: number[]): CanonicalIndicator {
  return { kind: 'ip', value: octets.join('.'), details: { version: '4', scope: ipv4Scope(octets) } };
}

/** Parses a strict dotted quad; returns the four octets or the reason it is not one. */
export function parseIpv4(text: string): number[] | string {
  const parts = text.split('.');
  if (parts.length !== 4) return `not an IPv4 address: ${parts.length} parts instead of 4`;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return 'not an IPv4 address: each part must be 0–255';
    if (part.length > 1 && part.startsWith('0'))
      return `ambiguous IPv4 address: "${part}" has a leading zero (octal or decimal?); write it without`;
    const n = Number(part);
    if (n > 255) return `not an IPv4 address: ${part} is over 255`;
    octets.push(n);
  }
  return octets;
}

function parseIpv6(text: string): number[] | string {
  const invalid = `not a valid IPv6 address: "${text.slice(0, 60)}"`;
  if (!/^[0-9a-f:.]+$/i.test(text)) return invalid;
  let body = text;
  const tail: number[] = [];
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) stands for the last two groups.
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.')) {
    const v4 = parseIpv4(body.slice(lastColon + 1));
    if (typeof v4 === 'string') return invalid;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    body = body.slice(0, lastColon + 1);
    // Keep a "::" that ends right before the tail; drop the single separator colon otherwise.
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return `${invalid}: "::" may appear only once`;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
      groups.push(Number.parseInt(group, 16));
    }
    return groups;
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return invalid;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (given > 7) return `${invalid}: too many groups`;
    return [...head, ...new Array<number>(8 - given).fill(0), ...rest, ...tail];
  }
  if (given !== 8) return `${invalid}: ${given} groups instead of 8`;
  return [...head, ...tail];
}

/** RFC 5952 §4: lowercase, no leading zeros, the longest run (first on a tie) of two or more zero groups as "::". */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

// Scope lets warninglists drop addresses that identify nothing across reports (a home router's 192.168.1.1).
function ipv4Scope([a = 0, b = 0, c = 0]: number[]): string {
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared';
  if (
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  )
    return 'documentation';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return 'public';
}

function ipv6Scope(groups: number[]): string {
  const first = groups[0] ?? 0;
  if (groups.every((g) => g === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && groups[1] === 0xdb8) return 'documentation';
  if ((first & 0xe000) === 0x2000) return 'public';
  return 'reserved';
}

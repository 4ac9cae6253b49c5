import type { RawIndicator } from '../indicators/types.js';
import type { Tlp } from '../tlp.js';
import { parseTlp } from '../tlp.js';
import { EXTENSION_IDS } from './extensions.js';
import { tlpOfMarking } from './markings.js';

/**
 * STIX 2.1 (and MISP) objects read back as Jala's import records, whoever produced them: Jala's own
 * extensions, OpenCTI's custom observables (`phone-number`, `bank-account` with `bic`/`account_number`,
 * `cryptocurrency-wallet`), standard observables, and `indicator` objects whose pattern compares one
 * observable property. Every value then goes through the canonicaliser like any import.
 */
export type Stix = { type: string; id: string } & Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The raw indicator an observable stands for, or undefined for types that carry none Jala keeps. */
export function indicatorOfObservable(object: Stix): RawIndicator | undefined {
  const value = str(object.value);
  switch (object.type) {
    case 'phone-number':
      return value ? { kind: 'phone', value } : undefined;
    case 'bank-account': {
      // Jala's canonical form reads as itself; OpenCTI's parts give a bank (BIC) and the digits.
      if (value) return { kind: 'bank_account', value };
      const digits = str(object.account_number) ?? str(object.iban);
      return digits ? { kind: 'bank_account', value: digits, bank: str(object.bic) } : undefined;
    }
    case 'e-wallet':
      return value ? { kind: 'ewallet', value } : undefined;
    case 'cryptocurrency-wallet':
      return value ? { kind: 'crypto', value, chain: str(object.chain) } : undefined;
    case 'url':
      return value ? { kind: 'url', value } : undefined;
    case 'domain-name':
      return value ? { kind: 'domain', value } : undefined;
    case 'email-addr':
      return value ? { kind: 'email', value } : undefined;
    case 'ipv4-addr':
    case 'ipv6-addr':
      return value ? { kind: 'ip', value } : undefined;
    case 'user-account': {
      const login = str(object.account_login) ?? str(object.user_id);
      return login ? { kind: 'social', value: login, platform: str(object.account_type) } : undefined;
    }
    case 'software': {
      const name = str(object.name);
      const vendor = str(object.vendor);
      if (!name) return undefined;
      const store = vendor === 'App Store' ? 'ios' : vendor === 'Google Play' ? 'android' : undefined;
      return store ? { kind: 'app', value: `${store}:${name}` } : undefined;
    }
    default:
      return undefined;
  }
}

const PATTERN = /^\[\s*([a-z0-9-]+):([a-z_]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$/;

/** An `indicator` whose STIX pattern compares one property of one observable: `[url:value = '…']`. */
export function indicatorOfPattern(object: Stix): RawIndicator | undefined {
  if (object.pattern_type !== undefined && object.pattern_type !== 'stix') return undefined;
  const match = PATTERN.exec(str(object.pattern) ?? '');
  if (!match) return undefined;
  const [, type, property, quoted] = match;
  const value = quoted!.replace(/\\(.)/g, '$1');
  if (property !== 'value' && !(type === 'user-account' && property === 'account_login')) return undefined;
  return indicatorOfObservable({ type: type!, id: `${type}--pattern`, value, account_login: value });
}

export function tlpOf(object: Stix): Tlp | undefined {
  const refs = Array.isArray(object.object_marking_refs) ? (object.object_marking_refs as string[]) : [];
  const levels = refs.map(tlpOfMarking).filter((t): t is Tlp => t !== undefined);
  if (levels.length === 0) return undefined;
  const order: Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
  return levels.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a));
}

/** Jala's scam facts on a report, when a Jala node wrote it. */
export function scamFactsOf(report: Stix):
  | {
      source_ref: string;
      country: string;
      source: string;
      scam_type: string;
      loss?: { amount: number; currency: string };
    }
  | undefined {
  const extensions = report.extensions as Record<string, Record<string, unknown>> | undefined;
  const facts = extensions?.[EXTENSION_IDS.report];
  if (!facts || typeof facts.source_ref !== 'string') return undefined;
  return facts as never;
}

/** MISP attribute types and the indicators they carry (bank-account-nr pairs with a bic in the same object). */
const MISP_KINDS: Record<string, RawIndicator['kind']> = {
  'phone-number': 'phone',
  whatsapp: 'phone',
  iban: 'bank_account',
  'bank-account-nr': 'bank_account',
  btc: 'crypto',
  xmr: 'crypto',
  eth: 'crypto',
  url: 'url',
  link: 'url',
  uri: 'url',
  domain: 'domain',
  hostname: 'domain',
  email: 'email',
  'email-src': 'email',
  'email-dst': 'email',
  'ip-src': 'ip',
  'ip-dst': 'ip',
};

export interface MispAttribute {
  type?: string;
  value?: string;
}

/** The indicators of a group of MISP attributes (an event's loose ones, or one MISP object's). */
export function indicatorsOfMisp(
  attributes: readonly MispAttribute[],
): { indicator?: RawIndicator; type: string; value: string }[] {
  const bic = attributes.find((a) => a.type === 'bic')?.value;
  return attributes.flatMap((a) => {
    if (!a.type || !a.value || a.type === 'bic') return [];
    const kind = MISP_KINDS[a.type];
    if (!kind) return [];
    const chain = a.type === 'btc' ? 'btc' : a.type === 'xmr' ? 'xmr' : a.type === 'eth' ? 'eth' : undefined;
    return [
      {
        type: a.type,
        value: a.value,
        indicator: {
          kind,
          value: a.value,
          ...(kind === 'bank_account' && bic ? { bank: bic } : {}),
          ...(chain ? { chain } : {}),
        },
      },
    ];
  });
}

/** `tlp:amber`, `tlp:white`, `tlp:amber+strict` tags of a MISP event. */
export function tlpOfTags(tags: readonly { name?: string }[]): Tlp | undefined {
  for (const tag of tags) {
    const match = /^tlp:(.+)$/i.exec(tag.name ?? '');
    if (match) return parseTlp(match[1]!.replace(/"/g, ''));
  }
  return undefined;
}

/** The clearance an observable carries (Jala's observable status extension), if its listing was cleared. */
export function clearanceOf(object: Stix): { reason: string } | undefined {
  const extensions = object.extensions as Record<string, Record<string, unknown>> | undefined;
  const status = extensions?.[EXTENSION_IDS.status];
  if (status?.status !== 'cleared') return undefined;
  return { reason: typeof status.reason === 'string' ? status.reason : 'cleared after an appeal' };
}

import type { Tlp } from '../tlp.js';
import { EXTENSION_IDS, type JalaScoType } from './extensions.js';
import { derivedId, scoId } from './ids.js';
import { TLP_MARKING_IDS } from './markings.js';

/**
 * Jala's records as STIX 2.1 objects: indicators as cyber observables (standard types where STIX has them,
 * Jala's extension types where it does not), reports as `report` objects with the scam facts in a property
 * extension, organisations as `identity`, countries as `location`. Pure: the caller reads the records.
 * Reporters' and victims' personal data, and narratives (the victims' own words, which name people), are
 * never mapped.
 */
export type StixObject = { type: string; id: string } & Record<string, unknown>;

export interface IndicatorRecord {
  kind: string;
  value: string;
  details?: Record<string, string> | null | undefined;
  /** Linking status: a `cleared` value travels with the clearance (Jala's observable status extension). */
  link_status?: string | undefined;
  link_reason?: string | null | undefined;
  modified_at?: string | undefined;
}

/** An observable with the clearance of its listing, when an appeal cleared it. */
export function observableWithStatus(indicator: IndicatorRecord): StixObject {
  const sco = observableOf(indicator);
  if (indicator.link_status !== 'cleared') return sco;
  const extensions = (sco.extensions as Record<string, unknown> | undefined) ?? {};
  return {
    ...sco,
    extensions: {
      ...extensions,
      [EXTENSION_IDS.status]: {
        extension_type: 'property-extension',
        status: 'cleared',
        ...(indicator.modified_at ? { cleared_at: indicator.modified_at } : {}),
        ...(indicator.link_reason ? { reason: indicator.link_reason } : {}),
      },
    },
  };
}

const newSco = (type: JalaScoType) => ({ [EXTENSION_IDS[type]]: { extension_type: 'new-sco' } });

/** The cyber observable of a canonical indicator (deterministic id: the same on every node). */
export function observableOf(indicator: IndicatorRecord): StixObject {
  const { kind, value } = indicator;
  const sco = (
    type: string,
    properties: Record<string, unknown>,
    contributing: Record<string, string | undefined>,
  ) => ({
    type,
    spec_version: '2.1',
    id: scoId(type, contributing),
    ...properties,
  });
  switch (kind) {
    case 'phone':
      return sco('phone-number', { value, extensions: newSco('phone-number') }, { value });
    case 'bank_account': {
      const parts = value.split(':');
      const known = parts[0] !== 'unknown';
      return sco(
        'bank-account',
        {
          value,
          ...(known ? { bic: parts[0] } : {}),
          account_number: parts[parts.length - 1],
          ...(known ? {} : { country: parts[1] }),
          extensions: newSco('bank-account'),
        },
        { value },
      );
    }
    case 'ewallet': {
      const at = value.indexOf(':');
      return sco(
        'e-wallet',
        {
          value,
          provider: value.slice(0, at),
          account_id: value.slice(at + 1),
          extensions: newSco('e-wallet'),
        },
        { value },
      );
    }
    case 'crypto': {
      const at = value.indexOf(':');
      const chain = value.slice(0, at);
      const address = value.slice(at + 1);
      return sco(
        'cryptocurrency-wallet',
        { value: address, chain, extensions: newSco('cryptocurrency-wallet') },
        { chain, value: address },
      );
    }
    case 'url':
      return sco('url', { value }, { value });
    case 'domain':
      return sco('domain-name', { value }, { value });
    case 'email':
      return sco('email-addr', { value }, { value });
    case 'ip': {
      const type = value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
      return sco(type, { value }, { value });
    }
    case 'social': {
      const at = value.indexOf(':');
      const platform = value.slice(0, at);
      const login = value.slice(at + 1);
      return sco(
        'user-account',
        { account_type: platform, account_login: login, display_name: login },
        { account_type: platform, account_login: login },
      );
    }
    case 'app': {
      const at = value.indexOf(':');
      const store = value.slice(0, at);
      const id = value.slice(at + 1);
      const vendor = store === 'android' ? 'Google Play' : store === 'ios' ? 'App Store' : store;
      return sco('software', { name: id, vendor }, { name: id, vendor });
    }
    default:
      throw new Error(`no STIX mapping for indicator kind ${kind}`);
  }
}

/** STIX 2.1 industry sectors (industry-sector-ov) for Jala's organisation sectors. */
const SECTORS: Record<string, string> = {
  police: 'government-national',
  fiu: 'financial-services',
  bank: 'financial-services',
  telco: 'telecommunications',
  platform: 'technology',
  consular: 'government-national',
  social: 'non-profit',
};

export function identityOf(org: {
  id: string;
  name: string;
  country: string;
  sector: string;
  created_at: string;
}): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: `identity--${org.id}`,
    created: org.created_at,
    modified: org.created_at,
    name: org.name,
    identity_class: 'organization',
    ...(SECTORS[org.sector] ? { sectors: [SECTORS[org.sector]] } : {}),
    // Jala's own sector and the country, which STIX identities have no property for.
    description: `${org.sector} · ${org.country}`,
  };
}

export function locationOf(country: string): StixObject {
  return {
    type: 'location',
    spec_version: '2.1',
    id: derivedId('location', country),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: country,
    country,
  };
}

export interface ReportRecord {
  id: string;
  origin_org_id: string;
  tlp: string;
  created_at: string;
  modified_at: string;
  source_ref: string;
  reported_at: string;
  country: string;
  source: string;
  scam_type: string;
  loss_amount: number | null;
  loss_currency: string | null;
}

/**
 * A report: its observables and country as object references, the organisation that reported it as its
 * creator, its TLP as the official marking, and the scam facts in Jala's report extension.
 */
export function reportOf(report: ReportRecord, observableIds: readonly string[]): StixObject {
  return {
    type: 'report',
    spec_version: '2.1',
    id: `report--${report.id}`,
    created_by_ref: `identity--${report.origin_org_id}`,
    created: report.created_at,
    modified: report.modified_at,
    name: `${report.scam_type} scam reported in ${report.country} (${report.source_ref})`,
    report_types: ['threat-report'],
    published: report.reported_at,
    object_refs: [...observableIds, locationOf(report.country).id],
    object_marking_refs: [TLP_MARKING_IDS[report.tlp as Tlp] ?? TLP_MARKING_IDS.amber],
    extensions: {
      [EXTENSION_IDS.report]: {
        extension_type: 'property-extension',
        source_ref: report.source_ref,
        country: report.country,
        source: report.source,
        scam_type: report.scam_type,
        ...(report.loss_amount !== null && report.loss_currency
          ? { loss: { amount: report.loss_amount, currency: report.loss_currency } }
          : {}),
      },
    },
  };
}

import type { ReportSource, ScamType } from '../../domain/report.js';
import type { Tlp } from '../../domain/tlp.js';
import { BACKGROUND_COUNTRIES, COUNTRY_PROFILES, type Language } from './demo.countries.js';
import { Weighted } from './demo.random.js';

/** How reports look: how many indicators, who files them, their markings, and what each scam type involves. */
export type Category = 'contact' | 'pay' | 'link';
export type ContactKind = 'phone' | 'social' | 'email';
export type PayKind = 'bank' | 'ewallet' | 'crypto';
export type LinkKind = 'url' | 'domain' | 'app';

export const INDICATOR_COUNT = new Weighted([
  [1, 0.3],
  [2, 0.35],
  [3, 0.22],
  [4, 0.13],
] as const);

export const SOURCES = new Weighted<ReportSource>([
  ['victim', 0.8],
  ['bank', 0.07],
  ['police', 0.06],
  ['telco', 0.025],
  ['platform', 0.025],
  ['public', 0.02],
]);

/** What an institution's report is about: a bank reports accounts, a telco numbers, a platform accounts. */
export const INSTITUTION_FOCUS: Partial<Record<ReportSource, Category>> = {
  bank: 'pay',
  telco: 'contact',
  platform: 'contact',
};

// Victims' own reports are usually published as warnings (TLP:CLEAR: the public check counts only these).
export const TLPS = new Weighted<Tlp>([
  ['amber', 0.5],
  ['green', 0.2],
  ['clear', 0.24],
  ['red', 0.03],
  ['amber+strict', 0.03],
]);

/** One-off scams: more everyday fraud (fake sellers, impersonation, phishing) than the syndicates run. */
export const BACKGROUND_SCAMS = new Weighted<ScamType>([
  ['ecommerce', 0.2],
  ['impersonation', 0.14],
  ['phishing', 0.14],
  ['investment', 0.12],
  ['job', 0.1],
  ['loan', 0.08],
  ['romance', 0.07],
  ['other', 0.07],
  ['sextortion', 0.04],
  ['gambling', 0.04],
]);

export const BACKGROUND_COUNTRY_TABLE = new Weighted(BACKGROUND_COUNTRIES);

export const LANGUAGES = new Map(
  Object.values(COUNTRY_PROFILES).map((p) => [p.code, new Weighted<Language>(p.languages)] as const),
);

/** How much bigger than a country's typical loss each scam type runs (pig-butchering dwarfs a fake parcel). */
export const LOSS_FACTOR: Record<ScamType, number> = {
  investment: 4,
  romance: 5,
  job: 1.5,
  impersonation: 2,
  ecommerce: 0.2,
  loan: 0.3,
  sextortion: 0.4,
  gambling: 1.2,
  phishing: 1.5,
  other: 0.8,
};

export interface Profile {
  contact: Weighted<ContactKind>;
  pay: Weighted<PayKind>;
  link: Weighted<LinkKind>;
  /** How often a report of this type names a site or an app. */
  linkChance: number;
}

const profile = (
  contact: [phone: number, social: number, email: number],
  pay: [bank: number, ewallet: number, crypto: number],
  link: [url: number, domain: number, app: number],
  linkChance: number,
): Profile => ({
  contact: new Weighted<ContactKind>([
    ['phone', contact[0]],
    ['social', contact[1]],
    ['email', contact[2]],
  ]),
  pay: new Weighted<PayKind>([
    ['bank', pay[0]],
    ['ewallet', pay[1]],
    ['crypto', pay[2]],
  ]),
  link: new Weighted<LinkKind>([
    ['url', link[0]],
    ['domain', link[1]],
    ['app', link[2]],
  ]),
  linkChance,
});

export const PROFILES: Record<ScamType, Profile> = {
  investment: profile([0.4, 0.5, 0.1], [0.45, 0.1, 0.45], [0.6, 0.2, 0.2], 0.6),
  job: profile([0.4, 0.6, 0], [0.6, 0.3, 0.1], [0.7, 0.2, 0.1], 0.5),
  romance: profile([0.5, 0.4, 0.1], [0.5, 0.1, 0.4], [0.5, 0.2, 0.3], 0.4),
  impersonation: profile([0.8, 0.1, 0.1], [0.8, 0.2, 0], [0.7, 0.3, 0], 0.3),
  ecommerce: profile([0.5, 0.5, 0], [0.5, 0.5, 0], [0.6, 0.4, 0], 0.4),
  loan: profile([0.6, 0.4, 0], [0.5, 0.5, 0], [0.4, 0, 0.6], 0.5),
  sextortion: profile([0.4, 0.6, 0], [0.5, 0.3, 0.2], [1, 0, 0], 0.2),
  gambling: profile([0.4, 0.6, 0], [0.5, 0.3, 0.2], [0.7, 0.2, 0.1], 0.6),
  phishing: profile([0.6, 0, 0.4], [0.7, 0.3, 0], [0.8, 0.2, 0], 0.8),
  other: profile([0.5, 0.5, 0], [0.6, 0.4, 0], [1, 0, 0], 0.2),
};

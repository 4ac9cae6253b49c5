import type { AseanCountry } from '../../domain/countries.js';

/**
 * What the generator needs to know about each ASEAN country: currency, mobile numbering plan, the
 * languages victims write in, and how much they typically lose. Mobile prefixes are ones in service
 * (checked against libphonenumber's metadata), so generated numbers are valid numbers, not just digits.
 */
export type Language = 'en' | 'id' | 'ms' | 'th' | 'vi' | 'fil';

export interface PhonePlan {
  /** Country calling code (E.164), without `+`. */
  cc: string;
  /** National trunk prefix dialled before the subscriber number at home ('' where there is none). */
  trunk: '0' | '';
  /** National mobile prefixes (trunk included) and how many digits follow each. */
  prefixes: readonly (readonly [prefix: string, rest: number])[];
  /** How people group the national form, trunk included (the last group takes the remainder). */
  groups: readonly number[];
}

export interface CountryProfile {
  code: AseanCountry;
  /** ISO 4217 of the losses victims report. */
  currency: string;
  /** Median loss of a typical report, in major units. */
  lossMedian: number;
  languages: readonly (readonly [Language, number])[];
  phone: PhonePlan;
  /** Country-code second-level domains scammers register under, besides the generic TLDs. */
  tlds: readonly string[];
}

const expand = (prefixes: string, rest: number): [string, number][] =>
  prefixes.split(' ').map((p) => [p, rest] as [string, number]);

export const COUNTRY_PROFILES: Record<AseanCountry, CountryProfile> = {
  ID: {
    code: 'ID',
    currency: 'IDR',
    lossMedian: 4_500_000,
    languages: [['id', 1]],
    phone: {
      cc: '62',
      trunk: '0',
      prefixes: [
        ...expand('0811 0812 0813 0821 0822 0852 0853 0815 0816 0856 0857 0858 0817 0818 0819 0859', 8),
        ...expand('0877 0878 0831 0838 0895 0896 0897 0898 0899 0881 0882 0887', 8),
        ...expand('0812 0813 0857', 7),
      ],
      groups: [4, 4],
    },
    tlds: ['id', 'co.id', 'web.id', 'my.id'],
  },
  TH: {
    code: 'TH',
    currency: 'THB',
    lossMedian: 18_000,
    languages: [['th', 1]],
    phone: {
      cc: '66',
      trunk: '0',
      prefixes: expand(
        '081 082 083 084 085 086 087 088 089 090 091 092 093 094 095 096 097 098 099 061 062 063 064 065',
        7,
      ),
      groups: [3, 3],
    },
    tlds: ['in.th', 'co.th'],
  },
  MY: {
    code: 'MY',
    currency: 'MYR',
    lossMedian: 6_000,
    languages: [
      ['ms', 0.6],
      ['en', 0.4],
    ],
    phone: {
      cc: '60',
      trunk: '0',
      prefixes: [
        ...expand('012 016 019', 7),
        ...expand('0172 0173 0174 0175 0176 0177 0178 0179 0102 0103 0105 0106 0108 0132 0133 0134 0136', 6),
        ...expand('0137 0138 0139 0182 0183 0186', 6),
        ...expand('0111 0112 0113 0114 0115', 7),
      ],
      groups: [3, 3],
    },
    tlds: ['com.my', 'my'],
  },
  PH: {
    code: 'PH',
    currency: 'PHP',
    lossMedian: 15_000,
    languages: [
      ['fil', 0.6],
      ['en', 0.4],
    ],
    phone: {
      cc: '63',
      trunk: '0',
      prefixes: expand(
        '0917 0918 0919 0920 0921 0927 0928 0939 0945 0955 0956 0961 0966 0977 0995 0998 0905 0906 0915 0926 0935 0936 0997',
        7,
      ),
      groups: [4, 3],
    },
    tlds: ['com.ph', 'ph'],
  },
  VN: {
    code: 'VN',
    currency: 'VND',
    lossMedian: 25_000_000,
    languages: [['vi', 1]],
    phone: {
      cc: '84',
      trunk: '0',
      prefixes: expand(
        '090 091 093 094 096 097 098 032 033 034 035 036 037 038 039 070 076 077 078 079 081 082 083 084 085 086 088',
        7,
      ),
      groups: [4, 3],
    },
    tlds: ['com.vn', 'vn'],
  },
  SG: {
    code: 'SG',
    currency: 'SGD',
    lossMedian: 4_000,
    languages: [['en', 1]],
    phone: {
      cc: '65',
      trunk: '',
      prefixes: expand('81 82 83 84 85 86 87 88 90 91 92 93 94 96 97 98', 6),
      groups: [4],
    },
    tlds: ['com.sg', 'sg'],
  },
  KH: {
    code: 'KH',
    currency: 'USD',
    lossMedian: 600,
    languages: [['en', 1]],
    phone: {
      cc: '855',
      trunk: '0',
      prefixes: [
        ...expand('012 011 017 092 095 099 061 077 078 085 089 010 015 016 069 070 086 093 098', 6),
        ...expand('097 088 096 071', 7),
      ],
      groups: [3, 3],
    },
    tlds: ['com.kh'],
  },
  MM: {
    code: 'MM',
    currency: 'USD',
    lossMedian: 500,
    languages: [['en', 1]],
    phone: {
      cc: '95',
      trunk: '0',
      prefixes: expand('0979 0978 0977 0976 0975 0925 0926 0944 0945', 7),
      groups: [2, 3, 3],
    },
    tlds: ['com.mm'],
  },
  LA: {
    code: 'LA',
    currency: 'USD',
    lossMedian: 500,
    languages: [['en', 1]],
    phone: {
      cc: '856',
      trunk: '0',
      prefixes: [...expand('0202 0205 0207 0209', 7), ...expand('0305', 6)],
      groups: [3, 2, 3],
    },
    tlds: ['la'],
  },
  BN: {
    code: 'BN',
    currency: 'BND',
    lossMedian: 3_000,
    languages: [
      ['ms', 0.5],
      ['en', 0.5],
    ],
    phone: { cc: '673', trunk: '', prefixes: expand('71 72 73 87 88 89', 5), groups: [3] },
    tlds: ['com.bn'],
  },
  TL: {
    code: 'TL',
    currency: 'USD',
    lossMedian: 400,
    languages: [['en', 1]],
    phone: { cc: '670', trunk: '', prefixes: expand('77 78 76', 6), groups: [4] },
    tlds: ['tl'],
  },
};

/** Where scam compounds operate from (UNODC 2024–25: Myanmar border zones, Cambodia, Laos' Golden Triangle SEZ, the Philippines). */
export const COMPOUND_COUNTRIES = ['MM', 'KH', 'LA', 'PH'] as const satisfies readonly AseanCountry[];

/** Where most of their victims live, by weight. */
export const TARGET_COUNTRIES: readonly (readonly [AseanCountry, number])[] = [
  ['ID', 0.24],
  ['TH', 0.2],
  ['MY', 0.16],
  ['VN', 0.16],
  ['PH', 0.14],
  ['SG', 0.1],
];

/** Where one-off background reports come from: mostly the big targets, a few from every member state. */
export const BACKGROUND_COUNTRIES: readonly (readonly [AseanCountry, number])[] = [
  ...TARGET_COUNTRIES.map(([c, w]) => [c, w * 0.93] as const),
  ['KH', 0.02],
  ['MM', 0.015],
  ['LA', 0.01],
  ['BN', 0.01],
  ['TL', 0.005],
];

/** Generic TLDs scam sites use, cheapest and most abused first. */
export const GENERIC_TLDS = [
  'com',
  'com',
  'com',
  'net',
  'xyz',
  'top',
  'vip',
  'cc',
  'club',
  'online',
  'shop',
  'site',
  'info',
  'live',
  'pro',
  'app',
] as const;

/**
 * What STIX 2.1 core lacks for scam intelligence, defined the way STIX 2.1 (§7.3) lets producers extend it:
 * extension-definition objects. Four new cyber-observable types (phone numbers, bank accounts, e-wallets,
 * cryptocurrency wallets), whose names and `value` property match the custom observables OpenCTI already
 * uses where it has one, and one property extension carrying a scam report's facts. Each is documented, with
 * its JSON Schema, in stix/ at the root of the repository.
 */
export const JALA_IDENTITY_ID = 'identity--7d0e5c1a-3f4b-5e6c-8a9d-0b1c2d3e4f50';
const CREATED = '2026-11-26T00:00:00.000Z';

export const EXTENSION_IDS = {
  'phone-number': 'extension-definition--0f7d5c2e-6a1b-4c3d-9e8f-1a2b3c4d5e61',
  'bank-account': 'extension-definition--1e8c6d3f-7b2c-4d4e-8f9a-2b3c4d5e6f72',
  'e-wallet': 'extension-definition--2d9b7e4a-8c3d-4e5f-9a0b-3c4d5e6f7a83',
  'cryptocurrency-wallet': 'extension-definition--3cab8f5b-9d4e-4f6a-8b1c-4d5e6f7a8b94',
  report: 'extension-definition--4bba906c-ae5f-4a7b-9c2d-5e6f7a8b9ca5',
  status: 'extension-definition--5acab17d-bf6a-4b8c-8d3e-6f7a8b9cadb6',
} as const;

export type JalaScoType = Exclude<keyof typeof EXTENSION_IDS, 'report' | 'status'>;

/** The identity that defines Jala's extensions (the `created_by_ref` of each extension-definition). */
export const JALA_IDENTITY = {
  type: 'identity',
  spec_version: '2.1',
  id: JALA_IDENTITY_ID,
  created: CREATED,
  modified: CREATED,
  name: 'Jala',
  description:
    'Jala: cross-border cooperation against online scams in Southeast Asia (the extensions it defines).',
  identity_class: 'system',
} as const;

const DEFINITIONS: Record<
  keyof typeof EXTENSION_IDS,
  { name: string; description: string; types: string[] }
> = {
  'phone-number': {
    name: 'phone-number',
    description:
      'A telephone number as used by scammers (calls, SMS, WhatsApp, Telegram): `value` is E.164 (+6281234567890). Id contributing property: value.',
    types: ['new-sco'],
  },
  'bank-account': {
    name: 'bank-account',
    description:
      'A bank account: `value` is Jala’s canonical form, the bank’s BIC and the account digits (CENAIDJA:1234567890), or `unknown:<country>:<bank as written>:<digits>` when the bank could not be resolved; `bic`, `account_number` and `country` repeat its parts. Id contributing property: value.',
    types: ['new-sco'],
  },
  'e-wallet': {
    name: 'e-wallet',
    description:
      'An e-wallet account (GoPay, OVO, DANA, GCash, Maya, TrueMoney, MoMo, Touch ’n Go …): `value` is provider and account id (ovo:+6281234567890); `provider` and `account_id` repeat them. Id contributing property: value.',
    types: ['new-sco'],
  },
  'cryptocurrency-wallet': {
    name: 'cryptocurrency-wallet',
    description:
      'A cryptocurrency address with a verified checksum: `value` is the address as its chain writes it (EVM addresses in lower case), `chain` the chain (btc, evm, tron, ltc, sol …). Id contributing properties: chain, value.',
    types: ['new-sco'],
  },
  status: {
    name: 'jala-observable-status',
    description:
      'On an observable: `status: cleared` when its owner’s appeal cleared it on the node that listed it (`cleared_at`, `reason`). Receiving nodes stop linking it and answer "cleared" in their public look-up: the revocation of a listing.',
    types: ['property-extension'],
  },
  report: {
    name: 'jala-scam-report',
    description:
      'The facts of one scam report on a STIX report: where it was reported (country), by what kind of source, the kind of scam, the loss, and the reporting organisation’s own id for it. Never personal data.',
    types: ['property-extension'],
  },
};

export function extensionDefinitions() {
  return (Object.keys(EXTENSION_IDS) as (keyof typeof EXTENSION_IDS)[]).map((key) => ({
    type: 'extension-definition',
    spec_version: '2.1',
    id: EXTENSION_IDS[key],
    created_by_ref: JALA_IDENTITY_ID,
    created: CREATED,
    modified: CREATED,
    name: DEFINITIONS[key].name,
    description: DEFINITIONS[key].description,
    schema: `Jala repository, stix/extensions/${key}.schema.json`,
    version: '1.0.0',
    extension_types: DEFINITIONS[key].types,
  }));
}

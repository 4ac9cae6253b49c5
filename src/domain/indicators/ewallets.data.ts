/**
 * E-wallets and national payment proxies of the ASEAN states: the identity behind `ewallet` indicators.
 *
 * Decisions:
 * - One provider id per brand, not per country (ShopeePay, GrabPay, TrueMoney run a wallet in several
 *   countries): their account ids are phone numbers in E.164, which already carry the country, so
 *   `shopeepay:+6281234567890` and `shopeepay:+60123456789` never meet. A local number is read in the
 *   report's country when the brand operates there, else in the brand's only country; a multi-country brand
 *   with a local number and no usable country is refused with a request for the international format.
 * - The national proxy schemes (PromptPay, PayNow, DuitNow, Bakong) are how scam proceeds are collected in
 *   the region, so they are providers too (`kind: 'proxy'`), with their own id formats: PromptPay national ID
 *   / tax ID (13 digits, checksum verified) or e-wallet ID (15 digits); PayNow NRIC/FIN or UEN; DuitNow MyKad
 *   or business registration number; Bakong `name@bank` account ids.
 * - Banks' own apps are not wallets (ABA Mobile, BCEL One, K PLUS…): they are bank aliases, and a bank given as
 *   a provider is refused with a pointer to `bank_account`.
 * - Brunei and Timor-Leste: no wallet is listed yet.
 *
 * `ordinaryWords` lists aliases that are also everyday words ("dana" is Indonesian for funds, "boost", "wing",
 * "pay now"): a free-text extractor needs context (a number next to them) before taking them as a provider.
 */

export type EwalletIdScheme = 'standard' | 'promptpay' | 'paynow' | 'duitnow';

export interface EwalletProvider {
  /** Canonical provider id: lowercase ASCII, the first part of the canonical value. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 of the countries it operates in, home first: default regions for local numbers. */
  readonly countries: readonly string[];
  readonly kind: 'wallet' | 'proxy';
  /** Names people write, in any script (name and id are aliases too). */
  readonly aliases: readonly string[];
  /** Aliases that are also everyday words: need context in free text. */
  readonly ordinaryWords?: readonly string[];
  /**
   * How account ids are read. `standard`: a phone number (E.164), else a username (lowercased).
   * The proxy schemes add their identity-document formats.
   */
  readonly ids: EwalletIdScheme;
  /** Account numbers the provider issues besides phone numbers: [min, max] digits, kept as digits. */
  readonly accountNumberDigits?: readonly [number, number];
}

export const EWALLET_DATA: readonly EwalletProvider[] = [
  // Indonesia
  {
    id: 'gopay',
    name: 'GoPay',
    countries: ['ID'],
    kind: 'wallet',
    aliases: ['Go-Pay', 'Go Pay'],
    ids: 'standard',
  },
  { id: 'ovo', name: 'OVO', countries: ['ID'], kind: 'wallet', aliases: [], ids: 'standard' },
  {
    id: 'dana',
    name: 'DANA',
    countries: ['ID'],
    kind: 'wallet',
    aliases: ['Dompet DANA'],
    ordinaryWords: ['DANA'],
    ids: 'standard',
  },
  {
    id: 'linkaja',
    name: 'LinkAja',
    countries: ['ID'],
    kind: 'wallet',
    aliases: ['Link Aja', 'TCASH', 'T-Cash'],
    ids: 'standard',
  },
  {
    id: 'shopeepay',
    name: 'ShopeePay',
    countries: ['ID', 'MY', 'PH', 'TH', 'VN', 'SG'],
    kind: 'wallet',
    aliases: ['Shopee Pay', 'AirPay'],
    ids: 'standard',
  },
  // Malaysia
  {
    id: 'touchngo',
    name: "Touch 'n Go eWallet",
    countries: ['MY'],
    kind: 'wallet',
    aliases: ["Touch 'n Go", 'Touch n Go', 'Touch and Go', 'TnG', 'TNG eWallet', 'TNG Digital'],
    ids: 'standard',
  },
  {
    id: 'boost',
    name: 'Boost',
    countries: ['MY'],
    kind: 'wallet',
    aliases: ['Boost eWallet', 'Boost App'],
    ordinaryWords: ['Boost'],
    ids: 'standard',
  },
  {
    id: 'bigpay',
    name: 'BigPay',
    countries: ['MY', 'SG'],
    kind: 'wallet',
    aliases: ['Big Pay'],
    ids: 'standard',
  },
  {
    id: 'grabpay',
    name: 'GrabPay',
    countries: ['SG', 'MY', 'PH'],
    kind: 'wallet',
    aliases: ['Grab Pay', 'GrabPay Wallet'],
    ids: 'standard',
  },
  {
    id: 'duitnow',
    name: 'DuitNow',
    countries: ['MY'],
    kind: 'proxy',
    aliases: ['Duit Now', 'DuitNow ID', 'DuitNow Transfer'],
    ids: 'duitnow',
  },
  // Philippines
  {
    id: 'gcash',
    name: 'GCash',
    countries: ['PH'],
    kind: 'wallet',
    aliases: ['G-Cash', 'G Cash'],
    ids: 'standard',
  },
  {
    id: 'maya',
    name: 'Maya',
    countries: ['PH'],
    kind: 'wallet',
    aliases: ['PayMaya', 'Pay Maya', 'Maya Wallet'],
    ordinaryWords: ['Maya'],
    ids: 'standard',
  },
  {
    id: 'coinsph',
    name: 'Coins.ph',
    countries: ['PH'],
    kind: 'wallet',
    aliases: ['Coins ph'],
    ids: 'standard',
  },
  // Thailand
  {
    id: 'truemoney',
    name: 'TrueMoney',
    countries: ['TH', 'KH'],
    kind: 'wallet',
    aliases: [
      'True Money',
      'TrueMoney Wallet',
      'TrueWallet',
      'True Wallet',
      'ทรูมันนี่',
      'ทรูมันนี่ วอลเล็ท',
      'ทรูวอลเล็ท',
    ],
    ids: 'standard',
  },
  {
    id: 'rabbitlinepay',
    name: 'Rabbit LINE Pay',
    countries: ['TH'],
    kind: 'wallet',
    aliases: ['LINE Pay', 'LinePay', 'แรบบิท ไลน์ เพย์', 'ไลน์เพย์'],
    ids: 'standard',
  },
  {
    id: 'promptpay',
    name: 'PromptPay',
    countries: ['TH'],
    kind: 'proxy',
    aliases: ['Prompt Pay', 'พร้อมเพย์'],
    ids: 'promptpay',
  },
  // Viet Nam
  {
    id: 'momo',
    name: 'MoMo',
    countries: ['VN'],
    kind: 'wallet',
    aliases: ['Ví MoMo', 'MoMo Wallet', 'M_Service'],
    ids: 'standard',
  },
  {
    id: 'zalopay',
    name: 'ZaloPay',
    countries: ['VN'],
    kind: 'wallet',
    aliases: ['Zalo Pay', 'Ví ZaloPay'],
    ids: 'standard',
  },
  {
    id: 'viettelmoney',
    name: 'Viettel Money',
    countries: ['VN'],
    kind: 'wallet',
    aliases: ['ViettelPay', 'Viettel Pay'],
    ids: 'standard',
  },
  {
    id: 'vnpay',
    name: 'VNPay',
    countries: ['VN'],
    kind: 'wallet',
    aliases: ['Ví VNPAY', 'VNPAY QR'],
    ids: 'standard',
  },
  {
    id: 'vnptmoney',
    name: 'VNPT Money',
    countries: ['VN'],
    kind: 'wallet',
    aliases: ['VNPT Pay', 'VNPTPay'],
    ids: 'standard',
  },
  // Singapore
  {
    id: 'paynow',
    name: 'PayNow',
    countries: ['SG'],
    kind: 'proxy',
    aliases: ['Pay Now'],
    ordinaryWords: ['Pay Now'],
    ids: 'paynow',
  },
  // Myanmar
  {
    id: 'kbzpay',
    name: 'KBZPay',
    countries: ['MM'],
    kind: 'wallet',
    aliases: ['KBZ Pay', 'KPay'],
    ids: 'standard',
  },
  {
    id: 'wavemoney',
    name: 'Wave Money',
    countries: ['MM'],
    kind: 'wallet',
    aliases: ['WaveMoney', 'WavePay', 'Wave Pay'],
    ids: 'standard',
  },
  { id: 'ayapay', name: 'AYA Pay', countries: ['MM'], kind: 'wallet', aliases: ['AYAPay'], ids: 'standard' },
  { id: 'cbpay', name: 'CB Pay', countries: ['MM'], kind: 'wallet', aliases: ['CBPay'], ids: 'standard' },
  // Cambodia
  {
    id: 'wing',
    name: 'Wing',
    countries: ['KH'],
    kind: 'wallet',
    aliases: ['Wing Money', 'Wing Pay'],
    ordinaryWords: ['Wing'],
    ids: 'standard',
    // Wing also issues account numbers that are not phone numbers.
    accountNumberDigits: [6, 16],
  },
  { id: 'pipay', name: 'Pi Pay', countries: ['KH'], kind: 'wallet', aliases: ['PiPay'], ids: 'standard' },
  {
    id: 'huionepay',
    name: 'Huione Pay',
    countries: ['KH'],
    kind: 'wallet',
    aliases: ['HuionePay', 'Huione'],
    ids: 'standard',
  },
  {
    id: 'bakong',
    name: 'Bakong',
    countries: ['KH'],
    kind: 'proxy',
    aliases: ['Bakong KHQR', 'KHQR'],
    ids: 'standard',
  },
  // Lao PDR
  { id: 'mmoney', name: 'M-Money', countries: ['LA'], kind: 'wallet', aliases: ['MMoney'], ids: 'standard' },
  { id: 'umoney', name: 'U-Money', countries: ['LA'], kind: 'wallet', aliases: ['UMoney'], ids: 'standard' },
];

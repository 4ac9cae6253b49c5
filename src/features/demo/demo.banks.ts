import type { AseanCountry } from '../../domain/countries.js';

/**
 * Banks and e-wallets scam victims pay into, with the names they write them by. Account lengths are the
 * ones each bank issues (BCA 10 digits, Mandiri 13, BRI 15…), so mule accounts look like real ones.
 */
export interface DemoBank {
  /** Official name. */
  name: string;
  /** What victims write: short names, local-script names. */
  aliases: readonly string[];
  /** National bank / clearing code where one is in common use (Indonesia's 3-digit codes, Thailand's). */
  code?: string;
  bic: string;
  accountDigits: number;
  /** Relative share of mule accounts (big retail banks host most of them). */
  weight: number;
}

export interface DemoEwallet {
  name: string;
  /** Spellings victims use for the provider. */
  labels: readonly string[];
  weight: number;
}

const bank = (
  name: string,
  aliases: string[],
  bic: string,
  accountDigits: number,
  weight: number,
  code?: string,
): DemoBank =>
  code === undefined
    ? { name, aliases, bic, accountDigits, weight }
    : { name, aliases, code, bic, accountDigits, weight };

export const BANKS: Record<AseanCountry, readonly DemoBank[]> = {
  ID: [
    bank('Bank Central Asia', ['BCA', 'Bank BCA', 'bca'], 'CENAIDJA', 10, 5, '014'),
    bank('Bank Mandiri', ['Mandiri', 'Bank Mandiri', 'MANDIRI'], 'BMRIIDJA', 13, 4, '008'),
    bank('Bank Rakyat Indonesia', ['BRI', 'Bank BRI', 'bri'], 'BRINIDJA', 15, 5, '002'),
    bank('Bank Negara Indonesia', ['BNI', 'Bank BNI'], 'BNINIDJA', 10, 3, '009'),
    bank('Bank CIMB Niaga', ['CIMB Niaga'], 'BNIAIDJA', 13, 1, '022'),
    bank('Bank Syariah Indonesia', ['BSI', 'Bank BSI'], 'BSMDIDJA', 10, 1.5, '451'),
    bank('Bank Permata', ['Permata', 'PermataBank'], 'BBBAIDJA', 10, 0.7, '013'),
    bank('Bank Tabungan Negara', ['BTN', 'Bank BTN'], 'BTANIDJA', 16, 0.5, '200'),
  ],
  TH: [
    bank('Kasikornbank', ['KBank', 'กสิกรไทย', 'ธนาคารกสิกรไทย', 'Kasikorn'], 'KASITHBK', 10, 5, '004'),
    bank('Siam Commercial Bank', ['SCB', 'ไทยพาณิชย์', 'ธ.ไทยพาณิชย์'], 'SICOTHBK', 10, 4, '014'),
    bank('Bangkok Bank', ['BBL', 'กรุงเทพ', 'ธนาคารกรุงเทพ'], 'BKKBTHBK', 10, 3, '002'),
    bank('Krung Thai Bank', ['KTB', 'กรุงไทย', 'Krungthai'], 'KRTHTHBK', 10, 4, '006'),
    bank('Bank of Ayudhya', ['Krungsri', 'กรุงศรี', 'BAY'], 'AYUDTHBK', 10, 2, '025'),
    bank('TMBThanachart Bank', ['ttb', 'ทีทีบี', 'TTB'], 'TMBKTHBK', 10, 1.5, '011'),
    bank('Government Savings Bank', ['GSB', 'ออมสิน'], 'GSBATHBK', 12, 1.5, '030'),
  ],
  MY: [
    bank('Malayan Banking Berhad', ['Maybank', 'MBB', 'maybank'], 'MBBEMYKL', 12, 5),
    bank('CIMB Bank', ['CIMB', 'CIMB Bank', 'cimb'], 'CIBBMYKL', 14, 4),
    bank('Public Bank', ['Public Bank', 'PBB'], 'PBBEMYKL', 10, 3),
    bank('RHB Bank', ['RHB', 'RHB Bank'], 'RHBBMYKL', 14, 2),
    bank('Hong Leong Bank', ['Hong Leong', 'HLB'], 'HLBBMYKL', 11, 1.5),
    bank('Bank Islam Malaysia', ['Bank Islam', 'BIMB'], 'BIMBMYKL', 14, 1.5),
    bank('AmBank', ['AmBank', 'AMBANK'], 'ARBKMYKL', 13, 1),
    bank('Bank Simpanan Nasional', ['BSN'], 'BSNAMYK1', 16, 1),
  ],
  PH: [
    bank('BDO Unibank', ['BDO', 'Banco de Oro'], 'BNORPHMM', 12, 5),
    bank('Bank of the Philippine Islands', ['BPI', 'bpi'], 'BOPIPHMM', 10, 4),
    bank('Metropolitan Bank and Trust Company', ['Metrobank', 'MBTC'], 'MBTCPHMM', 13, 2),
    bank('Land Bank of the Philippines', ['Landbank', 'LBP'], 'TLBPPHMM', 10, 1.5),
    bank('Union Bank of the Philippines', ['UnionBank', 'UBP'], 'UBPHPHMM', 12, 2),
    bank('Security Bank', ['Security Bank'], 'SETCPHMM', 13, 1),
  ],
  VN: [
    bank('Vietcombank', ['Vietcombank', 'VCB', 'vietcombank'], 'BFTVVNVX', 13, 4),
    bank('Techcombank', ['Techcombank', 'TCB'], 'VTCBVNVX', 14, 3),
    bank('VietinBank', ['VietinBank', 'Vietin'], 'ICBVVNVX', 12, 3),
    bank('BIDV', ['BIDV'], 'BIDVVNVX', 14, 3),
    bank('MB Bank', ['MB Bank', 'MBBank', 'MB'], 'MSCBVNVX', 13, 4),
    bank('Agribank', ['Agribank'], 'VBAAVNVX', 13, 2),
    bank('Asia Commercial Bank', ['ACB'], 'ASCBVNVX', 9, 2),
    bank('Sacombank', ['Sacombank', 'STB'], 'SGTTVNVX', 12, 1.5),
    bank('VPBank', ['VPBank'], 'VPBKVNVX', 9, 1.5),
  ],
  SG: [
    bank('DBS Bank', ['DBS', 'dbs'], 'DBSSSGSG', 10, 4),
    bank('POSB', ['POSB', 'posb'], 'DBSSSGSG', 9, 3),
    bank('Oversea-Chinese Banking Corporation', ['OCBC', 'ocbc'], 'OCBCSGSG', 12, 3),
    bank('United Overseas Bank', ['UOB'], 'UOVBSGSG', 10, 2),
  ],
  KH: [
    bank('Advanced Bank of Asia', ['ABA', 'ABA Bank'], 'ABAAKHPP', 9, 5),
    bank('ACLEDA Bank', ['ACLEDA', 'Acleda'], 'ACLBKHPP', 13, 3),
    bank('Canadia Bank', ['Canadia'], 'CADIKHPP', 13, 1),
  ],
  MM: [
    bank('Kanbawza Bank', ['KBZ', 'KBZ Bank'], 'KBZBMMMY', 17, 4),
    bank('Co-operative Bank', ['CB Bank'], 'CPOBMMMY', 16, 2),
    bank('Ayeyarwady Bank', ['AYA', 'AYA Bank'], 'AYABMMMY', 14, 2),
  ],
  LA: [
    bank('Banque pour le Commerce Extérieur Lao', ['BCEL', 'BCEL One'], 'COEBLALA', 18, 4),
    bank('Lao Development Bank', ['LDB'], 'LDBBLALA', 15, 1),
  ],
  BN: [
    bank('Bank Islam Brunei Darussalam', ['BIBD'], 'BIBDBNBB', 14, 3),
    bank('Baiduri Bank', ['Baiduri'], 'BAIDBNBB', 13, 2),
  ],
  TL: [bank('Banco Nacional de Comércio de Timor-Leste', ['BNCTL'], 'BNCTTLDD', 12, 1)],
};

const wallet = (name: string, labels: string[], weight: number): DemoEwallet => ({ name, labels, weight });

/** E-wallets whose account id is the holder's mobile number (the common case in the region). */
export const EWALLETS: Record<AseanCountry, readonly DemoEwallet[]> = {
  ID: [
    wallet('DANA', ['DANA', 'Dana'], 4),
    wallet('OVO', ['OVO', 'ovo'], 3),
    wallet('GoPay', ['GoPay', 'Gopay', 'GOPAY'], 3),
    wallet('ShopeePay', ['ShopeePay'], 1.5),
    wallet('LinkAja', ['LinkAja'], 1),
  ],
  TH: [
    wallet('TrueMoney', ['TrueMoney', 'TrueMoney Wallet', 'ทรูมันนี่'], 4),
    wallet('PromptPay', ['PromptPay', 'พร้อมเพย์'], 3),
  ],
  MY: [
    wallet("Touch 'n Go eWallet", ["Touch 'n Go", 'TNG', 'TnG eWallet'], 4),
    wallet('Boost', ['Boost'], 2),
    wallet('GrabPay', ['GrabPay'], 1.5),
  ],
  PH: [
    wallet('GCash', ['GCash', 'Gcash', 'GCASH', 'G-Cash'], 6),
    wallet('Maya', ['Maya', 'PayMaya'], 3),
    wallet('GrabPay', ['GrabPay'], 1),
  ],
  VN: [
    wallet('MoMo', ['MoMo', 'Ví MoMo', 'momo'], 5),
    wallet('ZaloPay', ['ZaloPay'], 2),
    wallet('Viettel Money', ['Viettel Money', 'ViettelPay'], 1.5),
  ],
  SG: [wallet('PayNow', ['PayNow', 'paynow'], 3), wallet('GrabPay', ['GrabPay'], 1)],
  KH: [wallet('Wing', ['Wing', 'Wing Money'], 3), wallet('Pi Pay', ['Pi Pay'], 1)],
  MM: [wallet('KBZPay', ['KBZPay', 'KBZ Pay'], 4), wallet('WavePay', ['WavePay', 'Wave Money'], 2)],
  LA: [wallet('M-Money', ['M-Money'], 1)],
  BN: [],
  TL: [],
};

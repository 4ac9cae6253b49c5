import { listBankAliases, resolveBank } from '../indicators/banks.js';
import { EWALLET_DATA } from '../indicators/ewallets.data.js';

/*
 * Cue words of victim narratives in English, Indonesian, Malay, Thai, Vietnamese and Filipino (Taglish):
 * the words that say what a number next to them is. The extractor only reads numbers through these cues
 * (and the phone plan of the report's country), so a missing cue costs recall and a loose one precision.
 *
 * Matching (cues.ts): Latin-script cues match whole words, case- and accent-insensitively unless `exact`;
 * Thai has no spaces between words, so Thai cues match anywhere.
 * `ref`: bank / wallet / platform → the name handed to the registry; own → where the possessive stands;
 * phone → 'verb' for verbs ("called me" is not "my phone").
 */

export type CueKind =
  /** A bank's name: the number next to it is an account at that bank. */
  | 'bank'
  /** "account", "rekening", "บัญชี", "STK"…: the number next to it is a bank account. */
  | 'account'
  /** An e-wallet provider: the number next to it is a wallet id (usually the owner's phone). */
  | 'wallet'
  /** "call", "WA", "โทร", "SĐT"…: the number next to it is a phone number. */
  | 'phone'
  /** A messaging or social platform: the handle next to it is an account there. */
  | 'platform'
  /** OTP, reference, invoice, ID card…: the number next to it is none of ours. */
  | 'negative'
  /** "my", "saya", "ko", "của tôi", "ของฉัน" next to an account word: the victim's own account, not an indicator. */
  | 'own'
  /** "number", "nomor", "số", "เบอร์": says nothing about the kind, but "nomor saya" (my number) is the victim's. */
  | 'number'
  /** "son", "anak", "vợ", "ลูกสาว": a family member; "No telefon anak saya" is the victim's family's number. */
  | 'kin'
  /** "official", "real", "resmi", "chính thức", "ทางการ": the real institution's hotline or site, no indicator. */
  | 'official'
  /** "fake", "pretending", "ngaku", "giả danh", "แอบอ้าง": the hotline or site named is the scammer's imitation. */
  | 'fake'
  /** "email", "emel", "อีเมล": "email ko …" is the victim's own address. */
  | 'email'
  /** "website", "situs", "trang web", "เว็บไซต์": with an official word, the real institution's site. */
  | 'site'
  /**
   * "checked", "cek", "semak", "kiểm tra", "เช็ค", "report", "lapor", "แจ้ง": the victim checking with or
   * reporting to an institution; the hotline or site named right after is the real one.
   */
  | 'check';

export interface Cue {
  kind: CueKind;
  /**
   * wallet / platform: the registry id; own: 'before' | 'after' the word it qualifies; phone: 'verb', 'service'
   * (a hotline or customer-service line) or none; negative: 'id' for identity documents; official: 'strict'
   * for words that mean nothing but "official"; kin: 'title', 'friend' or 'contact' (see the family words);
   * fake: 'their' or 'hearsay' (see the fake words).
   */
  ref?: string | undefined;
  /**
   * Only counts right next to the number (a few characters): the word is also an ordinary word or name
   * ("dana" is Indonesian for funds, Maya a first name, Boost an English verb).
   */
  weak?: boolean | undefined;
  /** platform: a number next to it is a phone number (WhatsApp, Zalo, Viber, LINE, Telegram…). */
  phone?: boolean | undefined;
}

export interface Lexeme extends Cue {
  text: string;
  /** Case-sensitive match (for words that are ordinary words in lower case). */
  exact?: boolean | undefined;
}

const cue = (kind: CueKind, texts: readonly string[], extra: Omit<Cue, 'kind'> & { exact?: boolean } = {}) =>
  texts.map((text): Lexeme => ({ text, kind, ...extra }));

/**
 * Bank names come from the bank registry (every name, short name and alias, in every script); its
 * `ordinaryWords` ("Permata", "กรุงเทพ" = Bangkok, "MB") are weak cues. These are the additions for free text.
 */
const EXTRA_BANK_NAMES: readonly Lexeme[] = cue('bank', ['ธนาคารกรุงเทพ', 'บัญชีกรุงเทพ', 'mb bank', 'mbbank']);

/** A country's name closing a bank's registry name: "Bank Kerjasama Rakyat Malaysia", "OCBC Bank (Malaysia)". */
const COUNTRY_SUFFIX =
  /[\s(]+(?:malaysia|indonesia|thailand|vietnam|viet nam|việt nam|philippines|singapore|cambodia|brunei)\)?$/iu;
const GENERIC_BANK_WORD = /^(?:bank|pt|ngân|hàng|tmcp|tnhh|mtv|the)$/iu;

/**
 * Registry names written without the country closing them, as people do ("akaun Bank Kerjasama Rakyat …"):
 * when what is left still has two words of its own ("Bank Negara" has one, and is another country's central
 * bank), does not end in "of" ("Land Bank of the"), and names no bank by itself. `ref` is the full name.
 */
function withoutCountry(alias: string): Lexeme | undefined {
  const m = COUNTRY_SUFFIX.exec(alias);
  if (!m) return undefined;
  const text = alias.slice(0, m.index).trim();
  const words = text.split(/\s+/);
  if (/(?:^|\s)(?:of|of the|and|và)$/i.test(text) || /[,(]$/.test(text)) return undefined;
  if (words.filter((w) => !GENERIC_BANK_WORD.test(w)).length < 2) return undefined;
  if (['ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'KH', 'BN'].some((c) => resolveBank(text, c))) return undefined;
  return { text, kind: 'bank', ref: alias };
}

const BANK_NAMES: readonly Lexeme[] = [
  ...EXTRA_BANK_NAMES,
  ...listBankAliases().map(
    ({ alias, ordinaryWord }): Lexeme => ({ text: alias, kind: 'bank', weak: ordinaryWord || undefined }),
  ),
  ...listBankAliases().flatMap(({ alias, ordinaryWord }) => {
    const lexeme = ordinaryWord ? undefined : withoutCountry(alias);
    return lexeme ? [lexeme] : [];
  }),
];

/** "Account" words: a number after them is an account (the bank may be named a few words away). */
const ACCOUNT_WORDS: readonly Lexeme[] = cue('account', [
  // English / Taglish
  'account',
  'account no',
  'account number',
  'acct',
  'acct no',
  'acc',
  'acc no',
  'a/c',
  'a/c no',
  'bank account',
  'savings account',
  'bank',
  // Indonesian
  'rekening',
  'rek',
  'no rek',
  'norek',
  'nomor rekening',
  'no rekening',
  'rekber',
  // Malay
  'akaun',
  'no akaun',
  'nombor akaun',
  'akaun bank',
  'bank in',
  // Thai
  'บัญชี',
  'เลขบัญชี',
  'เลขที่บัญชี',
  'ธนาคาร',
  // Vietnamese
  'tài khoản',
  'số tài khoản',
  'stk',
  'tk',
  'số tk',
  'ngân hàng',
  'chuyển khoản',
]);

/** E-wallet providers from the registry (its `ordinaryWords`, "DANA", "Maya", "Boost", are weak), and additions. */
const WALLETS: readonly Lexeme[] = [
  ...cue('wallet', ['ví momo', 'ví điện tử momo'], { ref: 'momo' }),
  ...cue('wallet', ['ทรูมันนี่วอลเล็ท', 'ทรูมันนี่', 'ทรูวอลเล็ท'], { ref: 'truemoney' }),
  ...cue('wallet', ['พร้อมเพ', 'พร้อมเพย์'], { ref: 'promptpay' }),
  ...cue('wallet', ['spay'], { ref: 'shopeepay' }),
  ...EWALLET_DATA.flatMap((provider) => {
    const ordinary = new Set((provider.ordinaryWords ?? []).map((w) => w.toLowerCase()));
    return [provider.id, provider.name, ...provider.aliases].map(
      (text): Lexeme => ({
        text,
        kind: 'wallet',
        ref: provider.id,
        weak: ordinary.has(text.toLowerCase()) || undefined,
      }),
    );
  }),
];

/** Messaging and social platforms. `phone`: a number next to them is the account's phone number. */
const PLATFORMS: readonly Lexeme[] = [
  ...cue('platform', ['telegram', 'tele', 'tg', 'เทเลแกรม', 'เทเลแกรมส์', 'tê lê gram'], {
    ref: 'telegram',
    phone: true,
  }),
  ...cue('platform', ['LINE', 'Line'], { ref: 'line', phone: true, exact: true }),
  ...cue('platform', ['line id', 'id line', 'add line', 'ไลน์', 'ไอดีไลน์', 'แอดไลน์'], {
    ref: 'line',
    phone: true,
  }),
  ...cue('platform', ['instagram', 'insta', 'ig', 'ไอจี', 'อินสตาแกรม'], { ref: 'instagram' }),
  ...cue('platform', ['facebook', 'fb', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟสบุ๊ก'], { ref: 'facebook' }),
  ...cue('platform', ['tiktok', 'tik tok', 'ติ๊กต็อก', 'ติ๊กต๊อก'], { ref: 'tiktok' }),
  ...cue('platform', ['twitter'], { ref: 'x' }),
  ...cue('platform', ['whatsapp', 'whats app', "what's app", 'wa', 'w.a', 'wasap', 'watsap', 'วอทส์แอป'], {
    ref: 'whatsapp',
    phone: true,
  }),
  ...cue('platform', ['zalo'], { ref: 'zalo', phone: true }),
  ...cue('platform', ['viber'], { ref: 'viber', phone: true }),
  ...cue('platform', ['wechat', 'weixin', 'วีแชท'], { ref: 'wechat', phone: true }),
  ...cue('platform', ['Signal'], { ref: 'signal', phone: true, exact: true }),
  ...cue('platform', ['discord'], { ref: 'discord' }),
];

/** Words saying "this is a phone number". Generic "number" words are deliberately absent: they say nothing. */
const PHONE_WORDS: readonly Lexeme[] = [
  ...cue('phone', [
    // English / Taglish
    'phone',
    'phone number',
    'mobile',
    'mobile number',
    'tel',
    'telephone',
    'contact number',
    'sms',
    'cp',
    'cellphone',
    'cell number',
    'landline',
    'sim',
    'sim card',
    'simcard',
    // Indonesian / Malay
    'hp',
    'no hp',
    'nomor hp',
    'handphone',
    'telp',
    'telepon',
    'telpon',
    'kontak',
    'telefon',
    'nombor telefon',
    'no tel',
    'telefon bimbit',
    'kartu sim',
    'kad sim',
    // Thai
    'เบอร์โทร',
    'เบอร์มือถือ',
    'มือถือ',
    'ซิม',
    'ซิมการ์ด',
    'เบอร์ติดต่อ',
    'โทรศัพท์',
    'หมายเลขโทรศัพท์',
    // Vietnamese
    'sđt',
    'sdt',
    'số điện thoại',
    'điện thoại',
    'đt',
    'số sim',
  ]),
  // Hotlines and customer-service lines: a phone word, and with a bank's name or an "official" word next to
  // it, the real institution's line (see numbers.ts).
  ...cue(
    'phone',
    [
      // English / Taglish
      'hotline',
      'helpline',
      'call center',
      'call centre',
      'contact center',
      'contact centre',
      'customer service',
      'customer care',
      'customer support',
      'care line',
      'careline',
      'customer care line',
      'help desk',
      'helpdesk',
      'cs',
      // Indonesian / Malay
      'layanan pelanggan',
      'pusat layanan',
      'talian',
      'talian hotline',
      'talian bantuan',
      'khidmat pelanggan',
      'talian khidmat pelanggan',
      'pusat panggilan',
      // Thai ("แก๊งคอลเซ็นเตอร์", the call-centre gang, is the scam: "แก๊ง" is a fake word below)
      'สายด่วน',
      'คอลเซ็นเตอร์',
      'ศูนย์บริการลูกค้า',
      'ฝ่ายบริการลูกค้า',
      // Vietnamese
      'tổng đài',
      'đường dây nóng',
      'chăm sóc khách hàng',
      'cskh',
    ],
    { ref: 'service' },
  ),
  // Mobile networks, named for a SIM ("her Cellcard is 012…", "my Globe number", "nomor Telkomsel saya"): as written,
  // since several are ordinary words in lower case.
  ...cue(
    'phone',
    [
      'Cellcard',
      'Metfone',
      'Smart',
      'Globe',
      'TNT',
      'DITO',
      'Telkomsel',
      'Indosat',
      'IM3',
      'Smartfren',
      'Maxis',
      'Hotlink',
      'Celcom',
      'Digi',
      'U Mobile',
      'Tune Talk',
      'AIS',
      'dtac',
      'DTAC',
      'TrueMove',
      'Viettel',
      'Vinaphone',
      'VinaPhone',
      'Mobifone',
      'MobiFone',
      'Vietnamobile',
      'Singtel',
      'StarHub',
      'Unitel',
      'Mytel',
    ],
    { exact: true },
  ),
  // Verbs: "gọi tôi" is "called me", not "my phone", so a possessive after them means nothing.
  ...cue(
    'phone',
    [
      'call',
      'called',
      'calling',
      'caller',
      'text',
      'texted',
      'tawag',
      'tumawag',
      'tinawagan',
      'tumatawag',
      'ditelpon',
      'nelpon',
      'hubungi',
      'panggilan',
      'mesej',
      'โทร',
      'ติดต่อ',
      'gọi',
      'gọi điện',
      'liên hệ',
      'nhắn tin',
    ],
    { ref: 'verb' },
  ),
];

/**
 * Plain "number" words, and the Indonesian/Malay forms with "-nya" ("nomornya", its / her number). Also the
 * generic words for an e-wallet, which name no provider ("eWallet saya (012-…)" is the victim's wallet, but
 * "e-wallet" alone says nothing about which wallet a number is).
 */
const NUMBER_WORDS: readonly Lexeme[] = cue('number', [
  'number',
  'no',
  'nomor',
  'nomer',
  'nombor',
  'numero',
  'nomornya',
  'nomernya',
  'nombornya',
  'số',
  'เบอร์',
  // e-wallets in general
  'e-wallet',
  'ewallet',
  'e wallet',
  'dompet digital',
  'dompet elektronik',
  'ví điện tử',
  'กระเป๋าเงินอิเล็กทรอนิกส์',
  'วอลเล็ท',
  // wallets in general, crypto ones too ("ví của tôi (0x…)": the victim's own)
  'wallet',
  'crypto wallet',
  'dompet',
  'ví',
  'ví crypto',
  'กระเป๋าเงิน',
  'กระเป๋าคริปโต',
]);

/** Numbers next to these are codes, references or identity documents, not indicators. */
const NEGATIVE_WORDS: readonly Lexeme[] = cue('negative', [
  // codes
  'otp',
  'tac',
  'pin',
  'mpin',
  'cvv',
  'cvc',
  'kode',
  'kode otp',
  'code',
  'verification code',
  'mã otp',
  'mã xác nhận',
  'mã xác thực',
  'mã giao dịch',
  'mã đơn',
  'mã đơn hàng',
  'mã vận đơn',
  'รหัส',
  'รหัสอ้างอิง',
  'เลขอ้างอิง',
  'เลขที่อ้างอิง',
  'เลขพัสดุ',
  'เลขที่คำสั่งซื้อ',
  // references, orders, parcels, cases
  'ref',
  'ref no',
  'reference',
  'reference no',
  'reference number',
  'ref number',
  'rujukan',
  'no rujukan',
  'invoice',
  'inv',
  'order',
  'order id',
  'order no',
  'order number',
  'order ref',
  'pesanan',
  'no pesanan',
  'resi',
  'no resi',
  'awb',
  'tracking',
  'tracking no',
  'tracking number',
  'transaction',
  'transaction id',
  'transaction no',
  'trx',
  'id transaksi',
  'laporan',
  'nomor laporan',
  'report no',
  'case no',
  'case number',
  'kes',
  'ticket',
  'booking',
  'kode booking',
  'voucher',
  // cards
  'card',
  'card no',
  'card number',
  'kartu',
  'nomor kartu',
  'kad',
  'số thẻ',
  'บัตร',
  'serial',
  'imei',
]);

/**
 * Identity documents: negative too, except right after a wallet that takes the document's number as its id
 * ("พร้อมเพย์เลขบัตรประชาชน 1-1037-…": PromptPay registered to a national ID).
 */
const ID_DOCUMENT_WORDS: readonly Lexeme[] = cue(
  'negative',
  [
    'nik',
    'ktp',
    'no ktp',
    'ic',
    'no ic',
    'mykad',
    'kad pengenalan',
    'nric',
    'nric no',
    'passport',
    'paspor',
    'pasaporte',
    'cccd',
    'cmnd',
    'căn cước',
    'บัตรประชาชน',
    'เลขบัตรประชาชน',
    'sss',
    'philhealth',
    'umid',
    'npwp',
  ],
  { ref: 'id' },
);

/**
 * Possessives and "me": the victim's own account, wallet or number ("my Krungsri account", "rekening saya",
 * "account ko", "tài khoản của tôi", "บัญชีของฉัน", "contact me at"), never an indicator, and personal data.
 * `ref` says where the word stands: before the word it qualifies (English "my") or after it (most others).
 */
const OWN_WORDS: readonly Lexeme[] = [
  // "kong" / "aming" / "sariling": Filipino "ko", "namin", "sarili" with the linker, before the noun.
  ...cue('own', ['my', 'my own', 'our', 'our own', 'aking', 'kong', 'aming', 'sariling'], { ref: 'before' }),
  // "His own", "dia sendiri", "ของเขาเอง": the owner set against the scammer ("My nephew's own number is …", "their
  // own site …", "akaun CIMB dia sendiri"), the victim's side.
  ...cue('own', ['his own', 'her own', 'their own', 'its own'], { ref: 'before' }),
  ...cue('own', ['dia sendiri', 'mereka sendiri', 'beliau sendiri', 'ของเขาเอง', 'ของเธอเอง'], {
    ref: 'after',
  }),
  ...cue('own', ['saya', 'aku', 'ko', 'namin', 'của tôi', 'của mình', 'của em', 'tôi', 'mình'], {
    ref: 'after',
  }),
  // How chats abbreviate and spell them: Indonesian/Malay "sy", "sya", "saye" (saya), "aq" (aku), Jakarta "gw"/"gue";
  // Vietnamese "tui", "tớ"; Thai drops "ของ" ("เบอร์เราเอง", "บัญชีผมเอง", "เบอร์หนู").
  ...cue('own', ['sy', 'sya', 'saye', 'aq', 'gw', 'gue', 'gua', 'của tui', 'của tớ', 'của chúng tôi'], {
    ref: 'after',
  }),
  ...cue(
    'own',
    [
      'ของฉัน',
      'ของผม',
      'ของดิฉัน',
      'ของเรา',
      'ของตัวเอง',
      'ของหนู',
      'ฉัน',
      'ผม',
      'ดิฉัน',
      'หนู',
      'หนูเอง',
      'เรา',
      'เราเอง',
      'ผมเอง',
      'ฉันเอง',
      'ตัวเอง',
      'ของเราเอง',
      'ของผมเอง',
      'ของฉันเอง',
    ],
    { ref: 'after' },
  ),
];

/**
 * Family members and friends: a possessive on one of them next to a phone or account word ("No telefon anak
 * saya", "my son's number", "số điện thoại của vợ tôi", "nomor om sy") makes the number the victim's family's,
 * not the scammer's. Where a word names only kin ("son", "anak", "bunso", "ครอบครัว", "mẹ") a possessive may be
 * left out in the languages that leave it out ("เบอร์ของครอบครัว …", "number ni bunso …", "Số của mẹ …"); words that
 * are also titles or pronouns for strangers ("Ibu", "Kak", "kuya", "anh", "chị", "ลุง": `ref: 'title'`) need one,
 * and so do friends (`ref: 'friend'`); the contacts the victim gave a loan app (`ref: 'contact'`: "kontak darurat",
 * "người thân", "nombor waris") need none.
 * Vietnamese words that fold to other words ("mẹ" → "me", "vợ" → "vo") match only with their accents.
 */
const KIN_WORDS: readonly Lexeme[] = [
  ...cue('kin', [
    // English / Taglish
    'son',
    'daughter',
    'child',
    'children',
    'kid',
    'kids',
    'wife',
    'husband',
    'spouse',
    'mother',
    'mom',
    'mum',
    'mommy',
    'father',
    'dad',
    'daddy',
    'brother',
    'sister',
    'sibling',
    'parents',
    'grandmother',
    'grandfather',
    'grandma',
    'grandpa',
    'grandson',
    'granddaughter',
    'grandchild',
    'aunt',
    'auntie',
    'aunty',
    'uncle',
    'cousin',
    'nephew',
    'niece',
    'brother-in-law',
    'sister-in-law',
    'mother-in-law',
    'father-in-law',
    'in-laws',
    'family',
    'household',
    // Indonesian / Malay
    'anak',
    'anak saudara',
    'istri',
    'isteri',
    'suami',
    'ayah',
    'nenek',
    'kakek',
    'datuk',
    'atuk',
    'mertua',
    'ipar',
    'keluarga',
    'mak',
    'emak',
    'abah',
    'bunda',
    'ibu bapa',
    'sepupu',
    'keponakan',
    'ponakan',
    'cucu',
    'paman',
    'bibi',
    'tante',
    'om',
    // Filipino
    'asawa',
    'nanay',
    'tatay',
    'kapatid',
    'lola',
    'lolo',
    'pinsan',
    'pamangkin',
    'apo',
    'bunso',
    'biyenan',
    'bayaw',
    'hipag',
    'pamilya',
    'mama',
    'papa',
    // Thai
    'ลูกสาว',
    'ลูกชาย',
    'ลูก',
    'ลูกพี่ลูกน้อง',
    'ภรรยา',
    'สามี',
    'แม่',
    'พ่อ',
    'น้องสาว',
    'น้องชาย',
    'พี่สาว',
    'พี่ชาย',
    'แฟน',
    'หลาน',
    'ญาติ',
    'ครอบครัว',
    'คุณแม่',
    'คุณพ่อ',
    'ปู่',
    // Vietnamese
    'con',
    'con trai',
    'con gái',
    'chồng',
    'cha',
    'anh trai',
    'chị gái',
    'em trai',
    'em gái',
    'ông ngoại',
    'bà ngoại',
    'ông nội',
    'bà nội',
    'anh họ',
    'chị họ',
    'em họ',
    'gia đình',
  ]),
  ...cue('kin', ['vợ', 'Vợ', 'mẹ', 'Mẹ', 'bố', 'Bố'], { exact: true }),
  // Friends: only with a possessive ("kawan saya", "my friend's", "kaibigan ko"); a partner met online is left out
  // (in a romance scam "my boyfriend's account" is the scammer's).
  ...cue(
    'kin',
    ['friend', 'best friend', 'teman', 'kawan', 'rakan', 'sahabat', 'kaibigan', 'เพื่อน', 'bạn thân'],
    { ref: 'friend' },
  ),
  // Vietnamese "bạn" is a friend (and "you"): with its accent only ("ban" is many words).
  ...cue('kin', ['bạn', 'Bạn'], { ref: 'friend', exact: true }),
  // The contacts a loan app or a form asked the victim for: always the victim's people, possessive or not
  // ("kontak darurat sy (kakak, 0812…)", "số người thân 09…", "my emergency contact 0917…").
  ...cue(
    'kin',
    [
      'emergency contact',
      'emergency contacts',
      'kontak darurat',
      'nomor darurat',
      'kenalan kecemasan',
      'kontak kecemasan',
      'nombor kecemasan',
      'waris',
      'người thân',
      'liên hệ khẩn cấp',
      'người liên hệ khẩn cấp',
      'ผู้ติดต่อฉุกเฉิน',
      'เบอร์ฉุกเฉิน',
      'บุคคลอ้างอิง',
    ],
    { ref: 'contact' },
  ),
  // Also titles or pronouns for strangers: kin only with a possessive ("Kak" is the seller, "kakak saya" a sister).
  ...cue(
    'kin',
    [
      'ibu',
      'bapak',
      'bapa',
      'adik',
      'kakak',
      'abang',
      'pakcik',
      'pak cik',
      'makcik',
      'mak cik',
      'kuya',
      'ate',
      'tito',
      'tita',
      'ninong',
      'ninang',
      'ลุง',
      'anh',
    ],
    { ref: 'title' },
  ),
  // Vietnamese pronouns that fold to other words ("dì" → "di", "bà" → "ba"): with their accents only.
  ...cue(
    'kin',
    ['cháu', 'chị', 'cô', 'chú', 'bác', 'dì', 'cậu', 'ông', 'bà', 'ba', 'má'].flatMap((w) => [
      w,
      w[0]?.toUpperCase() + w.slice(1),
    ]),
    { ref: 'title', exact: true },
  ),
];

/**
 * "Official", "real", "national", and public authorities: next to a hotline or site word they say the line or
 * site is the real institution's ("the real SPF hotline", "web resmi", "tổng đài chính thức", "สายด่วนตำรวจ").
 */
const OFFICIAL_WORDS: readonly Lexeme[] = [
  // Words that only mean "official" (`ref: 'strict'`): enough on a plain number word ("nomor resmi BCA …").
  ...cue(
    'official',
    [
      'official',
      'resmi',
      'resminya',
      'rasmi',
      'rasminya',
      'opisyal',
      'opisyal na',
      'ทางการ',
      'อย่างเป็นทางการ',
      'chính thức',
    ],
    { ref: 'strict' },
  ),
  // Words that vouch for a hotline or site word only ("his real number" may be the scammer's).
  ...cue('official', [
    // English / Taglish
    'real',
    'genuine',
    'legitimate',
    'legit',
    'actual',
    // Indonesian / Malay ("aslinya", "yg betul": the real one; not a bare "betul", as in "betul-betul", really)
    'asli',
    'aslinya',
    'sebenar',
    'yang betul',
    'yg betul',
    // Filipino
    'totoong',
    'tunay',
    'tunay na',
    // Thai
    'ตัวจริง',
    'ของจริง',
    'จริง',
  ]),
  // Public authorities (`ref: 'authority'`): they vouch for a hotline ("the police hotline", "สายด่วนตำรวจ"), but
  // say nothing of what is "real" or "official" in a sentence ("the police said the site was only …").
  ...cue(
    'official',
    [
      'national',
      'police',
      'government',
      'nasional',
      'kebangsaan',
      'polisi',
      'polis',
      'pemerintah',
      'kerajaan',
      'pambansa',
      'pulis',
      'pulisya',
      'gobyerno',
      'แห่งชาติ',
      'ตำรวจ',
      'รัฐบาล',
      'quốc gia',
      'công an',
      'chính phủ',
    ],
    { ref: 'authority' },
  ),
  // "thật" folds to "that".
  ...cue('official', ['thật'], { exact: true }),
];

/**
 * Words that make a named hotline or site the scammer's: fakes, impersonation and hearsay ("pretending to be
 * the BDO hotline", "ngaku call center BCA", "tự xưng tổng đài", "แอบอ้างเป็นสายด่วน", "hotline daw").
 */
const FAKE_WORDS: readonly Lexeme[] = [
  ...cue('fake', [
    // English / Taglish
    'fake',
    'bogus',
    'phony',
    'pretend',
    'pretending',
    'pretended',
    'posing',
    'posed',
    'claiming',
    'claimed',
    'impersonating',
    'impersonated',
    'purporting',
    // Indonesian / Malay
    'palsu',
    'gadungan',
    'abal abal',
    'ngaku',
    'ngakunya',
    'mengaku',
    'menyamar',
    'mendakwa',
    // Filipino
    'peke',
    'pekeng',
    'nagpanggap',
    'nagpapanggap',
    'magpanggap',
    'kunwari',
    'kunwaring',
    // Thai
    'ปลอม',
    'แอบอ้าง',
    'อ้างว่า',
    'อ้างเป็น',
    'อ้างตัว',
    'แก๊ง',
    // Vietnamese
    'giả mạo',
    'giả danh',
    'mạo danh',
    'tự xưng',
    'xưng là',
    'tự nhận',
  ]),
  // Hearsay (`ref: 'hearsay'`): "supposedly", "katanya", "daw" put in doubt what follows ("hotline daw", "katanya dari
  // BCA"), unless it reports a denial, the real party speaking ("katanya BRI ga prnh ngirim link, web resminya cm …").
  ...cue('fake', ['supposedly', 'so called', 'katanya', 'kononnya', 'konon', 'daw'], { ref: 'hearsay' }),
  // "giả" folds to "gia" (as "giá", price, does).
  ...cue('fake', ['giả', 'Giả'], { exact: true }),
  // Someone else's ("their official website", "website nila", "trang web của họ"): the scammer's claim. Counts
  // only right on the hotline, site or "official" word (`ref: 'their'`): "I told her, then called the bank
  // hotline" is no claim.
  ...cue(
    'fake',
    [
      'his',
      'her',
      'their',
      'mereka',
      'nila',
      'niya',
      'kanilang',
      'kaniyang',
      'của họ',
      'của hắn',
      'ของพวกเขา',
      'ของเขา',
    ],
    { ref: 'their' },
  ),
];

/** Email words: "email ko …", "my email is …", "อีเมลของฉัน …" name the victim's own address. */
const EMAIL_WORDS: readonly Lexeme[] = cue('email', [
  'email',
  'e-mail',
  'email address',
  'gmail',
  'emel',
  'surel',
  'alamat email',
  'alamat emel',
  'อีเมล',
  'อีเมล์',
  'thư điện tử',
]);

/** Site words: with an official word next to them ("web resmi", "official website"), the real institution's site. */
const SITE_WORDS: readonly Lexeme[] = cue('site', [
  'website',
  'web site',
  'site',
  'web',
  'webpage',
  'homepage',
  'situs',
  'laman',
  'laman web',
  'portal',
  'trang',
  'trang web',
  'trang chủ',
  // Indonesian/Malay "-nya" (its): "yg asli webnya …", "situsnya …"
  'webnya',
  'websitenya',
  'situsnya',
  'lamannya',
  'aplikasinya',
  'appnya',
  // A brand's own help pages: "carousell's own help page …", "pusat bantuan Shopee …"
  'help page',
  'help center',
  'help centre',
  'support page',
  'pusat bantuan',
  'halaman bantuan',
  'trang hỗ trợ',
  'เว็บ',
  'เว็บไซต์',
  // Apps: "the real app of PEA is only on …", "aplikasi resmi …"
  'app',
  'apps',
  'aplikasi',
  'ứng dụng',
  'แอป',
  'แอพ',
  'แอปพลิเคชัน',
  // "dalam talian" is Malay for "online", not a phone line ("talian").
  'dalam talian',
]);

/**
 * Checking with and reporting to an institution: "I checked with the Lazada customer service …", "lapor ke call
 * center …", "โทรเช็คกับคอลเซ็นเตอร์ …", "แจ้ง Shopee Call Center …", "Sy cek di pegadaian.co.id …". The victim turns to
 * the real institution to check a story or to report the scam, so the line or site named right after is the
 * institution's. "Verify" and "confirm" are left out: scam messages tell victims to verify at their own link.
 */
const CHECK_WORDS: readonly Lexeme[] = cue('check', [
  // Regulators' and police lists a victim looks a company up in ("not on the investor alert list on …")
  'alert list',
  'investor alert',
  'warning list',
  'blacklist',
  'watchlist',
  'senarai amaran',
  'senarai hitam',
  'daftar hitam',
  'danh sách cảnh báo',
  'danh sách đen',
  'บัญชีดำ',
  'แบล็กลิสต์',
  // English / Taglish ("nag-check", "i-report", "ni-report" hold the English word)
  'check',
  'checked',
  'checking',
  'cross-checked',
  'double-checked',
  'report',
  'reported',
  'reporting',
  'complained',
  'tiningnan',
  'chineck',
  'tsinek',
  'nagreklamo',
  // Indonesian / Malay
  'cek',
  'ngecek',
  'mengecek',
  'dicek',
  'lapor',
  'melapor',
  'melaporkan',
  'semak',
  'menyemak',
  'disemak',
  'mengadu',
  'aduan',
  // Thai
  'เช็ค',
  'เช็ก',
  'ตรวจสอบ',
  'แจ้ง',
  'ร้องเรียน',
  // Vietnamese
  'kiểm tra',
  'tra cứu',
  'trình báo',
  'phản ánh',
]);

export const LEXICON: readonly Lexeme[] = [
  ...BANK_NAMES,
  ...ACCOUNT_WORDS,
  ...WALLETS,
  ...PLATFORMS,
  ...PHONE_WORDS,
  ...NEGATIVE_WORDS,
  ...ID_DOCUMENT_WORDS,
  ...OWN_WORDS,
  ...NUMBER_WORDS,
  ...KIN_WORDS,
  ...OFFICIAL_WORDS,
  ...FAKE_WORDS,
  ...EMAIL_WORDS,
  ...SITE_WORDS,
  ...CHECK_WORDS,
];

/**
 * Currency written before an amount (`Rp 15.000.000`, `RM48,000`, `₱20,000`, `S$500`) and units after it
 * (`50,000 baht`, `15 triệu`, `200rb`, `2 juta`): a number in either position is money.
 */
export const CURRENCY_BEFORE =
  /(?:^|[^\p{L}])(?:rp|idr|rm|myr|thb|php|vnd|usd|usdt|sgd|eur|us\$|s\$|[$฿₱₫€£¥])\.?\s?$/iu;
export const UNIT_AFTER =
  /^\s?(?:rb|ribu|rebu|jt|juta|k|triệu|tr|nghìn|ngàn|đ|₫|vnd|vnđ|đồng|dong|baht|thb|บาท|ล้าน|พัน|หมื่น|แสน|pesos?|php|ringgit|rm|rupiah|idr|usd|usdt|dollars?|sgd|bucks|m|million|billion|tỷ|ty|lakh)(?![\p{L}\p{N}])/iu;

/**
 * A change of number: what a scammer impersonating a relative or friend says first ("Hi Ma, this is my new
 * number", "nomor lama hilang", "bagong number ko", "đổi số rồi", "เปลี่ยนเบอร์ใหม่"), and what a victim writes
 * about it. In such a narrative a number that is "still" someone's is the real person's, not the scammer's.
 */
export const NUMBER_CHANGE =
  /(?:^|[^\p{L}])(?:new (?:phone |mobile |whatsapp |wa )?number|old (?:phone |mobile )?number|changed? (?:my |his |her |their )?(?:phone |mobile )?numbers?|(?:nomor|nomer|no|nombor|no hp|nomor hp|no telefon|nombor telefon) (?:baru|baharu|lama)|(?:ganti|tukar|tuka) (?:nomor|nomer|nombor|no)|(?:bagong|lumang|dating|bago kong|bago ko na|bago na) (?:number|numero|sim)|(?:number|numero) ko (?:na )?bago|nagpalit ng (?:number|numero|sim)|(?:số|số điện thoại|sđt|sdt) (?:mới|cũ)|đổi số)(?![\p{L}])|เบอร์ใหม่|เบอร์เก่า|เปลี่ยนเบอร์/iu;
/** "Still" right before a number ("her number is still +65 9…", "nomornya masih …", "vẫn là …", "ยังเป็น …"). */
export const STILL_BEFORE =
  /(?:^|[^\p{L}])(?:still|masih|tetap|vẫn|vẫn là|vẫn còn là)(?: (?:is|adalah|ialah|là|ay))?[\s:：]*$|(?<!ไป)ยัง(?:คง)?(?:เป็น|ใช้)(?:เบอร์)?\s*$/iu;
/** "Still" right after a number (Filipino "… pa rin", English "… still"). */
export const STILL_AFTER = /^\s*(?:pa rin|parin|pa din|padin|still)(?![\p{L}])/iu;

/**
 * Well-known sites victims name in passing ("I saw the ad on facebook.com"): a bare mention of one of
 * these registrable domains (no path) is not an indicator. A link with a path is still extracted.
 */
export const WELL_KNOWN_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com',
  'fb.com',
  'instagram.com',
  'google.com',
  'youtube.com',
  'tiktok.com',
  'twitter.com',
  'x.com',
  'whatsapp.com',
  'telegram.org',
  'line.me',
  'zalo.me',
  'gmail.com',
  'yahoo.com',
  'shopee.co.id',
  'shopee.com.my',
  'shopee.co.th',
  'shopee.vn',
  'shopee.ph',
  'shopee.sg',
  'lazada.co.id',
  'lazada.com.my',
  'lazada.co.th',
  'lazada.vn',
  'lazada.com.ph',
  'lazada.sg',
  'tokopedia.com',
  'bukalapak.com',
  'mudah.my',
  'carousell.com',
  'carousell.sg',
  'grab.com',
  'gojek.com',
  'jobstreet.com',
  'linkedin.com',
  'maybank2u.com.my',
  'klikbca.com',
  'coins.ph',
  // Shops, travel and delivery platforms of the region that narratives name as where something was seen
  // ("kerja freelance review hotel di Traveloka.com", "Harga asal di Zalora.com.my").
  'traveloka.com',
  'tiket.com',
  'agoda.com',
  'booking.com',
  'airbnb.com',
  'klook.com',
  'airasia.com',
  'blibli.com',
  'zalora.co.id',
  'zalora.com.my',
  'zalora.com.ph',
  'zalora.sg',
  'tiki.vn',
  'sendo.vn',
  'thegioididong.com',
  'foodpanda.com',
  'amazon.com',
  'ebay.com',
  'paypal.com',
  'netflix.com',
  'apple.com',
  'microsoft.com',
  'binance.com',
]);

/** Brand names written like domains ("Coins.ph", "Maybank2u.com"): as a bare word they name the brand. */
export const BRAND_NAMES: ReadonlySet<string> = new Set(
  [...EWALLET_DATA.flatMap((p) => [p.name, ...p.aliases]), ...listBankAliases().map((a) => a.alias)]
    .filter((name) => /^[\w-]+(?:\.[\w-]+)+$/.test(name))
    .map((name) => name.toLowerCase()),
);

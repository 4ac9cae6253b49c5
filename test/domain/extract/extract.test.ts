import { describe, expect, it } from 'vitest';
import { f1, loadCorpus, precision, recall, score } from '../../../eval/extract/score.js';
import {
  extractIndicators,
  indicatorKey,
  MAX_EXTRACT_LENGTH,
  uniqueIndicators,
} from '../../../src/domain/extract/extract.js';
import { LEXICON } from '../../../src/domain/extract/keywords.js';
import { resolveBank } from '../../../src/domain/indicators/banks.js';
import { EWALLET_DATA } from '../../../src/domain/indicators/ewallets.data.js';
import { canonicalize } from '../../../src/domain/indicators/index.js';

/** What the UI would show: kind, canonical value, and the text each highlight covers. */
function marks(text: string, country?: string) {
  return extractIndicators(text, { country }).map((f) => ({
    kind: f.kind,
    value: f.value,
    written: text.slice(f.start, f.end),
  }));
}

const values = (text: string, country?: string) =>
  extractIndicators(text, { country }).map((f) => `${f.kind} ${f.value}`);

describe('extractIndicators: phone numbers', () => {
  it.each([
    [
      'ID',
      'Awalnya dichat lewat WA 0812-3456-7890 katanya kerja part time',
      '+6281234567890',
      '0812-3456-7890',
    ],
    ['ID', 'Ada yang hubungi 08123456789 ngaku CS bank', '+628123456789', '08123456789'],
    ['TH', 'มีคนโทร 081-234-5678 อ้างเป็นเจ้าหน้าที่', '+66812345678', '081-234-5678'],
    ['VN', 'Có người gọi từ SĐT 0912 345 678 tự xưng công an', '+84912345678', '0912 345 678'],
    ['PH', 'May nag-text sa akin from 0917 123 4567 na nanalo daw ako', '+639171234567', '0917 123 4567'],
    ['MY', 'Dapat mesej WhatsApp dari 011-2345 6789 tawar kerja', '+601123456789', '011-2345 6789'],
    ['SG', 'I got a WhatsApp message from +65 8123 4567 offering a job', '+6581234567', '+65 8123 4567'],
  ])('%s: %s', (country, text, value, written) => {
    expect(marks(text, country)).toEqual([{ kind: 'phone', value, written }]);
  });

  it('reads a local number in the country of the report', () => {
    expect(values('call 0812 3456 7890', 'ID')).toEqual(['phone +6281234567890']);
    // Without a country a national number cannot be placed; an international one still can.
    expect(values('call 0812 3456 7890')).toEqual([]);
    expect(values('call +62 812 3456 7890')).toEqual(['phone +6281234567890']);
  });

  it('reads a WhatsApp link as the phone number behind it', () => {
    expect(marks('ejen Faizal WhatsApp wa.me/60134567890, minta deposit', 'MY')).toEqual([
      expect.objectContaining({ kind: 'phone', value: '+60134567890', written: 'wa.me/60134567890' }),
    ]);
  });
});

describe('extractIndicators: what is not an indicator', () => {
  it.each([
    ['ID', 'Total udah Rp 15.000.000 hilang, transfer 10 juta lagi'],
    ['TH', 'เสียไป 150,000 บาท และอีก 50,000 baht'],
    ['PH', 'nawala ang ₱20,000 at ₱1,999 na shipping fee'],
    ['VN', 'mất 15 triệu, sau đó rút 48.500.000đ'],
    ['ID', 'Kode OTP 482913 sempat saya kasih, tanggal 12-05-2024 jam 14.30'],
    ['VN', 'Ngày 20/05/2024 lúc 9h30, mã OTP 834271. Mã giao dịch FT24141123456789.'],
    ['PH', 'Reference no. 2024-05-0012345, order ID 240512ABCDEF'],
    ['PH', 'Reference number 0012345678901 from the bank'],
    ['ID', 'No resi 1234567890123 juga palsu, invoice INV/20240512/MPL/3456789012'],
    ['TH', 'รหัสอ้างอิง 0123456789012345 เลขพัสดุ TH0123456789012'],
    ['MY', 'No IC saya 900101-14-5678 tak diberi'],
    ['VN', 'Số CCCD 001099012345 của tôi có bị lộ không?'],
    ['ID', 'Ada telepon ngaku dari BCA, bilang kartu ATM saya diblokir'],
    ['PH', 'Nakilala ko siya sa Facebook at sa Telegram, tapos sa GCash nagbayad'],
    ['SG', 'I saw an ad on facebook.com and google.com for cheap tickets'],
    ['SG', 'The ad was on https://www.facebook.com/ yesterday'],
    ['MY', 'Saya cuma jual barang kat Mudah.my je.'],
    ['ID', 'transfer ke BCA sebanyak 1500000 kemarin'],
  ])('%s: %s', (country, text) => {
    expect(marks(text, country)).toEqual([]);
  });

  it('does not take an ordinary word for a wallet', () => {
    // "dana" is Indonesian for funds; only the DANA wallet makes a wallet id.
    expect(values('dana saya hilang semua, hubungi 0812-3456-7890', 'ID')).toEqual(['phone +6281234567890']);
  });
});

describe('extractIndicators: bank accounts', () => {
  it.each([
    ['ID', 'Disuruh tf ke rek BCA 1234567890 a.n. Budi Santoso', '1234567890'],
    ['ID', 'ke rekening BNI atas nama Dewi Lestari nomor 0987654321 untuk tiket', '0987654321'],
    ['MY', 'Ejen suruh bank in ke akaun Maybank 1122 3344 5566 atas nama syarikat', '1122 3344 5566'],
    ['TH', 'แอดมินให้โอนเข้าบัญชีกสิกรไทย 123-4-56789-0 ชื่อบัญชี นายสมชาย', '123-4-56789-0'],
    ['VN', 'STK 1023456789 Vietcombank chủ TK Tran Thi B', '1023456789'],
    ['PH', 'Nagpadala ako sa BDO account 0012 3456 7890 ng ₱15,000', '0012 3456 7890'],
  ])('%s: %s', (country, text, written) => {
    const found = marks(text, country);
    expect(found).toEqual([expect.objectContaining({ kind: 'bank_account', written })]);
  });

  it('names the bank in the value', () => {
    expect(values('transfer ke rekening BCA 1234567890 a.n. Budi', 'ID')).toEqual([
      'bank_account CENAIDJA:1234567890',
    ]);
  });

  it('keeps a phone number next to a bank name a phone number', () => {
    expect(values('tf ke BCA 8720112233 an. Rina, nomor hp admin 0822-1234-5678', 'ID')).toEqual([
      'bank_account CENAIDJA:8720112233',
      'phone +6282212345678',
    ]);
  });
});

describe("extractIndicators: the victim's own details stay out", () => {
  it.each([
    ['ID', 'Nomor saya 0812-1111-2222 dibajak, penipu pakai WA 0813-3333-4444', ['phone +6281333334444']],
    ['VN', 'Có người gọi tôi từ số 0912 345 678. SĐT của tôi là 0987 654 321.', ['phone +84912345678']],
    ['PH', 'Tinawagan ko ang 0917 123 4567. GCash ko 0918 765 4321 ang na-hack.', ['phone +639171234567']],
    ['TH', 'Fake site, then my Krungsri account 312-1-54321-0 was emptied.', []],
    [
      'MY',
      'Penipu guna akaun CIMB 7012345678. Nombor telefon saya 012-3456789.',
      ['bank_account CIBBMYKL:7012345678'],
    ],
    // "my WA was contacted by …": the possessive is too far from the number to make it the victim's.
    ['ID', 'WA saya dihubungi oleh nomor 0813 5555 6666 kemarin', ['phone +6281355556666']],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });
});

describe("extractIndicators: the victim's family, and the victim named as a subject", () => {
  it.each([
    // A possessive on a family member next to a phone or account word.
    [
      'MY',
      'Nombor telefon suami saya 012-345 6789 juga dihubungi, scammer guna 011-2765 0093.',
      ['phone +601127650093'],
    ],
    ['SG', "They had my son's number +65 9123 4567 and called from +65 8123 4567.", ['phone +6581234567']],
    ['VN', 'Số điện thoại của vợ tôi 0903 112 233 cũng bị gọi từ số 0912 345 678.', ['phone +84912345678']],
    ['TH', 'เบอร์โทรลูกสาวฉัน 089-111-2222 ก็โดนโทร มิจฉาชีพใช้เบอร์ 081-234-5678', ['phone +66812345678']],
    ['PH', 'Yung number ng anak ko 0917 111 2222 tinext din ng 0956 778 8990.', ['phone +639567788990']],
    // Filipino "kong" / "sarili kong", Vietnamese "của em", English "my own".
    ['PH', 'Yung sarili kong number 0916 555 7788 ay binlock ko na.', []],
    ['VN', 'Số điện thoại của em là 0977 123 456.', []],
    // The number as the complement of a possessed subject, across a few words.
    ['MY', 'My own account for the refund was CIMB 8001 2233 44 and I shared it.', []],
    ['ID', 'Nomor WA saya adalah 0812-9999-8888, penipu pakai 0813-3333-4444.', ['phone +6281333334444']],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it.each([
    // A family member that is the object of the scammer's call, not the owner of a number.
    ['SG', 'The scammer called my mother from +65 8123 4567 yesterday.', ['phone +6581234567']],
    ['ID', 'Penipu menelpon ibu saya dari 0812-3456-7890.', ['phone +6281234567890']],
    // "My account was hacked and …": another clause, another copula; the scammer's account stays.
    [
      'SG',
      'My account was hacked and the money is now in OCBC 501-234567-001.',
      ['bank_account OCBCSGSG:501234567001'],
    ],
    [
      'PH',
      'Ang account ko ay na-hack, ang account ng scammer ay BDO 0012 3456 7890.',
      ['bank_account BNORPHMM:001234567890'],
    ],
    [
      'VN',
      'Tài khoản của tôi bị trừ tiền, tài khoản nhận là 1023456789 Vietcombank.',
      ['bank_account BFTVVNVX:1023456789'],
    ],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });
});

describe("extractIndicators: the victim's own email and accounts stay out", () => {
  it.each([
    [
      'PH',
      'Number ko 0917 303 4455, email ko ana.reyes@gmail.com, galing sa support@bdo-verify.com.',
      ['email support@bdo-verify.com'],
    ],
    [
      'SG',
      'My email is tan.ah.kow@gmail.com and they wrote from help@dbs-secure.net.',
      ['email help@dbs-secure.net'],
    ],
    [
      'VN',
      'Email của tôi là nguyenvana@gmail.com, họ gửi từ hotro@vcb-xacminh.com.',
      ['email hotro@vcb-xacminh.com'],
    ],
    [
      'TH',
      'อีเมลของฉัน somchai@gmail.com ได้รับอีเมลจาก admin@kbank-verify.com',
      ['email admin@kbank-verify.com'],
    ],
    [
      'ID',
      'IG saya @budi.santoso di-hack, penipu pakai IG @olshop_murah88.',
      ['social instagram:olshop_murah88'],
    ],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it('keeps an email or handle that no possessive claims', () => {
    expect(values('Scammer email: refund.dept@gmail.com', 'SG')).toEqual(['email refund.dept@gmail.com']);
    expect(values('Email them at scam.ops@gmail.com, they said.', 'SG')).toEqual([
      'email scam.ops@gmail.com',
    ]);
    expect(values('Email nila ay bdo.alert@gmail.com', 'PH')).toEqual(['email bdo.alert@gmail.com']);
  });
});

describe("extractIndicators: a real institution's hotline is no indicator", () => {
  it.each([
    ['PH', 'Tumawag ako sa Metrobank hotline (02) 8870-0700 para i-block ang card.'],
    ['SG', 'The real ICA hotline 6391 6100 confirmed it was a scam.'],
    ['SG', 'I called the DBS hotline 1800 339 6963 to freeze my account.'],
    ['ID', 'Saya telepon hotline bank (021) 2358 8000 untuk blokir rekening.'],
    ['ID', 'Saya hubungi Halo BRI di nomor resmi 021-5798-7400.'],
    ['MY', 'Saya telefon talian hotline Maybank 03-5891 4744 untuk sekat akaun.'],
    ['TH', 'ฉันโทรไปสายด่วนธนาคารกสิกรไทย 02-888-8888 เพื่ออายัดบัญชีแล้ว'],
    ['VN', 'Tôi đã gọi tổng đài Vietcombank 024 3824 3524 để khóa thẻ.'],
    ['VN', 'Tôi gọi đường dây nóng chính thức của ngân hàng 028 3915 1234.'],
  ])('%s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Called fake or impersonated, before or right after the number.
    ['ID', 'Ada yang ngaku call center BCA dari nomor 021-2358-8000 minta kode OTP.', 'phone +622123588000'],
    ['MY', 'Scammer mendakwa dari hotline Maybank 03-2070 1234 dan minta TAC.', 'phone +60320701234'],
    ['TH', 'มิจฉาชีพแอบอ้างเป็นสายด่วนธนาคาร โทรจาก 02-123-4567', 'phone +6621234567'],
    ['VN', 'Có người tự xưng tổng đài Vietcombank gọi từ số 024 3777 8899.', 'phone +842437778899'],
    ['PH', 'May tumawag na BDO hotline daw, (02) 8888 1234 ang number.', 'phone +63288881234'],
    ['SG', 'A caller claiming to be the OCBC hotline +65 6363 3333 asked for my OTP.', 'phone +6563633333'],
    ['ID', 'Nomor call center BCA 021-5555-6666 itu palsu.', 'phone +622155556666'],
    // An institution's hotline is never a mobile number.
    ['PH', 'Binigay nila ang BPI hotline 0917 123 4567.', 'phone +639171234567'],
    ['ID', 'Hotline BCA di iklan itu 0811-2233-4455 ternyata WA penipu.', 'phone +6281122334455'],
    // No institution and no "official" word on the hotline; a plain number word needs both.
    ['SG', 'The scam hotline was 6123 4567, which I called back.', 'phone +6561234567'],
    ['SG', "The seller's official number +65 6111 2222 was on Carousell.", 'phone +6561112222'],
    // The hotline word is in another clause than the number.
    ['PH', 'Sabi ng BDO hotline, ang (02) 8888 1234 ay scammer.', 'phone +63288881234'],
  ])('keeps the scammer’s line: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: codes qualified by a wallet or bank, and IDs that are wallet ids', () => {
  it.each([
    [
      'VN',
      'Mã giao dịch MoMo: 41987654321. Tiền chuyển vào ví MoMo 0976 554 312.',
      ['ewallet momo:+84976554312'],
    ],
    [
      'ID',
      'ID transaksi DANA 12345678901 saya kirim, bayar ke DANA 0812-3456-7890.',
      ['ewallet dana:+6281234567890'],
    ],
    [
      'MY',
      'No rujukan Maybank 1234567890, akaun penerima Maybank 1122 3344 5566.',
      ['bank_account MBBEMYKL:112233445566'],
    ],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it('reads a PromptPay registered to a national ID as the wallet', () => {
    expect(values('และพร้อมเพย์เลขบัตรประชาชน 3-1012-00345-67-7 เสียไปแล้ว', 'TH')).toEqual([
      'ewallet promptpay:3101200345677',
    ]);
    // An ID number on its own, or after a wallet that takes none, is still no indicator.
    expect(values('เลขบัตรประชาชน 3-1012-00345-67-7 ของฉันถูกขอไป', 'TH')).toEqual([]);
    expect(values('DANA KTP 3201234567890123 katanya untuk verifikasi', 'ID')).toEqual([]);
  });
});

describe('extractIndicators: handles with hyphens', () => {
  it('keeps a LINE id with a hyphen whole', () => {
    expect(marks('ให้แอดไลน์ @promo-th55 ก่อน', 'TH')).toEqual([
      { kind: 'social', value: 'line:@promo-th55', written: '@promo-th55' },
    ]);
    expect(values('Add LINE @loan-fast.th for approval', 'TH')).toEqual(['social line:@loan-fast.th']);
  });

  it('refuses a hyphenated name where the platform has none, but reads past a clitic', () => {
    expect(values('Telegram @invest-admin88 minta deposit', 'ID')).toEqual([]);
    expect(marks('Telegram @investadmin88-nya minta deposit', 'ID')).toEqual([
      { kind: 'social', value: 'telegram:investadmin88', written: '@investadmin88' },
    ]);
  });
});

describe('extractIndicators: brands, official sites and package names', () => {
  it.each([
    ['SG', 'I bought it on Lazada.co and paid on Shopee.Mall too.'],
    ['SG', 'I bought it on lazada.com and then shopee.com.'],
    ['ID', 'No resi itu tidak ada di web resmi sicepat.com.'],
    ['MY', 'Laman web rasmi lhdn.gov.my tiada notis ini.'],
    ['TH', 'เว็บไซต์ทางการ kasikornbank.com ไม่มีประกาศนี้'],
    ['VN', 'Trang web chính thức của Bộ Công an là bocongan.gov.vn không có ứng dụng này.'],
    ['PH', 'Wala ito sa opisyal na website ng BPI, bpi.com.ph.'],
  ])('no domain: %s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Called fake or claimed by the scammer, or not an institution's plain name.
    ['ID', 'Penipu ngaku dari web resmi bca-rewards.com minta login.', 'domain bca-rewards.com'],
    ['SG', 'He sent me to his official site cryptogain.io to deposit USDT.', 'domain cryptogain.io'],
    ['SG', 'They said their official website is dbs-rewards.online.', 'domain dbs-rewards.online'],
    ['SG', 'The fake store lazada-sale.co took my card.', 'domain lazada-sale.co'],
  ])('domain: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('reads a package name as the Android app', () => {
    expect(values('ternyata isinya aplikasi com.sicepat.lacak.paket', 'ID')).toEqual([
      'app android:com.sicepat.lacak.paket',
    ]);
    expect(values('gói cài đặt com.evn.hoadon.update qua Zalo', 'VN')).toEqual([
      'app android:com.evn.hoadon.update',
    ]);
    // A file's name, and a site's subdomain, are no package.
    expect(values('Aplikasi my.gov.semakan.apk dipasang.', 'MY')).toEqual([]);
    expect(values('see id.jobstreet.com listing', 'SG')).toEqual([]);
  });
});

describe('extractIndicators: which number a cue belongs to', () => {
  it('gives a cue between two numbers to the nearer one', () => {
    expect(values('transfer ke 081234567890 (OVO) dan 085711223344 (GoPay)', 'ID')).toEqual([
      'ewallet ovo:+6281234567890',
      'ewallet gopay:+6285711223344',
    ]);
  });

  it('does not let a bank name reach past one number to the next', () => {
    expect(
      values('ke akaun Public Bank 3-1234567-08 atas nama Tan Ah Kow. Nombor ejen 012-998 7766.', 'MY'),
    ).toEqual(['bank_account PBBEMYKL:3123456708', 'phone +60129987766']);
  });

  it('stops a number at the end of a sentence', () => {
    expect(values('(2) ke akaun Bank Rakyat 1102 2993 8847. (3) Jumlah RM 67,500', 'MY')).toEqual([
      'bank_account BKRMMYKL:110229938847',
    ]);
  });

  it('reads long account numbers and bracketed area codes', () => {
    expect(values('deposit ke akaun BSN 0110029000123456 a/n Ahmad', 'MY')).toEqual([
      'bank_account BSNAMYK1:0110029000123456',
    ]);
    expect(values('His WhatsApp: +1 (213) 373-4253.', 'ID')).toEqual(['phone +12133734253']);
    // The bracket around the area code is part of what is highlighted; one around the whole number is not.
    expect(marks('Tinawagan ako ng (02) 8876-5512 kahapon', 'PH')).toEqual([
      { kind: 'phone', value: '+63288765512', written: '(02) 8876-5512' },
    ]);
    expect(marks('WA (0812 3456 7890) tadi', 'ID')).toEqual([
      { kind: 'phone', value: '+6281234567890', written: '0812 3456 7890' },
    ]);
  });

  it('understands Vietnamese typed without diacritics', () => {
    expect(values('chuyen tien vao stk 0451000123456 vietcombank, sdt lien he 0909 123 456', 'VN')).toEqual([
      'bank_account BFTVVNVX:0451000123456',
      'phone +84909123456',
    ]);
  });

  it('does not take a masked number, or a version number for an IP', () => {
    expect(values('Nomor penipunya 0812xxxx5678, pakai rekening BCA', 'ID')).toEqual([]);
    expect(values('app version 1.2.3.4 crashed', 'SG')).toEqual([]);
    expect(values('the server IP 203.0.113.7 hosted it', 'SG')).toEqual(['ip 203.0.113.7']);
  });
});

describe('extractIndicators: e-wallets', () => {
  it.each([
    ['PH', 'pinasend ako ng processing fee sa GCash 0918 123 4567', 'gcash:+639181234567', '0918 123 4567'],
    [
      'ID',
      'penjual minta DP lewat DANA 0821-9876-5432 sebesar Rp 500.000',
      'dana:+6282198765432',
      '0821-9876-5432',
    ],
    ['VN', 'nạp tiền vào ví MoMo 0987654321 để nhận nhiệm vụ', 'momo:+84987654321', '0987654321'],
    ['TH', 'โอนเงินผ่านพร้อมเพย์ 089 765 4321 ค่ามัดจำ', 'promptpay:+66897654321', '089 765 4321'],
  ])('%s: %s', (country, text, value, written) => {
    expect(marks(text, country)).toEqual([{ kind: 'ewallet', value, written }]);
  });

  it('returns a phone-number wallet once, as the wallet, with the phone related', () => {
    const [wallet, ...rest] = extractIndicators('bayar lewat GoPay 0811 2345 678', { country: 'ID' });
    expect(rest).toEqual([]);
    expect(wallet?.kind).toBe('ewallet');
    expect(wallet?.related).toContainEqual(
      expect.objectContaining({ kind: 'phone', value: '+628112345678' }),
    );
  });

  it('reads the same number as a phone where it is a contact, and a wallet where it was paid', () => {
    const text = 'Kausap ko sa Viber yung 0927 123 4567, nanghingi ng bayad sa GCash 0927 123 4567.';
    expect(values(text, 'PH')).toEqual(['phone +639271234567', 'ewallet gcash:+639271234567']);
  });
});

describe('extractIndicators: links, emails, crypto, handles, apps', () => {
  it('restores a defanged link and highlights it as written', () => {
    expect(marks('Link aplikasinya hxxps://scam[.]com/login, jangan diklik', 'ID')).toEqual([
      expect.objectContaining({
        kind: 'url',
        value: 'https://scam.com/login',
        written: 'hxxps://scam[.]com/login',
      }),
    ]);
  });

  it('reads a bare defanged host as a domain', () => {
    expect(values('Web judi slot88maxwin[.]net minta deposit', 'ID')).toEqual(['domain slot88maxwin.net']);
  });

  it('finds an email and does not read its domain separately', () => {
    expect(values('email dari admin@bca-verifikasi.com minta update data', 'ID')).toEqual([
      'email admin@bca-verifikasi.com',
    ]);
  });

  it.each([
    ['Telegram @cs_invest88 minta transfer', 'social telegram:cs_invest88', '@cs_invest88'],
    ['add LINE id: abc123 for the job', 'social line:abc123', 'abc123'],
    ['ไอดีไลน์ pea_refund2024 ให้ชำระค่าไฟ', 'social line:pea_refund2024', 'pea_refund2024'],
    [
      'kenal di IG @lowker_luarnegeri.id, gaji 15 juta',
      'social instagram:lowker_luarnegeri.id',
      '@lowker_luarnegeri.id',
    ],
    [
      'dari akun t.me/tiketmurah_official kemarin',
      'social telegram:tiketmurah_official',
      't.me/tiketmurah_official',
    ],
  ])('handle: %s', (text, value, written) => {
    const [found, ...rest] = marks(text, 'ID');
    expect(rest).toEqual([]);
    expect(`${found?.kind} ${found?.value}`).toBe(value);
    expect(found?.written).toBe(written);
  });

  it('does not take a platform name without a handle, or an @ with no platform in sight', () => {
    expect(values('Pindah chat ke Telegram group, lalu ke WhatsApp', 'ID')).toEqual([]);
    expect(values('thanks @everyone for reading this long story', 'SG')).toEqual([]);
  });

  it.each([
    [
      'USDT TRC20 ke TG69VamJxDVGHHKBHaYRT1JFzooJ8EN52T totalnya',
      'crypto tron:TG69VamJxDVGHHKBHaYRT1JFzooJ8EN52T',
    ],
    [
      'ETH ke 0x7965bD0ECe85325B7467492e9e92A1B813e94323.',
      'crypto evm:0x7965bd0ece85325b7467492e9e92a1b813e94323',
    ],
    [
      'BTC ke bc1qrukwy0thppxmgldc8ms6ctxps2t7dlvs2ltnpl untuk yuran',
      'crypto btc:bc1qrukwy0thppxmgldc8ms6ctxps2t7dlvs2ltnpl',
    ],
  ])('crypto: %s', (text, value) => {
    expect(values(text, 'ID')).toEqual([value]);
  });

  it('refuses a look-alike crypto address whose checksum fails', () => {
    expect(values('kirim ke TG69VamJxDVGHHKBHaYRT1JFzooJ8EN52X sekarang', 'ID')).toEqual([]);
  });

  it('reads a Play Store link as the app', () => {
    expect(
      values('download dari play.google.com/store/apps/details?id=com.kreditcepat.pinjaman ya', 'ID'),
    ).toEqual(['app android:com.kreditcepat.pinjaman']);
  });
});

describe('extractIndicators: spans and repeats', () => {
  it('returns every occurrence with its own span, in text order', () => {
    const text = 'WA 0812-3456-7890. Sekali lagi: 0812 3456 7890!';
    const found = extractIndicators(text, { country: 'ID' });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['0812-3456-7890', '0812 3456 7890']);
    expect(uniqueIndicators(found)).toHaveLength(1);
    expect(new Set(found.map(indicatorKey)).size).toBe(1);
  });

  it('maps spans back through decomposed Vietnamese and invisible characters', () => {
    const text = 'Gọi từ số điện thoại 0912\u200b345\u200b678 nhé'.normalize('NFD');
    const [found] = extractIndicators(text, { country: 'VN' });
    expect(found?.value).toBe('+84912345678');
    expect(text.slice(found?.start, found?.end)).toBe('0912\u200b345\u200b678');
  });

  it('reads Thai digits', () => {
    expect(values('โทร ๐๘๑-๒๓๔-๕๖๗๘ ด่วน', 'TH')).toEqual(['phone +66812345678']);
  });
});

describe('extractIndicators: options', () => {
  it('uses the canonicaliser it is given, such as an importer’s cache', () => {
    const seen: string[] = [];
    const text = 'WA 0812-3456-7890, tf ke rek BCA 1234567890';
    const found = extractIndicators(text, {
      country: 'ID',
      canonicalize: (raw, ctx) => {
        seen.push(`${raw.kind} ${raw.value}`);
        return canonicalize(raw, ctx);
      },
    });
    expect(found).toEqual(extractIndicators(text, { country: 'ID' }));
    expect(seen).toContain('bank_account 1234567890');
  });
});

describe('extractIndicators: hostile input', () => {
  const hostile: [string, string][] = [
    ['20k digits', '1'.repeat(20_000)],
    ['20k digits in phone-like groups', '0812 3456 '.repeat(2_000)],
    ['nested brackets', `${'[('.repeat(5_000)}0812 3456 7890${')]'.repeat(5_000)}`],
    ['script tags', '<script>alert("0812-3456-7890")</script><img src=x onerror=alert(1)>'.repeat(200)],
    ['endless host', `hxxps://${'a.'.repeat(10_000)}`],
    ['endless @', '@'.repeat(20_000)],
    ['endless email-ish', `${'a'.repeat(10_000)}@${'b.'.repeat(5_000)}`],
    ['cue words only', 'rekening BCA GCash OTP '.repeat(1_000)],
    ['a megabyte', 'transfer ke rekening BCA 1234567890 '.repeat(30_000)],
  ];

  // A catastrophic regex would hang here: the test's time-out, far above any real run, catches it.
  it.each(hostile)('%s: no throw, no hang', { timeout: 20_000 }, (_name, text) => {
    const found = extractIndicators(text, { country: 'ID' });
    for (const f of found) {
      expect(f.end).toBeLessThanOrEqual(Math.min(text.length, MAX_EXTRACT_LENGTH));
      expect(f.start).toBeLessThan(f.end);
    }
  });

  it('treats markup as text: the number inside a script tag is still just a number', () => {
    expect(values('<script>alert("0812-3456-7890")</script>', 'ID')).toEqual(['phone +6281234567890']);
  });

  it('returns nothing for what is not text', () => {
    expect(extractIndicators(undefined as unknown as string, {})).toEqual([]);
    expect(extractIndicators('', { country: 'ID' })).toEqual([]);
    expect(extractIndicators('WA 0812-3456-7890', { country: 'not a country' })).toEqual([]);
  });
});

describe('extractIndicators: numbers written with an international prefix', () => {
  it.each([
    ['ID', 'Penipu pakai nomor 0062 821 4455 6789 buat WA sy.', 'phone +6282144556789'],
    ['MY', 'Panggilan masuk dari 0060 11-2098 7734 mengaku polis.', 'phone +601120987734'],
    ['VN', 'Kẻ gian gọi từ số 0084 35 882 1406.', 'phone +84358821406'],
    ['TH', 'มีคนโทรมาจาก 0066 61 224 9087 บอกว่าเป็นตำรวจ', 'phone +66612249087'],
    ['PH', 'Tumawag ang 0063 905 118 2274 at nanghingi ng OTP.', 'phone +639051182274'],
  ])('reads "00" and the calling code as "+": %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('leaves accounts that start with "00" accounts', () => {
    expect(values('Tf ke rek BCA 0012 3456 78 a.n. Budi.', 'ID')).toEqual([
      'bank_account CENAIDJA:0012345678',
    ]);
    expect(values('Pinadala ko sa BDO account 0039 1072 5533 ang ₱8,000.', 'PH')).toEqual([
      'bank_account BNORPHMM:003910725533',
    ]);
    // A bank named next to "0063 …" still makes it an account.
    expect(values('Pinadala ko sa BDO 0063 1234 5678 ang ₱8,000.', 'PH')).toEqual([
      'bank_account BNORPHMM:006312345678',
    ]);
  });

  it('never reads a number written with "+" as an account, even next to a bank', () => {
    expect(values('He said to pay OCBC +65 6011 2233 for the deposit.', 'SG')).toEqual(['phone +6560112233']);
  });
});

describe('extractIndicators: "from" after a possessed contact word', () => {
  it.each([
    ['MY', 'Inspektor palsu itu WhatsApp saya daripada 013-775 2041.', 'phone +60137752041'],
    ['ID', 'HP sy ditelpon dr 0838-1200-7745 ngaku petugas bank.', 'phone +6283812007745'],
    ['TH', 'มีคนไลน์หาฉันจาก 086-310-2295 บอกว่าได้รางวัล', 'phone +66863102295'],
  ])('keeps the number the contact came from: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('still leaves out the possessed contact itself', () => {
    expect(values('WhatsApp saya 013-775 2041 digodam.', 'MY')).toEqual([]);
    expect(values('Số điện thoại của tôi là 0987 654 321.', 'VN')).toEqual([]);
  });
});

describe('extractIndicators: possessives inside a quoted message are the speaker’s', () => {
  it.each([
    [
      'PH',
      "Nag-text: 'Tita, ito na po bagong GCash ko 0945 210 3378, padala na lang po dito.'",
      'ewallet gcash:+639452103378',
    ],
    [
      'SG',
      'The message read "send it to my OCBC account 601-223344-001 today" and I did.',
      'bank_account OCBCSGSG:601223344001',
    ],
    [
      'ID',
      "Admin bilang 'tf aja ke rekening saya BNI 0987 6543 21 ya kak'.",
      'bank_account BNINIDJA:0987654321',
    ],
    [
      'VN',
      'Tin nhắn ghi: “chuyển vào tài khoản của tôi ACB 2104 5678 9 nhé”.',
      'bank_account ASCBVNVX:210456789',
    ],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('keeps the narrator’s own quoted words, and apostrophes open no quotation', () => {
    expect(values("I told him 'my number is +65 9123 0045' before he hung up.", 'SG')).toEqual([]);
    expect(values("Dato' Lim's assistant said my CIMB account 8001 2233 44 was frozen.", 'MY')).toEqual([]);
  });
});

describe("extractIndicators: chat spellings of the victim's possessives, wallets and family", () => {
  it.each([
    [
      'ID',
      'Rek BCA sy 7781 2034 56 kebobolan, penipu pakai rek BRI 0123 0100 4567 503.',
      ['bank_account BRINIDJA:012301004567503'],
    ],
    ['ID', 'Nomor gw 0812-4471-9203, yg nipu 0813-6620-1178.', ['phone +6281366201178']],
    // A wallet in general, without its provider.
    ['MY', 'Duit dalam e-wallet saya 012-771 3094 hilang semua.', []],
    [
      'ID',
      'Saldo dompet digital saya 0821-3304-9987 dikuras, ditransfer ke DANA 0857-2210-6643.',
      ['ewallet dana:+6285722106643'],
    ],
    ['VN', 'Ví điện tử của tôi 0935 127 448 bị rút sạch.', []],
    // The household's number.
    ['SG', 'They called our family number +65 6452 1180 from +65 8123 0099.', ['phone +6581230099']],
    ['ID', 'Nomor keluarga saya 0811-2040-3366 juga ditelpon penipu.', []],
    ['VN', 'Số điện thoại gia đình tôi 0283 822 1100 cũng bị gọi.', []],
    ['TH', 'เบอร์ครอบครัวฉัน 02-411-7300 ก็โดนโทรมา', []],
    ['PH', 'Tinawagan din ang number ng pamilya ko 0917 662 0415.', []],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });
});

describe('extractIndicators: government sites', () => {
  it.each([
    ['MY', 'Saya semak nama di portal jpn.gov.my dan tiada rekod.'],
    ['TH', 'ตรวจดูที่ thaipoliceonline.go.th ก็ยังไม่มีเรื่อง'],
    ['VN', 'Tôi tra thông tin trên dichvucong.gov.vn nhưng không thấy hồ sơ nào.'],
    ['PH', 'Wala akong nakitang record sa cicc.gov.ph tungkol dito.'],
  ])('no domain: %s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Defanged: presented as an indicator. Look-alikes and links into a look-alike are the scammer's.
    ['MY', 'Pautan lhdn[.]gov[.]my dihantar oleh scammer.', 'domain lhdn.gov.my'],
    ['MY', 'SMS minta log masuk di hasil-gov-my.com untuk bayaran balik.', 'domain hasil-gov-my.com'],
    [
      'ID',
      'Link hxxps://dukcapil.go.id.verifikasi-data[.]com/login dikirim lewat WA.',
      'url https://dukcapil.go.id.verifikasi-data.com/login',
    ],
  ])('domain: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe("extractIndicators: the institution's own line, as its site lists it or as the victim checked it", () => {
  it.each([
    [
      'SG',
      "The caller used +65 8122 7034. The number on OCBC's website is +65 6363 3333 and they confirmed it was not them.",
      ['phone +6581227034'],
    ],
    ['MY', 'Saya buat aduan kepada khidmat pelanggan Shopee 03-2777 9222, mereka kata itu penipuan.', []],
    ['VN', 'Tôi đã kiểm tra với tổng đài Lazada 028 3911 0000 và họ nói không có đơn hàng.', []],
    ['SG', 'I checked with the Lazada customer service +65 6221 0080 and there was no such order.', []],
    ['TH', 'ฉันแจ้ง Shopee Call Center 02-017-8399 แล้ว', []],
    ['PH', 'Nag-report ako sa hotline ng Shopee (02) 8880 7467, wala raw ganung promo.', []],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it.each([
    // The scammer asked for the checking, in the narrative or in a quoted message.
    ['SG', 'He told me to check with customer service +65 6123 9876 first.', 'phone +6561239876'],
    ['TH', "ได้ SMS 'กรุณาตรวจสอบกับคอลเซ็นเตอร์ 02-555-1234 ภายในวันนี้'", 'phone +6625551234'],
    // A call from the line, no checking; a mobile number is no institution's line.
    ['SG', 'I got a call from Lazada customer service +65 6123 9876 about a refund.', 'phone +6561239876'],
    [
      'MY',
      'Saya buat aduan kepada khidmat pelanggan 012-334 8890 yang diberi dalam iklan.',
      'phone +60123348890',
    ],
    // Not the institution's site: someone else's, or called fake.
    [
      'SG',
      'The number on their website is +65 6011 2233, which they said was the bank’s.',
      'phone +6560112233',
    ],
    ['SG', 'The number on the fake OCBC website was +65 6011 2233.', 'phone +6560112233'],
    ['SG', "The number on OCBC's website that they sent was +65 8011 2233.", 'phone +6580112233'],
  ])('keeps the scammer’s line: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: a site the victim checked a story on', () => {
  it.each([
    ['SG', 'I checked on singpost.com and there was no such parcel.'],
    ['ID', 'Sy cek di pegadaian.co.id ga ada promo lelang itu.'],
    ['VN', 'Tôi kiểm tra trên tiki.vn thì không có người bán này.'],
    ['PH', 'Chineck ko sa lbcexpress.com, walang ganung tracking number.'],
    // A regulator's or the police's list of warnings.
    ['SG', 'The firm was not on the investor alert list on mas.gov.sg.'],
    ['MY', 'Syarikat itu tiada dalam senarai amaran di securities.com.my.'],
  ])('no domain: %s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Told to check there; a site word before the domain; a look-alike; a quoted instruction.
    ['ID', 'Sy disuruh cek status paket di jntcargo.xyz', 'domain jntcargo.xyz'],
    ['SG', 'They told me to check on parcelsg.com before paying.', 'domain parcelsg.com'],
    ['ID', 'Cek di website cuanmax.com, kelihatan resmi.', 'domain cuanmax.com'],
    ['SG', 'I checked on shopee-sg-deals.com and it looked real.', 'domain shopee-sg-deals.com'],
    ['MY', "SMS: 'Sila semak di kwspbaru.com untuk pengeluaran.'", 'domain kwspbaru.com'],
    [
      'MY',
      'Syarikat itu tiada dalam senarai amaran, tapi laman mereka ialah profitmax.com.my.',
      'domain profitmax.com.my',
    ],
  ])('domain: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: the real number of someone the scammer impersonated', () => {
  it.each([
    [
      'ID',
      'Ada yg ngaku anak sy, katanya nomor lama hilang, minta tf ke BCA 5520 1188 34. Nomor anak sy yg asli ternyata masih 0812-3300-4411.',
      ['bank_account CENAIDJA:5520118834'],
    ],
    [
      'ID',
      "WA masuk: 'Bu, ini nomor baru aku ya, yg lama rusak.' Trnyt nomornya masih 0856-9012-3344, anak sy ga pernah ganti.",
      [],
    ],
    ['TH', "มีคนส่งข้อความว่า 'พ่อ นี่เบอร์ใหม่นะ' แต่เบอร์น้องยังใช้ 089-554-1207 อยู่", []],
    ['VN', "Tin nhắn: 'Bố ơi con đổi số mới rồi'. Nhưng số của cháu vẫn là 0978 441 205.", []],
    ['SG', "A text said 'Hi Mum, new number, old phone broke'. Her number is still +65 9772 0418.", []],
    [
      'PH',
      "Nag-message daw si pinsan: 'bagong number ko ito'. Ang number ni pinsan ay 0917 884 2051 pa rin.",
      [],
    ],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it.each([
    // No one claimed a change: the narrator's own account of the scammer's numbers.
    [
      'ID',
      'Penipu ganti nomor terus, nomornya masih 0813-1111-2222 sampai sekarang.',
      'phone +6281311112222',
    ],
    ['SG', 'His number is still +65 8123 4567 on WhatsApp, please block it.', 'phone +6581234567'],
    // A change was claimed, but the number is not said to be still someone's ("ไปยัง" is "to").
    ['TH', 'มีคนไลน์มาบอกเบอร์ใหม่ ให้โอนไปยังเบอร์ 081-222-3333', 'phone +66812223333'],
    ['SG', "A text said 'Hi Mum, new number'. The scammer still uses +65 8123 4567.", 'phone +6581234567'],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe("extractIndicators: the victim's own, with a word between the possessive and the value", () => {
  it.each([
    // An adjective or a name between the possessive and the word naming the value.
    ['TH', 'My Thai SIM is 064 118 2750, theirs was +66 81 234 5678.', ['phone +66812345678']],
    ['PH', 'My Globe number 0917 303 4455 also got their texts.', []],
    ['ID', 'Nomor lama saya 0812-3456-7890 sudah tidak aktif.', []],
    ['ID', 'Nomor kantor saya 021-555 1234 juga ditelpon.', []],
    ['VN', 'SIM của tôi 0912 345 678 bị khóa sau đó.', []],
    ['TH', 'ซิมของฉัน 081-234-5678 ถูกระงับ', []],
    // "Own" between the possessed account word and the bank named before the number.
    [
      'ID',
      'Penipu pakai rek BCA 2830 417 659, sy tf dr rek sy sendiri BNI 0442 195 830.',
      ['bank_account CENAIDJA:2830417659'],
    ],
    ['MY', 'Akaun saya sendiri Maybank 1570 3348 2219 tidak terjejas.', []],
    // Someone's own, set against the scammer's: "her own", "dia sendiri".
    [
      'ID',
      'My mother paid BNI 1093 882 476. Her own number is 0813 3001 2278.',
      ['bank_account BNINIDJA:1093882476'],
    ],
    ['MY', 'Anak saya diminta serahkan kad ATM akaun CIMB dia sendiri (8007 2265 43).', []],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it('leaves out the victim’s own crypto wallet, not the one the coins went to', () => {
    expect(
      values(
        'USDT trong ví của tôi (0xbde78349bb02e58a6d60e05313d42147d48715bd) bị rút sang ví 0xc2b648b4e06C36A46DAf4d90a1fc7A9dEd216363.',
        'VN',
      ),
    ).toEqual(['crypto evm:0xc2b648b4e06c36a46daf4d90a1fc7a9ded216363']);
    expect(
      values('It drained my wallet 0x7965bD0ECe85325B7467492e9e92A1B813e94323 overnight.', 'SG'),
    ).toEqual([]);
    expect(values('I sent ETH to his wallet 0x7965bD0ECe85325B7467492e9e92A1B813e94323.', 'SG')).toEqual([
      'crypto evm:0x7965bd0ece85325b7467492e9e92a1b813e94323',
    ]);
  });

  it.each([
    // No possessive on the value: a landlord's account, the scammer's number.
    ['MY', "I paid my landlord's Maybank 1122 3344 5566.", ['bank_account MBBEMYKL:112233445566']],
    ['PH', 'He gave me his number 0917 123 4567.', ['phone +639171234567']],
    [
      'MY',
      'Scammer minta bank in ke akaun kawan dia 1122 3344 5566.',
      ['bank_account unknown:MY::112233445566'],
    ],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });
});

describe("extractIndicators: a relative's or friend's number or account", () => {
  it.each([
    ['KH', "My aunt's number is 012 556 380, the agent used 077 812 409.", ['phone +85577812409']],
    ['PH', "My nephew's own number is 0917 224 6630.", []],
    ['SG', 'My cousin’s real number +65 9772 0418 was never changed.', []],
    ['ID', 'Pelaku chat pake nomor om sy 0813-1004-8827 minta pinjem uang.', []],
    ['ID', 'No WA tante saya 0812-1111-2222 juga dichat penipu.', []],
    ['MY', 'Nombor sebenar abang saya 019-228 4105, dia selamat.', []],
    ['MY', 'Nombor telefon mak saya 012-345 6789 juga dihubungi.', []],
    ['VN', 'Số của mẹ em 0913 226 401 họ cũng đã có.', []],
    ['VN', 'Số của chị tôi (mẹ cháu) 0914 338 027.', []],
    ['VN', 'Số điện thoại của ba tôi 0912 345 678 cũng bị gọi.', []],
    ['PH', 'Number ng kaibigan ko 0917 111 2222 ang ginamit nila sa FB.', []],
    // Where the language leaves the possessive out: a genitive, or a Thai word right after the noun.
    ['TH', 'เบอร์ของครอบครัว 081-559-2034 ก็โดนโทร', []],
    ['TH', 'เงินในบัญชีกรุงเทพของแม่ 211-0-58433-1 ถูกโอนออก', []],
    ['TH', 'เบอร์น้องชาย 089-111-2222 ก็โดนด้วย', []],
    ['PH', 'Yung number ni bunso 0917 662 8803, hindi sa kanya galing.', []],
    ['PH', 'GCash ni mama 0917 111 2222 ang ginamit ko.', []],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it.each([
    // A title for a stranger ("kuya" the rider, "anh ta"), a seller ("แม่ค้า"), a customer ("ลูกค้า").
    ['PH', 'Binigay yung number ni kuya rider 0917 111 2222.', 'phone +639171112222'],
    ['VN', 'Số của anh ta 0912 345 678.', 'phone +84912345678'],
    ['TH', 'แม่ค้าให้โอนเข้าบัญชีกสิกรไทย 123-4-56789-0', 'bank_account KASITHBK:1234567890'],
    ['TH', 'ลูกค้าโทรมาจาก 081-222-3344', 'phone +66812223344'],
    // The scammer claiming to be family, or giving a "new" number in its name.
    ['SG', 'The scammer posing as my son used +65 8123 4567.', 'phone +6581234567'],
    ['ID', 'Ada yg ngaku anak, pakai nomor anak 0812-3456-7890.', 'phone +6281234567890'],
    ['VN', 'Nó nhắn đây là số mới của con 0912 345 678.', 'phone +84912345678'],
    ['TH', 'มิจฉาชีพอ้างเป็นลูก โทรมาจาก 081-234-5678', 'phone +66812345678'],
    // Someone else's family: the scammer's mother, wife.
    ['SG', "He gave his mother's number +65 8123 4567 as a reference.", 'phone +6581234567'],
    [
      'MY',
      'Dia suruh saya bank in ke akaun isteri dia Maybank 1122 3344 5566.',
      'bank_account MBBEMYKL:112233445566',
    ],
    [
      'VN',
      'Họ bảo em chuyển vào tài khoản em 1023456789 ACB để xác minh.',
      'bank_account ASCBVNVX:1023456789',
    ],
    // A friend's needs a possessive: in the scammer's message it is the scammer's.
    [
      'PH',
      "'Ma, bago kong number to. Padala ka sa GCash ng kaibigan ko 0966 221 5083.'",
      'ewallet gcash:+639662215083',
    ],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('reads a Filipino "bago kong number" as a claimed change of number', () => {
    const text =
      "Nag-text kay mama ang +971 (0)55 742 3019: 'Ma, bago kong number to.' Ang totoong number ni ate ay +971 50 118 2267 pa rin.";
    expect(values(text, 'PH')).toEqual(['phone +971557423019']);
  });
});

describe('extractIndicators: an institution the victim called, and its real line', () => {
  it.each([
    // The narrator (or the narrator's family) calling or contacting the institution at the number.
    ['MY', 'Saya dah hubungi CIMB di 03-6204 7788, mereka sahkan penipuan.'],
    ['MY', 'Bila saya telefon Balai Polis Georgetown 04-222 1522, mereka kata tiada kes.'],
    ['ID', 'Ibu saya langsung telepon BRI di 021-5798 7400 untuk blokir.'],
    ['SG', 'I called ICA at 6391 6100 and they said it was a scam.'],
    ['SG', 'I rang the police station on 6123 4567 and they took a report.'],
    ['VN', 'Bố tôi gọi cho Vietcombank số 024 3824 3524 để khóa thẻ.'],
    ['TH', 'ดิฉันโทรไปที่ธนาคาร 02-111-1111 แล้ว'],
    ['PH', 'Tinawagan ko ang DSWD sa (02) 8931-8101, wala raw ganung ayuda.'],
    ['VN', 'Tôi liên hệ tổng đài Shopee 1900 1221 thì họ nói không có đơn hàng.'],
    ['MY', 'Saya semak dengan pejabat LHDN di talian 03-8911 1000, tiada tunggakan.'],
    // The institution's real number, and a hotline joined to its official site.
    ['SG', "ICA's real number 6391 6100 told me they never call like that."],
    ['MY', 'The real CIMB number is 03-6204 7788, they never called me.'],
    ['PH', 'Ang totoong number ng BDO ay (02) 8631-8000.'],
    ['MY', 'Laman sebenar KWSP ialah www.kwsp.gov.my dan talian 03-8922 6000.'],
    ['SG', 'The official website is singpost.com and the hotline 6222 5777.'],
  ])('%s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // A call that came from the number, one back to the scammer, or to a person rather than the institution.
    ['SG', 'My phone rang with a call from +65 6123 4567 claiming to be DBS.', 'phone +6561234567'],
    ['SG', 'I called back the number in the SMS 6123 4567 and a man answered.', 'phone +6561234567'],
    ['MY', 'Saya hubungi semula 03-9285 1163 tapi tiada jawapan.', 'phone +60392851163'],
    ['MY', 'Saya hubungi ejen Maybank di 03-2070 1234.', 'phone +60320701234'],
    ['SG', "I called back the 'DBS officer' at 6123 4567.", 'phone +6561234567'],
    ['MY', 'Pegawai CIMB telefon saya dari 03-6204 7788.', 'phone +60362047788'],
    ['ID', 'Saya telepon balik nomor BCA palsu 021-2358 8000.', 'phone +622123588000'],
    ['SG', 'I called the police about the number +65 6123 4567.', 'phone +6561234567'],
    ['SG', 'I called the customer service in the SMS 6123 4567 and a man answered.', 'phone +6561234567'],
    ['ID', 'Saya lapor ke OJK nomor penipu 021-2345 6789.', 'phone +622123456789'],
    // A hotline joined to a fake site; "dalam talian" is "online", no line.
    ['MY', 'Laman palsu kwsp-my.com dan talian 03-8922 6000.', 'phone +60389226000'],
    ['MY', 'Penipu main judi dalam talian 012-345 6789.', 'phone +60123456789'],
    // A mobile number is never an institution's line.
    ['MY', 'Saya hubungi PDRM di 012-345 6789 yang diberi dalam SMS.', 'phone +60123456789'],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country).filter((v) => !v.startsWith('domain'))).toEqual([expected]);
  });
});

describe('extractIndicators: the real site, said to be the only one', () => {
  it.each([
    ['ID', 'Mandiri bilang itu bukan link resmi, yg resmi cuma bankmandiri.co.id.'],
    ['ID', 'Info undian resmi cuma di telkomsel.com.'],
    ['MY', 'Promosi rasmi hanya di laman shopee.com.my sahaja.'],
    ['VN', 'Thông tin chính thức chỉ có trên evn.com.vn.'],
    ['PH', 'Ang opisyal na site lang ay lbcexpress.com.'],
    ['TH', 'แอปจริงของ PEA ดูได้จาก pea.co.th เท่านั้น'],
    ['SG', 'The real villa manager said they only take bookings via their own site samuivillas.com.'],
  ])('no domain: %s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it('does not take a site the text calls real for the scammer’s where it names it again', () => {
    expect(
      values(
        'Paid S$400 via PayNow to +65 8123 9987. Ticketmaster.sg said the tickets were fake; the real ones are only sold on ticketmaster.sg.',
        'SG',
      ),
    ).toEqual(['ewallet paynow:+6581239987']);
  });

  it.each([
    // "Only" with no real or official party, the police's word on the scam, the scammer's "official".
    ['SG', 'They told me to only use their site cuanmax.com.', 'domain cuanmax.com'],
    ['ID', 'Admin bilang deposit cuma bisa di cuanmax.com.', 'domain cuanmax.com'],
    ['SG', 'The police said the scam site was only cuanmax.com.', 'domain cuanmax.com'],
    ['SG', "Their 'official' site was only cryptogain.io.", 'domain cryptogain.io'],
    ['ID', 'Penipu kirim link resmi cuma di bca-care.com.', 'domain bca-care.com'],
    ['SG', 'The real scammer site was only cuanmax.com.', 'domain cuanmax.com'],
  ])('domain: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: brand names written as domains', () => {
  it.each([
    ['ID', 'Kerja freelance review hotel di Traveloka.com, fee 45rb per ulasan.'],
    ['MY', 'Harga asal di Zalora.com.my RM2,400.'],
    ['VN', 'Mời làm cộng tác viên cho Tiki.vn, hoa hồng 12%.'],
    ['SG', 'I was hired to review products for Shopbacker.com, paid S$50 each.'],
    ['PH', 'Nag-apply ako sa part-time job para sa Agoda.com daw.'],
  ])('no domain: %s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Written as an address, after a "fake" word, at a sentence start, or under a look-alike's TLD.
    ['SG', 'The fake site Cuanmax.com took my money.', 'domain cuanmax.com'],
    ['SG', 'Cuanmax.com took my money.', 'domain cuanmax.com'],
    ['ID', 'Daftar di website Cuanmax.com katanya.', 'domain cuanmax.com'],
    ['SG', 'I invested in Bitprofit.xyz after a friend recommended it.', 'domain bitprofit.xyz'],
    ['SG', 'I invested in Goldmax.com after seeing an ad on Facebook.', 'domain goldmax.com'],
    ['ID', 'Sy daftar di Cuanmax.com trus deposit Rp 5 jt.', 'domain cuanmax.com'],
    ['SG', 'I invested in bitprofit.com after a friend recommended it.', 'domain bitprofit.com'],
  ])('domain: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: bank names that name no account', () => {
  it('reads a registry name written without its country', () => {
    expect(values('ke akaun Bank Kerjasama Rakyat 2203 1176 4428', 'MY')).toEqual([
      'bank_account BKRMMYKL:220311764428',
    ]);
  });

  it('does not take a bank named inside the account holder’s name', () => {
    expect(values('ke rekening 1234567890 a.n. MANDIRI SEJAHTERA', 'ID')).toEqual([
      'bank_account unknown:ID::1234567890',
    ]);
    expect(
      values('ke akaun Bank Kerjasama Rakyat 2203 1176 4428 atas nama FZ NIAGA RESOURCES', 'MY'),
    ).toEqual(['bank_account BKRMMYKL:220311764428']);
    // A bank after the name is the account's.
    expect(values('tf ke 1234567890 a.n. Budi (BCA).', 'ID')).toEqual(['bank_account CENAIDJA:1234567890']);
  });

  it('reads a bank named as someone’s employer as no account', () => {
    expect(values("Tinawagan siya ng 'BOC agent' gamit ang 0919 774 2283.", 'PH')).toEqual([
      'phone +639197742283',
    ]);
    expect(values('Pegawai Maybank itu WhatsApp dari 012-345 6789.', 'MY')).toEqual(['phone +60123456789']);
  });
});

describe("extractIndicators: the victim's and family's values, phrased in more ways", () => {
  it.each([
    // Chat spellings of the possessive: "sya", "saye"; Thai without "ของ": "เบอร์เราเอง", "บัญชีผมเอง", "เบอร์หนู".
    [
      'MY',
      'Penjual minta transfer ke Maybank 5123 4567 8901. Akaun CIMB sya 8001 2345 67 dah kosong.',
      ['bank_account MBBEMYKL:512345678901'],
    ],
    ['MY', 'No telefon saye 012-345 6789 pun kena call.', []],
    ['TH', 'โอนเข้าบัญชีกสิกร 123-4-56789-0 ส่วนเบอร์เราเอง 089-765-4321', ['bank_account KASITHBK:1234567890']],
    ['TH', 'บัญชีผมเอง 222-3-33333-4 ถูกดูดเงินออก', []],
    ['TH', 'เบอร์หนู 089-111-2222 โดนแก๊งโทรมาตลอด', []],
    ['VN', 'Số của tớ 0912 345 678 bị lộ.', []],
    // The owner written after the value.
    ['ID', 'Rekening BCA 6810 334 912 milik sy ikut dibobol.', []],
    ['ID', 'M-banking ibu (BNI 0442 195 830, punya ibu sy) dibobol.', []],
    ['ID', 'Bapak sy dapat WA. M-banking (BRI 3320-01-012233-50-9, punya bapak) dibobol.', []],
    ['TH', 'บัญชีไทยพาณิชย์ 407-2-19936-8 ของแม่ถูกโอนออกหมด', []],
    ['PH', 'Na-hack din ang GCash 0917 111 2222 ni mama.', []],
    [
      'SG',
      'Funds were taken from DBS 012-345678-9 (mine) and sent to OCBC 5912-3304-8001.',
      ['bank_account OCBCSGSG:591233048001'],
    ],
    // A family member or a contact with the number in brackets; contacts an app was given need no possessive.
    ['PH', 'Tinext din nila ang pinsan ko (0917 555 1234).', []],
    ['ID', 'DC juga neror kontak darurat saya (ibu, 0813 2222 3333).', []],
    ['SG', 'They also messaged my sister (+65 9123 4567).', []],
    ['VN', 'Họ nhắn cả em gái tôi (0912 345 678).', []],
    ['TH', 'มันโทรหาน้องสาวฉัน (089-111-2222) ด้วย', []],
    ['MY', 'Nombor waris 012-345 6789 pun kena call.', []],
    ['VN', 'Số người thân 0987 654 321 cũng bị nhắn tin.', []],
    // A family member or friend the narrator called to check the story, at their real number.
    ['VN', 'Tôi gọi cho chị gái số 0912 000 111 thì chị bảo không nhắn gì.', []],
    ['VN', 'Tôi chuyển xong gọi cho bạn số 0988 000 111 thì bạn nói bị hack.', []],
    ['TH', 'ผมโทรหาลูกชายที่เบอร์ 081-222-3333 ลูกบอกไม่ได้ขอเงิน', []],
    ['TH', 'พอโทรหาเพื่อนที่เบอร์ 081-222-4444 เพื่อนบอกไลน์โดนแฮก', []],
    ['PH', 'I called my son at 0917 222 3333 and he was fine.', []],
    ['ID', 'Sy telp anak sy di nomor 0812-3333-4444, katanya ga pernah minta.', []],
    ['PH', 'Tinawagan ko ang kapatid ko sa 0917 444 5555, hindi raw siya yun.', []],
    ['MY', 'Saya telefon kawan saya di 012-345 6789, dia kata akaun FB dia kena hack.', []],
    // Where the narrator can be reached, and the narrator's own details listed.
    ['SG', 'Please contact me at 9123 4567 for details.', []],
    ['KH', 'Her phone was taken, pls contact me instead 092 615 448.', []],
    ['MY', 'Sila hubungi saya di 012-345 6789.', []],
    ['VN', 'Vui lòng liên hệ tôi qua số 0912 345 678.', []],
    ['TH', 'ติดต่อฉันได้ที่เบอร์ 081-234-5678', []],
    ['PH', 'Tawagan mo ako sa 0917 123 4567.', []],
    ['SG', 'My NRIC S1234567D, hp 9123 4567.', []],
    ['MY', 'IC saya 850722-10-5541, no tel 012-345 6789.', []],
    ['VN', 'CCCD của tôi 001234567890, SĐT 0912 345 678.', []],
    // A report written for a family member, who is then "she" or "he".
    [
      'MY',
      'My dad lost RM5,000 to Maybank 1122 3344 5566. His Maxis number is 012-345 6789.',
      ['bank_account MBBEMYKL:112233445566'],
    ],
    ['PH', 'My mom (68) was scammed. Her Globe number is 0917 555 6666.', []],
    ['KH', 'my mom met him on Tinder. her Cellcard is 012 887 340.', []],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual(expected);
  });

  it.each([
    // The scammer's, owned by them, claimed, in a quotation, or a call that came from the number.
    ['VN', 'Chuyển vào STK 1903 4421 7780 12 của họ.', 'bank_account unknown:VN::19034421778012'],
    ['ID', 'Transfer ke rek 1234567890 BCA milik pelaku.', 'bank_account CENAIDJA:1234567890'],
    ['SG', 'Someone pretending to be my sister (+65 8123 4567) asked for money.', 'phone +6581234567'],
    ['PH', 'The scammer called my son from 0917 222 3333.', 'phone +639172223333'],
    ['PH', 'Tinawagan ko si kuya rider sa 0917 111 2222, hindi sumasagot.', 'phone +639171112222'],
    ['VN', 'Tôi gọi cho chị bán hàng số 0912 345 678 thì bị chặn.', 'phone +84912345678'],
    ['SG', 'I called the agent at 9123 4567 but he blocked me.', 'phone +6591234567'],
    ['SG', 'She called me on +65 8123 4567 and recorded me.', 'phone +6581234567'],
    ['PH', "'Call me at 0917 123 4567,' he texted.", 'phone +639171234567'],
    [
      'PH',
      'My mom got a call from a woman claiming to be from the bank; her number was 0917 123 4567.',
      'phone +639171234567',
    ],
    ['SG', 'My father met a woman online. Her number is +65 8123 4567.', 'phone +6581234567'],
    ['ID', 'Sy tf ke 0812-3456-7890 saya kira itu nomor CS.', 'phone +6281234567890'],
    // A possessed word of the other family does not reach past a nearer contact word.
    ['ID', 'Uang masuk ke rek BNI sy, lalu WA dr 0815 1992 7730 minta dikembalikan.', 'phone +6281519927730'],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });

  it('leaves out a crypto wallet the owner follows, not the one the coins went to', () => {
    expect(
      values(
        'Kết nối ví Trust Wallet 0x7965bD0ECe85325B7467492e9e92A1B813e94323 của tôi xong bị rút sang 0xc2b648b4e06C36A46DAf4d90a1fc7A9dEd216363.',
        'VN',
      ),
    ).toEqual(['crypto evm:0xc2b648b4e06c36a46daf4d90a1fc7a9ded216363']);
    expect(values('Wallet 0x7965bD0ECe85325B7467492e9e92A1B813e94323 milik saya dikuras.', 'ID')).toEqual([]);
    expect(values('กระเป๋า 0x7965bD0ECe85325B7467492e9e92A1B813e94323 ของฉันถูกดูด', 'TH')).toEqual([]);
    expect(
      values(
        'It drained 0x7965bD0ECe85325B7467492e9e92A1B813e94323 (my wallet) into 0xc2b648b4e06C36A46DAf4d90a1fc7A9dEd216363.',
        'SG',
      ),
    ).toEqual(['crypto evm:0xc2b648b4e06c36a46daf4d90a1fc7a9ded216363']);
    // A bare "saya" after the address is the next clause's subject.
    expect(
      values('Sy kirim 2 ETH ke 0x7965bD0ECe85325B7467492e9e92A1B813e94323 saya kira itu admin.', 'ID'),
    ).toEqual(['crypto evm:0x7965bd0ece85325b7467492e9e92a1b813e94323']);
  });
});

describe('extractIndicators: institutions the victim called or heard from, and their lines', () => {
  it.each([
    // The call without a subject, as Malay, Indonesian, Thai, Vietnamese and Filipino leave it out.
    ['MY', 'Dah telefon Maybank 03-5891 4744 untuk sekat kad.'],
    ['MY', 'Sudah hubungi CIMB 03-6204 7788 dan sekat akaun.'],
    ['ID', 'Lalu telp BCA di 021-2358 8000 buat blokir.'],
    ['TH', 'โทร Flash Call Center 02-777-7777 แล้ว'],
    ['TH', 'ติดต่อ Flash Call Center 02-777-7777 แล้วได้ความว่าไม่มีพัสดุ'],
    ['VN', 'Đã gọi tổng đài Shopee 028 7300 1221 thì họ nói không có đơn.'],
    ['VN', 'Sau đó gọi Techcombank số 024 3944 6368 thì họ khóa tài khoản.'],
    ['SG', 'My card was used. Called OCBC at 6363 3333 and they froze it.'],
    // A hotline word with the institution's name on it, before or after.
    ['MY', 'Laman sebenar hasil.gov.my, LHDN Care Line 03-8911 1000.'],
    ['ID', 'Call center Garuda 0804 1 807 807 bilang tiket itu tidak ada.'],
    // The party that answered, its line in brackets.
    ['TH', 'When I arrived the juristic office (053 272 119) said the unit is not for rent.'],
    ['SG', 'The building management (+65 6123 4567) said no one by that name lives there.'],
    ['MY', 'Pihak pengurusan (03-2222 3333) kata unit itu bukan milik dia.'],
    ['ID', 'Pihak bank (021-2358 8000) bilang tidak pernah kirim SMS itu.'],
    ['VN', 'Văn phòng (028 3822 1145) xác nhận không có ai tên Nok.'],
    ['TH', 'สาขา (02-123-4567) บอกว่าไม่มีโปรนี้'],
  ])('%s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // A call that came in, a claim, a person, a mobile number.
    [
      'MY',
      'I received a call from Pos Laju customer service 03-2266 8741 about a parcel.',
      'phone +60322668741',
    ],
    [
      'MY',
      'Dapat panggilan dari HASiL Care Line 03-8911 1000 kononnya cukai tertunggak.',
      'phone +60389111000',
    ],
    ['TH', 'มีคนโทรมาจาก 02-123-4567 อ้างเป็น SCB Call Center', 'phone +6621234567'],
    ['TH', 'แก๊งคอลเซ็นเตอร์ โทร 02-555-0199 มาหาผม', 'phone +6625550199'],
    ['SG', 'A man from the office (+65 6123 4567) said I won a prize.', 'phone +6561234567'],
    [
      'MY',
      'The company office (03-2222 3333) said I must pay RM500 to release the loan.',
      'phone +60322223333',
    ],
    ['ID', 'Katanya dari BCA, hotline BCA 021-2358 8000.', 'phone +622123588000'],
    ['MY', 'Dia kononnya pegawai bank, talian bank 03-2222 3333.', 'phone +60322223333'],
    ['MY', 'Dah telefon Maybank 012-345 6789 tapi dia minta OTP.', 'phone +60123456789'],
    // What a message or the scammer said to do, not what the narrator did.
    ['MY', 'SMS kata cukai tertunggak, hubungi HASiL Care Line 03-8911 1000 segera.', 'phone +60389111000'],
    ['ID', 'Disuruh klik link lalu telp BCA di 021-2358 8000.', 'phone +622123588000'],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: real sites named as checked, looked up on, or the brand’s own', () => {
  it.each([
    // "Official" and "real" with "-nya", "cm" for "cuma"; hearsay of a denial is the real party speaking.
    ['ID', 'Web resminya cm bankmandiri.co.id.'],
    ['ID', 'Mandiri yg asli webnya bankmandiri.co.id.'],
    ['ID', 'Katanya Mandiri ga pernah kirim link, web resminya cuma bankmandiri.co.id.'],
    // Checked with an institution, its site in brackets.
    ['TH', 'ตรวจสอบกับ ธปท. (bot.co.th) ไม่พบชื่อบริษัท'],
    ['MY', 'I checked with Bursa (bursamalaysia.com) and the company is not listed.'],
    // A site someone is looked up on.
    ['TH', 'ค้นหาเลขบัญชีใน chaladohn.com พบว่าโดนโกงหลายคน'],
    ['TH', 'ส่งเลขพัสดุมาให้ เช็คแล้วไม่มีจริง ลองค้นชื่อใน blacklistseller.com เจอหลายคน'],
    ['SG', "I searched the seller's name on scamalert.sg and found other victims."],
    ['ID', 'Sy cari nomor rekeningnya di cekrekening.id ternyata udah dilaporin.'],
    ['VN', 'Tôi tra số tài khoản trên checkscam.vn thì thấy đã bị tố cáo.'],
    // Zones only registered organisations get: the regulators' sites.
    ['TH', 'ก.ล.ต. (sec.or.th) ไม่มีรายชื่อบริษัทนี้'],
    // A well-known site's own help page.
    ['SG', "Shopee's own help centre shopee.sg/help says they never ask for OTPs."],
    ['VN', 'Trang hỗ trợ chính thức của Lazada lazada.vn/helpcenter nói không có chương trình này.'],
  ])('%s: %s', (country, text) => {
    expect(values(text, country)).toEqual([]);
  });

  it.each([
    // Told to look, looking for something else, a claim of "official", a listing on a well-known site.
    ['ID', 'Disuruh cari nama di cuanmax.com.', 'domain cuanmax.com'],
    ['SG', 'I searched for loans on pinjamcepat.com.', 'domain pinjamcepat.com'],
    ['SG', 'The supposedly official site dbsverify.com asked for my OTP.', 'domain dbsverify.com'],
    ['ID', 'Katanya web resminya bcaverify.com.', 'domain bcaverify.com'],
    [
      'SG',
      "The seller's listing carousell.com/p/iphone-15-123456 was removed.",
      'url http://carousell.com/p/iphone-15-123456',
    ],
  ])('keeps the scammer’s: %s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: an app package named as one', () => {
  it.each([
    ['VN', 'Tải app Vay Tốt (package vn.vaytot.cash).', 'app android:vn.vaytot.cash'],
    ['ID', 'Aplikasinya nama paket id.pinjam.vip.', 'app android:id.pinjam.vip'],
    ['PH', 'Yung app (ph.pautang.money) ay nawala sa Play Store.', 'app android:ph.pautang.money'],
    // Without a package word, a host ending in a top-level domain is a site.
    ['VN', 'Trang vn.vaytot.cash lừa đảo.', 'domain vaytot.cash'],
  ])('%s: %s', (country, text, expected) => {
    expect(values(text, country)).toEqual([expected]);
  });
});

describe('extractIndicators: a bank of another country', () => {
  it('reads a bank named in a country where it has only a branch as the home bank, at the home bank’s length', () => {
    expect(values('She paid to Bangkok Bank account 123-4-56789-0.', 'KH')).toEqual([
      'bank_account BKKBTHBK:1234567890',
    ]);
    expect(values('Transfer ke Bangkok Bank 123-4-56789-0.', 'ID')).toEqual([
      'bank_account BKKBTHBK:1234567890',
    ]);
    // Another length stays with the branch; a locally incorporated arm is a local bank.
    expect(values('She paid Bangkok Bank 1234 5678 9012.', 'KH')).toEqual([
      'bank_account BKKBKHPP:123456789012',
    ]);
    expect(values('Bank in ke UOB 123-456-789-0.', 'MY')).toEqual(['bank_account UOVBMYKL:1234567890']);
  });
});

describe('extractIndicators: a wallet named after a number', () => {
  it('leaves a wallet that opens a quoted message to the message', () => {
    expect(values('Nag-text ang 0951 774 2206: "GCash: You won P5,000"', 'PH')).toEqual([
      'phone +639517742206',
    ]);
    expect(values('Padala sa 0917 123 4567 (GCash).', 'PH')).toEqual(['ewallet gcash:+639171234567']);
  });
});

describe('extractIndicators: cue words stay in step with the registries', () => {
  it('names only e-wallet providers the registry knows', () => {
    const ids = new Set(EWALLET_DATA.map((p) => p.id));
    const unknown = LEXICON.filter((l) => l.kind === 'wallet' && !ids.has(l.ref ?? '')).map((l) => l.text);
    expect(unknown).toEqual([]);
  });

  it('names only banks the registry resolves', () => {
    // What the extractor hands the registry: the full name a short form stands for (`ref`), else the cue as written.
    const unresolved = LEXICON.filter(
      (l) =>
        l.kind === 'bank' &&
        !['ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'KH', 'LA', 'MM', 'BN', 'TL'].some((c) =>
          resolveBank(l.ref ?? l.text, c),
        ),
    ).map((l) => l.text);
    expect(unresolved).toEqual([]);
  });
});

describe('extractIndicators: labelled corpus (eval/extract/corpus.jsonl)', () => {
  const corpus = loadCorpus();
  const result = score(corpus);

  it('has at least 20 narratives in each of the six languages', () => {
    for (const lang of ['en', 'id', 'ms', 'th', 'vi', 'fil'])
      expect(corpus.filter((n) => n.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
  });

  it('meets precision ≥ 0.97 and recall ≥ 0.93 overall', () => {
    const detail = [
      ...result.misses.map((m) => `miss ${m.id} ${m.kind} ${m.value}`),
      ...result.falsePositives.map((m) => `fp ${m.id} ${m.kind} ${m.value}`),
    ];
    expect({ precision: precision(result.overall), recall: recall(result.overall), detail }).toEqual(
      expect.objectContaining({
        precision: expect.toSatisfy((p: number) => p >= 0.97),
        recall: expect.toSatisfy((r: number) => r >= 0.93),
      }),
    );
  });

  it('holds up in every language', () => {
    for (const [lang, tally] of result.byLanguage) expect(f1(tally), lang).toBeGreaterThanOrEqual(0.9);
  });
});

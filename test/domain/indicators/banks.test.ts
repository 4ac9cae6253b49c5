import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BANK_GROUPS,
  BANKS,
  bankByBic,
  foldTokens,
  listBankAliases,
  resolveBank,
  resolveBankAtStart,
} from '../../../src/domain/indicators/banks.js';

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];

const bicOf = (text: string, country?: string) => resolveBank(text, country)?.bic;

describe('resolveBank: spellings of one bank meet', () => {
  it.each([
    [
      'CENAIDJA',
      [
        'BCA',
        'bca',
        'Bank Central Asia',
        'PT. BANK CENTRAL ASIA Tbk',
        'B.C.A.',
        'CENAIDJA',
        'CENAIDJAXXX',
        'cenaidja xxx',
        'KlikBCA',
      ],
    ],
    [
      'KASITHBK',
      [
        'กสิกรไทย',
        'ธนาคารกสิกรไทย',
        'ธ.กสิกรไทย',
        'KBank',
        'K-Bank',
        'Kasikornbank',
        'Kasikorn Bank',
        'KASITHBK',
        'K PLUS',
      ],
    ],
    [
      'BFTVVNVX',
      [
        'Vietcombank',
        'VCB',
        'vietcom bank',
        'Ngân hàng TMCP Ngoại thương Việt Nam',
        'ngan hang ngoai thuong',
        'NGÂN HÀNG NGOẠI THƯƠNG',
        'Ngoại thương',
      ],
    ],
    [
      'BMRIIDJA',
      ['Mandiri', 'Bank Mandiri', 'BANK  MANDIRI', "Livin' by Mandiri", 'PT Bank Mandiri (Persero) Tbk'],
    ],
    ['BRINIDJA', ['BRI', 'Bank Rakyat Indonesia', 'BRImo', 'bank bri']],
    ['SICOTHBK', ['ไทยพาณิชย์', 'ธนาคารไทยพาณิชย์', 'Siam Commercial Bank', 'SCB Easy']],
    ['BKKBTHBK', ['กรุงเทพ', 'ธนาคารกรุงเทพ', 'บัญชีกรุงเทพ', 'Bangkok Bank', 'BBL', 'Bualuang']],
    ['KRTHTHBK', ['กรุงไทย', 'Krungthai', 'Krung Thai Bank', 'KTB']],
    ['AYUDTHBK', ['กรุงศรี', 'กรุงศรีอยุธยา', 'Krungsri', 'Bank of Ayudhya']],
    ['BAABTHBK', ['ธ.ก.ส.', 'ธกส', 'BAAC']],
    ['ICBVVNVX', ['VietinBank', 'Vietin Bank', 'CTG', 'Ngân hàng Công thương', 'cong thuong']],
    ['MSCBVNVX', ['MB Bank', 'MBBank', 'Ngân hàng TMCP Quân đội', 'quan doi']],
    ['DBSSSGSG', ['DBS', 'POSB', 'POSB Bank', 'DBS Bank Ltd']],
    ['BNORPHMM', ['BDO', 'Banco de Oro', 'BDO Unibank, Inc.']],
    ['KBZBMMMY', ['KBZ', 'KBZ Bank', 'Kanbawza', 'ကမ္ဘောဇဘဏ်']],
    ['COEBLALA', ['BCEL', 'BCEL One', 'ທະນາຄານການຄ້າຕ່າງປະເທດລາວ']],
    ['ABAAKHPP', ['ABA', 'ABA Bank', 'Advanced Bank of Asia']],
    ['SUNIIDJA', ['Jenius', 'BTPN', 'Bank BTPN', 'SMBC Indonesia']],
    ['ROYBIDJ1', ['blu', 'blu by BCA Digital', 'BCA Digital']],
  ])('%s', (bic, spellings) => {
    for (const spelling of spellings) expect(bicOf(spelling), spelling).toBe(bic);
  });

  it('reads national codes in the report country, since codes repeat across countries', () => {
    expect(bicOf('014', 'ID')).toBe('CENAIDJA');
    expect(bicOf('014', 'TH')).toBe('SICOTHBK');
    expect(bicOf('014')).toBeUndefined();
    expect(bicOf('008', 'ID')).toBe('BMRIIDJA');
    expect(bicOf('004', 'TH')).toBe('KASITHBK');
    expect(bicOf('7171', 'SG')).toBe('DBSSSGSG');
    expect(bicOf('7339')).toBe('OCBCSGSG'); // unique anywhere
    expect(bicOf('970436', 'VN')).toBe('BFTVVNVX');
    expect(bicOf('(014)', 'ID')).toBe('CENAIDJA');
  });

  it('finds former BICs and pseudo-codes', () => {
    expect(bicOf('KSEBIDJ1')).toBe('SSPIIDJA');
    expect(bankByBic('XJTMVN00')?.shortName).toBe('Timo');
    expect(bankByBic('bfTVvnvx xxx')?.shortName).toBe('Vietcombank');
    expect(bankByBic('not a bic')).toBeUndefined();
  });
});

describe('resolveBank: names shared across countries', () => {
  it.each([
    ['CIMB', 'ID', 'BNIAIDJA'],
    ['CIMB', 'MY', 'CIBBMYKL'],
    ['CIMB', 'TH', 'UBOBTHBK'],
    ['CIMB', 'PH', 'CIPHPHMM'],
    ['CIMB', 'KH', 'CIBBMYKL'], // no arm listed there: the group's home bank
    ['CIMB', undefined, 'CIBBMYKL'],
    ['Maybank', 'ID', 'IBBKIDJA'],
    ['Maybank', 'MY', 'MBBEMYKL'],
    ['Maybank', 'SG', 'MBBESGS2'],
    ['Maybank', undefined, 'MBBEMYKL'],
    ['UOB', 'SG', 'UOVBSGSG'],
    ['UOB', 'TH', 'UOVBTHBK'],
    ['UOB', 'MY', 'UOVBMYKL'],
    ['UOB', 'ID', 'BBIJIDJA'],
    ['UOB', undefined, 'UOVBSGSG'],
    ['Bangkok Bank', 'TH', 'BKKBTHBK'],
    ['Bangkok Bank', 'KH', 'BKKBKHPP'],
    ['Bangkok Bank', 'ID', 'BKKBIDJA'],
    ['Bangkok Bank', undefined, 'BKKBTHBK'],
    ['OCBC', 'ID', 'NISPIDJA'],
    ['SeaBank', 'ID', 'SSPIIDJA'],
    ['SeaBank', 'PH', 'LAUIPHM2'],
    ['SeaBank', 'VN', 'SEAVVNVX'],
    ['SCB', 'TH', 'SICOTHBK'],
    ['SCB', 'VN', 'SACLVNVX'],
    ['BRI', 'TL', 'BRINTLDD'],
    ['HSBC', 'MY', 'HBMBMYKL'],
  ])('%s in %s → %s', (name, country, bic) => {
    expect(bicOf(name, country)).toBe(bic);
  });

  it('answers nothing rather than guessing between unrelated banks or absent arms', () => {
    expect(bicOf('SeaBank')).toBeUndefined(); // Sea Group's banks and Viet Nam's SeABank
    expect(bicOf('SCB')).toBeUndefined(); // Siam Commercial Bank and Saigon Commercial Bank
    expect(bicOf('HSBC', 'ID')).toBeUndefined(); // no HSBC Indonesia in the registry
    expect(bicOf('Citibank', 'TH')).toBeUndefined();
    expect(bicOf('Citibank Singapore')).toBe('CITISGSL'); // a specific name is enough
  });

  it('a domestic bank named in another country is still that bank', () => {
    expect(bicOf('BCA', 'TH')).toBe('CENAIDJA');
    expect(bicOf('กสิกรไทย', 'KH')).toBe('KASITHBK');
  });
});

describe('resolveBank: unknown and hostile input', () => {
  it('does not invent banks', () => {
    for (const text of [
      '',
      '   ',
      'bank',
      'Bank',
      'PT Bank',
      'ธนาคาร',
      'Bank of Nowhere',
      'Bank of China',
      'ABCDEFGH',
      '999',
    ]) {
      expect(bicOf(text), text).toBeUndefined();
    }
  });

  it('resolves the bank at the start of a longer text only by a whole name', () => {
    expect(resolveBankAtStart('BCA a.n. Budi Santoso')?.bic).toBe('CENAIDJA');
    expect(resolveBankAtStart('Bangkok Bank Phnom Penh branch', 'KH')?.bic).toBe('BKKBKHPP');
    expect(resolveBankAtStart('Bank of China')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('__proto__', 'constructor', 'toString'),
        ),
        fc.option(fc.oneof(fc.constantFrom(...ASEAN, 'XX', '', '__proto__'), fc.string()), {
          nil: undefined,
        }),
        (text, country) => {
          resolveBank(text, country);
          resolveBankAtStart(text, country);
          bankByBic(text);
        },
      ),
      { numRuns: 2000 },
    );
    expect(resolveBank(null as unknown as string)).toBeUndefined();
    expect(resolveBank('x'.repeat(100_000))).toBeUndefined();
  });
});

describe('the registry', () => {
  const allBics = BANKS.flatMap((bank) => [bank.bic, ...(bank.formerBics ?? [])]);

  it('covers every ASEAN state, the big markets in depth', () => {
    const count = (country: string) => BANKS.filter((bank) => bank.country === country).length;
    for (const country of ['ID', 'TH', 'MY', 'PH', 'VN', 'SG'])
      expect(count(country), country).toBeGreaterThanOrEqual(10);
    for (const country of ['KH', 'LA', 'MM', 'BN', 'TL'])
      expect(count(country), country).toBeGreaterThanOrEqual(4);
  });

  it('has well-formed, unique BICs whose country is the bank country', () => {
    expect(new Set(allBics).size).toBe(allBics.length);
    for (const bank of BANKS) {
      expect(bank.bic, bank.name).toMatch(/^[A-Z]{6}[A-Z0-9]{2}$/);
      expect(ASEAN).toContain(bank.country);
      expect(bank.bic.slice(4, 6), bank.name).toBe(bank.country);
      if (bank.pseudoBic) expect(bank.bic, bank.name).toMatch(/^XJ[A-Z]{2}[A-Z]{2}00$/);
      else expect(bank.bic.startsWith('XJ') || bank.bic.endsWith('00'), bank.name).toBe(false);
    }
  });

  it('uses each national scheme and never repeats a code within a country', () => {
    const digits: Record<string, number> = { ID: 3, TH: 3, SG: 4, VN: 6 };
    const seen = new Set<string>();
    for (const bank of BANKS) {
      for (const code of bank.codes ?? []) {
        expect(digits[bank.country], `${bank.name} has codes`).toBeDefined();
        expect(code, bank.name).toMatch(new RegExp(`^\\d{${digits[bank.country]}}$`));
        expect(seen.has(`${bank.country}:${code}`), `${bank.country} ${code}`).toBe(false);
        seen.add(`${bank.country}:${code}`);
      }
    }
  });

  it('never gives one name to two banks of the same country', () => {
    for (const country of ASEAN) {
      const owner = new Map<string, string>();
      for (const bank of BANKS.filter((b) => b.country === country)) {
        for (const name of [bank.name, bank.shortName, ...bank.aliases]) {
          const key = foldTokens(name).join('');
          const previous = owner.get(key);
          expect(
            previous === undefined || previous === bank.bic,
            `${country} "${name}": ${previous} and ${bank.bic}`,
          ).toBe(true);
          owner.set(key, bank.bic);
          // Every name resolves back to its bank in its own country.
          expect(resolveBank(name, country)?.bic, `${country} "${name}"`).toBe(bank.bic);
        }
      }
    }
  });

  it('gives every group a home in the registry, or none on purpose', () => {
    for (const group of BANK_GROUPS) {
      if (group.home) expect(bankByBic(group.home)?.group, group.id).toBe(group.id);
      expect(
        BANKS.some((bank) => bank.group === group.id),
        group.id,
      ).toBe(true);
    }
  });

  it('lists aliases for the extractor, longest first, with everyday words marked', () => {
    const aliases = listBankAliases();
    const texts = aliases.map((a) => a.alias);
    expect(texts).toContain('กสิกรไทย');
    expect(texts).toContain('Bank Central Asia');
    expect(texts).toContain('Maybank');
    expect(texts.indexOf('CIMB Niaga')).toBeLessThan(texts.indexOf('CIMB'));
    expect(aliases.find((a) => a.alias === 'Jago')?.ordinaryWord).toBe(true);
    expect(aliases.find((a) => a.alias === 'BCA')?.ordinaryWord).toBe(false);
    expect(aliases.find((a) => a.alias === 'CIMB')?.countries).toEqual(['ID', 'MY', 'PH', 'SG', 'TH']);
    expect(texts.every((t) => !/^\d+$/.test(t))).toBe(true);
  });
});

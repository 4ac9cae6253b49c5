import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, base58xrp, base64url, bech32, bech32m, createBase58check, hex } from '@scure/base';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCrypto } from '../../../src/domain/indicators/crypto.js';
import type { CanonicalResult, RawIndicator } from '../../../src/domain/indicators/types.js';

const canon = (value: string, chain?: string): CanonicalResult =>
  canonicalCrypto({ kind: 'crypto', value, chain });
const canonicalValue = (value: string, chain?: string): string => {
  const result = canon(value, chain);
  if (!result.ok) throw new Error(`${value} (${chain ?? 'no chain'}) refused: ${result.error}`);
  return result.indicator.value;
};
const errorOf = (value: string, chain?: string): string => {
  const result = canon(value, chain);
  if (result.ok) throw new Error(`${value} (${chain ?? 'no chain'}) accepted as ${result.indicator.value}`);
  return result.error;
};
const detailsOf = (value: string, chain?: string): Record<string, string> => {
  const result = canon(value, chain);
  if (!result.ok) throw new Error(`${value} refused: ${result.error}`);
  return result.indicator.details ?? {};
};

const GENESIS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const USDT_TRC20 = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const EIP55 = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Every spelling with one character replaced by the next one of its alphabet. */
function oneCharTypos(address: string, alphabet: string, from = 0): string[] {
  const typos: string[] = [];
  for (let i = from; i < address.length; i++) {
    const at = alphabet.indexOf(address[i]!);
    if (at < 0) continue;
    typos.push(address.slice(0, i) + alphabet[(at + 1) % alphabet.length] + address.slice(i + 1));
  }
  return typos;
}

describe('Bitcoin', () => {
  it('accepts base58check P2PKH and P2SH as written', () => {
    expect(canonicalValue(GENESIS)).toBe(`btc:${GENESIS}`);
    expect(detailsOf(GENESIS)).toMatchObject({ chain: 'Bitcoin', type: 'p2pkh', checksum: 'verified' });
    expect(canonicalValue(P2SH)).toBe(`btc:${P2SH}`);
    expect(detailsOf(P2SH).type).toBe('p2sh');
  });

  it.each([
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'p2wpkh'],
    ['bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y', 'witness v1'],
    ['BC1SW50QGDZ25J', 'witness v16'],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'witness v2'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'p2tr'],
  ])('accepts the BIP-350 valid vector %s, lowercased', (address, type) => {
    expect(canonicalValue(address)).toBe(`btc:${address.toLowerCase()}`);
    expect(detailsOf(address).type).toBe(type);
  });

  it.each([
    ['tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', /not a recognised/],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', /checksum does not match.*bech32m/],
    ['BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', /checksum does not match/],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', /checksum does not match.*bech32\b/],
    ['bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', /characters bech32 does not use/],
    ['BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', /witness version/],
    ['bc1pw5dgrnzv', /program length/],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', /program length/],
    ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', /program length/],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', /padding/],
    ['bc1gmk9yu', /no witness program/],
  ])('refuses the BIP-350 invalid vector %s', (address, reason) => {
    expect(errorOf(address)).toMatch(reason);
  });

  it('refuses mixed-case bech32 and testnet addresses', () => {
    expect(errorOf('bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toMatch(/mixes upper and lower case/);
    expect(errorOf('tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7')).toMatch(/testnet/);
    expect(errorOf('tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq')).toMatch(/testnet/);
  });

  it('rejects every one-character typo, as a checksum error', () => {
    for (const typo of oneCharTypos(GENESIS, BASE58_ALPHABET, 1))
      expect(errorOf(typo)).toBe('Bitcoin address checksum does not match');
    const segwit = 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0';
    for (const typo of oneCharTypos(segwit, BECH32_ALPHABET, 4)) expect(errorOf(typo)).toMatch(/checksum/);
  });

  it('treats a changed letter case in base58 as a typo', () => {
    expect(errorOf('1a1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toMatch(/checksum does not match/);
  });

  it('reads BIP-21 payment links', () => {
    expect(canonicalValue(`bitcoin:${GENESIS}?amount=0.5&label=Refund`)).toBe(`btc:${GENESIS}`);
    expect(canonicalValue('BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4?amount=1')).toBe(
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    );
  });
});

describe('EVM', () => {
  const vectors = [
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    '0x52908400098527886E0F7030069857D2E4169EE7',
    '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
    '0xde709f2102306220921060314715629080e2fb77',
    '0x27b1fdb04752bbc536007a920d24acb045561c26',
  ];

  it.each(vectors)('accepts the EIP-55 vector %s as one lowercase evm indicator', (address) => {
    expect(canonicalValue(address)).toBe(`evm:${address.toLowerCase()}`);
  });

  it('folds the checksummed, lowercase, uppercase and 0X spellings into one indicator', () => {
    const lower = EIP55.toLowerCase();
    for (const spelling of [EIP55, lower, `0x${lower.slice(2).toUpperCase()}`, `0X${EIP55.slice(2)}`])
      expect(canonicalValue(spelling)).toBe(`evm:${lower}`);
    expect(detailsOf(EIP55).checksum).toBe('verified');
    expect(detailsOf(lower).checksum).toBe('none');
  });

  it('refuses a mixed-case address whose EIP-55 checksum is wrong, for every flipped letter', () => {
    for (let i = 2; i < EIP55.length; i++) {
      const char = EIP55[i]!;
      if (!/[a-fA-F]/.test(char)) continue;
      const flipped = char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
      const typo = EIP55.slice(0, i) + flipped + EIP55.slice(i + 1);
      expect(errorOf(typo)).toMatch(/EIP-55 checksum does not match/);
    }
  });

  it('makes every EVM chain one indicator and keeps the network in details', () => {
    const expected = `evm:${EIP55.toLowerCase()}`;
    const networks: [string, string | undefined][] = [
      ['ETH', 'ethereum'],
      ['ERC-20', 'ethereum'],
      ['BEP20', 'bsc'],
      ['BSC', 'bsc'],
      ['BNB Smart Chain (BEP20)', 'bsc'],
      ['Polygon', 'polygon'],
      ['MATIC', 'polygon'],
      ['Arbitrum One', 'arbitrum'],
      ['Base', 'base'],
      ['OP Mainnet', 'optimism'],
      ['Avalanche C-Chain', 'avalanche'],
      ['USDT-ERC20', 'ethereum'],
      ['evm', undefined],
    ];
    for (const [chain, network] of networks) {
      expect(canonicalValue(EIP55, chain)).toBe(expected);
      expect(detailsOf(EIP55, chain).network).toBe(network);
    }
    expect(detailsOf(EIP55, 'USDT (BEP20)')).toMatchObject({ network: 'bsc', asset: 'USDT' });
  });

  it('accepts bare 40-hex only with an EVM chain', () => {
    const bare = EIP55.slice(2);
    expect(canonicalValue(bare, 'ETH')).toBe(`evm:${EIP55.toLowerCase()}`);
    expect(errorOf(bare)).toMatch(/give the chain/);
  });

  it('reads EIP-681 links: chain id, pay- prefix, and the recipient of a token transfer', () => {
    expect(canonicalValue(`ethereum:${EIP55}@56`)).toBe(`evm:${EIP55.toLowerCase()}`);
    expect(detailsOf(`ethereum:${EIP55}@56`).network).toBe('bsc');
    expect(detailsOf(`ethereum:pay-${EIP55}@137?value=1e18`).network).toBe('polygon');
    expect(detailsOf(`ethereum:${EIP55}@7777777`).network).toBe('eip155:7777777');
    const usdt = '0xdAC17F958D2ee523a2206206994597C13D831ec7';
    const recipient = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
    const link = `ethereum:${usdt}@1/transfer?address=${recipient}&uint256=1e6`;
    expect(canonicalValue(link)).toBe(`evm:${recipient.toLowerCase()}`);
    expect(detailsOf(link).token).toBe(usdt.toLowerCase());
    expect(errorOf(`ethereum:${EIP55}@56`, 'Polygon')).toMatch(/contradicts chain id 56/);
    // A coin ticker only guesses the network (tokens are bridged): the link's chain id wins.
    expect(detailsOf(`ethereum:${EIP55}@56`, 'ETH').network).toBe('bsc');
    expect(errorOf(`ethereum:${usdt}/transfer?uint256=1`)).toMatch(/no recipient/);
  });
});

describe('TRON', () => {
  it.each(['TRC20', 'USDT-TRC20', 'USDT (TRC20)', 'usdt trc-20', 'TRX', 'Tron', 'usdttrc20', undefined])(
    'accepts the USDT contract address with chain %s',
    (chain) => {
      expect(canonicalValue(USDT_TRC20, chain)).toBe(`tron:${USDT_TRC20}`);
    },
  );

  it('rejects every one-character typo', () => {
    for (const typo of oneCharTypos(USDT_TRC20, BASE58_ALPHABET, 1)) expect(canon(typo).ok).toBe(false);
    expect(errorOf(`${USDT_TRC20.slice(0, -1)}u`)).toBe('TRON address checksum does not match');
  });

  it('accepts the hex spelling of TRON APIs with a TRON chain', () => {
    const bytes = createBase58check(sha256).decode(USDT_TRC20);
    expect(canonicalValue(hex.encode(bytes), 'TRON')).toBe(`tron:${USDT_TRC20}`);
  });

  it('refuses an address from another chain under a TRC20 label, and vice versa', () => {
    expect(errorOf(EIP55, 'USDT-TRC20')).toBe('address is an EVM address, not TRON');
    expect(errorOf(USDT_TRC20, 'ERC20')).toBe('address is a TRON address, not EVM');
    expect(errorOf(USDT_TRC20, 'BTC')).toMatch(/TRON address, not Bitcoin/);
  });
});

describe('Litecoin, Dogecoin, XRP, TON, Solana', () => {
  it('accepts Litecoin L…, M… and ltc1 addresses', () => {
    expect(canonicalValue('LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9')).toBe(
      'ltc:LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9',
    );
    expect(canonicalValue('ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea')).toBe(
      'ltc:ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
    );
  });

  it('reads a 3… address as Bitcoin unless the chain says Litecoin, then spells it M…', () => {
    expect(canonicalValue(P2SH)).toBe(`btc:${P2SH}`);
    const litecoin = canonicalValue(P2SH, 'LTC');
    expect(litecoin).toBe('ltc:MQMHBtvnBfxTzt3K2bdxgSE7qZPHSXWsGM');
    expect(canonicalValue(litecoin.slice(4))).toBe(litecoin);
    expect(canonicalValue(litecoin)).toBe(litecoin);
  });

  it('accepts Dogecoin and XRP addresses and refuses their typos', () => {
    expect(canonicalValue('DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L')).toBe(
      'doge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L',
    );
    expect(errorOf('DH5yaieqoZN36fDVciNyRueRGvGLR3mr7M')).toBe('Dogecoin address checksum does not match');
    expect(canonicalValue('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).toBe(
      'xrp:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh',
    );
    expect(canonicalValue('rrrrrrrrrrrrrrrrrrrrrhoLvTp', 'XRP')).toBe('xrp:rrrrrrrrrrrrrrrrrrrrrhoLvTp');
    expect(errorOf('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi')).toBe('XRP address checksum does not match');
  });

  it('folds the TON user-friendly spellings into the raw form, and checks their CRC', () => {
    const foundation = 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N';
    const raw = 'ton:0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8';
    expect(canonicalValue(foundation)).toBe(raw);
    expect(canonicalValue(tonFriendly(0x51, 0, hex.decode(raw.slice(6))))).toBe(raw); // non-bounceable UQ…
    expect(canonicalValue(`ton://transfer/${foundation}?amount=1000`)).toBe(raw);
    expect(canonicalValue(raw)).toBe(raw);
    expect(errorOf(`${foundation.slice(0, -1)}M`)).toBe('TON address checksum does not match');
    expect(errorOf(tonFriendly(0x91, 0, new Uint8Array(32)))).toMatch(/testnet/);
  });

  it('accepts Solana keys only when no checksummed chain claims the shape, or with a SOL chain', () => {
    // Starts with 'T' like TRON, but 43 characters decoding to 32 bytes: only Solana.
    expect(canonicalValue('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA')).toBe(
      'sol:TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA',
    );
    expect(canonicalValue('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', 'USDC (SPL)')).toBe(
      'sol:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    );
    expect(detailsOf('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v').checksum).toBe('none');
    // The system program has the shape of a (mistyped) Bitcoin address: Solana only when the chain says so.
    const system = '11111111111111111111111111111111';
    expect(errorOf(system)).toMatch(/Bitcoin address checksum/);
    expect(canonicalValue(system, 'Solana')).toBe(`sol:${system}`);
    expect(canonicalValue(`sol:${system}`)).toBe(`sol:${system}`);
    expect(errorOf(GENESIS, 'SOL')).toMatch(/Bitcoin address, not Solana/);
    expect(errorOf('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5', 'SOL')).toMatch(/32 bytes/);
  });
});

describe('chain hints and prefixes', () => {
  it('refuses chains it cannot verify instead of guessing', () => {
    expect(errorOf(GENESIS, 'Bitcoin Cash')).toMatch(/not a supported chain/);
    expect(errorOf(GENESIS, 'Lightning')).toMatch(/not a supported chain/);
    expect(errorOf(EIP55, 'ERC20 BEP20')).toMatch(/more than one chain/);
    expect(errorOf(`bitcoincash:${GENESIS}`)).toMatch(/not a supported chain/);
  });

  it('takes the network over the coin ticker, and an asset-only hint as no hint', () => {
    expect(detailsOf(EIP55, 'BTC BEP20')).toMatchObject({ network: 'bsc', asset: 'BTC' });
    expect(canonicalValue(USDT_TRC20, 'USDT')).toBe(`tron:${USDT_TRC20}`);
    expect(detailsOf(USDT_TRC20, 'USDT').asset).toBe('USDT');
  });

  it('refuses a prefix that contradicts the chain', () => {
    expect(errorOf(`btc:${GENESIS}`, 'TRC20')).toMatch(/contradicts/);
    expect(errorOf(`tron:${GENESIS}`)).toMatch(/Bitcoin address, not TRON/);
  });

  it('returns a canonical value unchanged, with or without its chain', () => {
    const spellings: [string, string?][] = [
      [GENESIS],
      ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4'],
      [EIP55, 'BEP20'],
      [USDT_TRC20, 'USDT (TRC20)'],
      [P2SH, 'Litecoin'],
      ['EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N'],
      ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh'],
    ];
    for (const [value, chain] of spellings) {
      const canonical = canonicalValue(value, chain);
      expect(canonicalValue(canonical, chain)).toBe(canonical);
      expect(canonicalValue(canonical)).toBe(canonical);
    }
  });

  it('ignores copy artefacts: spaces, zero-width characters, quotes', () => {
    expect(canonicalValue(` "${USDT_TRC20.slice(0, 10)} ${USDT_TRC20.slice(10)}\u200B" `)).toBe(
      `tron:${USDT_TRC20}`,
    );
  });
});

describe('hostile input', () => {
  it('refuses without throwing', () => {
    const hostile = [
      '',
      '   ',
      'x'.repeat(100_000),
      '1'.repeat(600),
      `bitcoin:${'1'.repeat(300)}`,
      '\u0000\u0001\u001f',
      'constructor:0x00',
      '__proto__:abc',
      'ethereum:@/transfer?address=',
      'ethereum:0x@99999999999999999999',
      'ton://transfer/',
      '\uD800\uDC00\uD800',
    ];
    for (const value of hostile) expect(canon(value).ok).toBe(false);
    for (const chain of ['__proto__', 'constructor', 'toString', 'x'.repeat(1000)])
      expect(canon(GENESIS, chain).ok).toBe(false);
    // A chain with no letters or digits ("-", "/") says nothing: it is no chain.
    for (const chain of ['\u0000', '-', ' / ']) expect(canonicalValue(GENESIS, chain)).toBe(`btc:${GENESIS}`);
    expect(canonicalCrypto({ value: 42 } as unknown as RawIndicator).ok).toBe(false);
    expect(canonicalCrypto({ value: GENESIS, chain: 7 } as unknown as RawIndicator).ok).toBe(true);
  });
});

// ---- property tests: valid addresses built from random payloads with @scure/base ----

const b58check = createBase58check(sha256);
const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });
const CHAINS = [
  'BTC',
  'bitcoin',
  'ETH',
  'ERC20',
  'BEP20',
  'TRC20',
  'USDT-TRC20',
  'LTC',
  'SOL',
  'DOGE',
  'XRP',
  'TON',
];

function eip55(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  const chars = [...lowerHex].map((char, i) => {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    return /[a-f]/.test(char) && nibble >= 8 ? char.toUpperCase() : char;
  });
  return `0x${chars.join('')}`;
}

function crc16(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function tonFriendly(flags: number, workchain: 0 | -1, hash: Uint8Array): string {
  const body = Uint8Array.of(flags, workchain === -1 ? 0xff : 0, ...hash);
  const crc = crc16(body);
  return base64url.encode(Uint8Array.of(...body, crc >> 8, crc & 0xff));
}

const xrpAddress = (accountId: Uint8Array) => {
  const payload = Uint8Array.of(0, ...accountId);
  return base58xrp.encode(Uint8Array.of(...payload, ...sha256(sha256(payload)).subarray(0, 4)));
};

/** [address, chain hint it needs (if any), expected canonical prefix] */
type Valid = [string, string | undefined, string];
const validAddress: fc.Arbitrary<Valid> = fc.oneof(
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x00, ...h)), undefined, 'btc:']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x05, ...h)), undefined, 'btc:']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x05, ...h)), 'LTC', 'ltc:M']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x41, ...h)), undefined, 'tron:T']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x30, ...h)), undefined, 'ltc:L']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x32, ...h)), undefined, 'ltc:M']),
  bytes(20).map((h): Valid => [b58check.encode(Uint8Array.of(0x1e, ...h)), undefined, 'doge:D']),
  fc
    .tuple(fc.constantFrom(20, 32), fc.constantFrom('bc', 'ltc'))
    .chain(([n, hrp]) => bytes(n).map((p) => [hrp, p] as const))
    .map(
      ([hrp, p]): Valid => [
        bech32.encode(hrp, [0, ...bech32.toWords(p)]),
        undefined,
        `${hrp === 'bc' ? 'btc' : 'ltc'}:`,
      ],
    ),
  bytes(32).map(
    (p): Valid => [bech32m.encode('bc', [1, ...bech32m.toWords(p)]).toUpperCase(), undefined, 'btc:bc1p'],
  ),
  bytes(20).map((h): Valid => [eip55(hex.encode(h)), 'BEP20', 'evm:0x']),
  bytes(20).map((h): Valid => [`0x${hex.encode(h).toUpperCase()}`, undefined, 'evm:0x']),
  bytes(20).map((h): Valid => [xrpAddress(h), undefined, 'xrp:r']),
  fc
    .tuple(fc.constantFrom(0x11, 0x51), fc.constantFrom<0 | -1>(0, -1), bytes(32))
    .map(([flags, wc, hash]): Valid => [tonFriendly(flags, wc, hash), undefined, `ton:${wc}:`]),
  bytes(32).map((key): Valid => [base58.encode(key), 'SOL', 'sol:']),
);

describe('properties', () => {
  it('never throws, whatever the value and chain', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'binary-ascii', maxLength: 120 }),
      fc.string({ unit: fc.constantFrom(...`${BASE58_ALPHABET}0x:@/?=&-_ `.split('')), maxLength: 100 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
    );
    fc.assert(
      fc.property(anyText, fc.option(fc.oneof(fc.constantFrom(...CHAINS), anyText)), (value, chain) => {
        const result = canonicalCrypto({ kind: 'crypto', value, chain: chain ?? undefined });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts valid addresses and is idempotent on them, with and without the chain', () => {
    fc.assert(
      fc.property(validAddress, ([address, chain, prefix]) => {
        const first = canonicalValue(address, chain);
        expect(first.startsWith(prefix)).toBe(true);
        expect(canonicalValue(first, chain)).toBe(first);
        expect(canonicalValue(first)).toBe(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts a Solana key without a chain when it cannot be another chain', () => {
    fc.assert(
      fc.property(bytes(32), (key) => {
        fc.pre(key[0] !== 0);
        const address = base58.encode(key);
        fc.pre(!/^(bc|ltc)1/i.test(address));
        expect(canonicalValue(address)).toBe(`sol:${address}`);
      }),
    );
  });

  it('folds every EVM spelling of one key into one indicator', () => {
    fc.assert(
      fc.property(bytes(20), (h) => {
        const lower = hex.encode(h);
        const expected = `evm:0x${lower}`;
        for (const spelling of [
          `0x${lower}`,
          `0x${lower.toUpperCase()}`,
          eip55(lower),
          `ethereum:${eip55(lower)}@56`,
        ])
          expect(canonicalValue(spelling)).toBe(expected);
      }),
    );
  });

  it('rejects a random one-character substitution in checksummed addresses', () => {
    // EVM is left out: EIP-55 catches a substitution only with high probability (case flips: see above).
    const checksummed = validAddress.filter(([address, chain]) => chain !== 'SOL' && !/^0x/i.test(address));
    fc.assert(
      fc.property(checksummed, fc.nat(), fc.nat(), ([address, chain], position, shift) => {
        const text = /^(bc|ltc)1/i.test(address) ? address.toLowerCase() : address;
        const alphabet = /^(bc|ltc)1/.test(text)
          ? BECH32_ALPHABET
          : text.length === 48
            ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
            : BASE58_ALPHABET;
        const i = 4 + (position % (text.length - 4));
        const at = alphabet.indexOf(text[i]!);
        const replacement = alphabet[(at + 1 + (shift % (alphabet.length - 1))) % alphabet.length]!;
        const typo = text.slice(0, i) + replacement + text.slice(i + 1);
        expect(canon(typo, chain).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

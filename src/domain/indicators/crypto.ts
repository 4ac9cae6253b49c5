import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, base58xrp, base64url, bech32, bech32m, createBase58check, hex } from '@scure/base';
import { type CanonicalContext, type CanonicalResult, fail, ok, type RawIndicator } from './types.js';

/**
 * Crypto addresses: `<chain>:<address>`, checksum verified wherever the format has one.
 *
 * - btc:  base58check P2PKH (0x00) / P2SH (0x05); segwit per BIP-173/BIP-350, lowercased.
 * - evm:  one secp256k1 key owns the same 0x address on every EVM chain, so Ethereum, BSC, Polygon, Arbitrum…
 *         are one indicator; the network named by the hint or EIP-681 chain id goes to details.network.
 *         Mixed case must satisfy EIP-55; all-lower / all-upper carry no checksum.
 * - tron: base58check, version 0x41 ('T…'); the hex form `41…` is accepted with a TRON hint.
 * - ltc:  base58check 0x30 ('L…'), 0x32 ('M…'); 0x05 ('3…') is byte-identical to a BTC P2SH address, so it is
 *         Litecoin only with an explicit hint, and is then re-encoded as the equivalent 'M…' (same script).
 * - doge: base58check 0x1e ('D…'), 0x16 ('9…'/'A…').
 * - xrp:  classic 'r…' address, Ripple base58 alphabet, double-SHA256 checksum. (X-addresses: not supported.)
 * - ton:  canonical raw form `<workchain>:<hex>`; user-friendly 48-char base64(url) forms are CRC16-checked and
 *         their bounceable / non-bounceable spellings fold into the one raw form.
 * - sol:  any base58 string decoding to 32 bytes. Solana has no checksum, so a typo cannot be caught: without a
 *         hint a value is Solana only when no other chain claims its shape (it is never a mistyped BTC/TRON/…
 *         address), and details.checksum says 'none'.
 */

type Chain = 'btc' | 'evm' | 'tron' | 'ltc' | 'doge' | 'xrp' | 'ton' | 'sol';

const CHAIN_NAMES: Record<Chain, string> = {
  btc: 'Bitcoin',
  evm: 'EVM',
  tron: 'TRON',
  ltc: 'Litecoin',
  doge: 'Dogecoin',
  xrp: 'XRP',
  ton: 'TON',
  sol: 'Solana',
};

/** A lookup table from groups of names that mean the same thing. */
function byName<T>(groups: [T, string][]): Map<string, T> {
  return new Map(
    groups.flatMap(([value, names]) => names.split(' ').map((name): [string, T] => [name, value])),
  );
}

/** Terms naming a network or token standard: they outrank coin tickers ("BTC BEP20" is BTCB on BSC). */
const NETWORK_TERMS = byName<[Chain, string?]>([
  [['evm'], 'evm'],
  [['evm', 'ethereum'], 'erc20 erc721'],
  [['evm', 'bsc'], 'bep20 bsc bnbsmartchain binancesmartchain bnbchain'],
  [['evm', 'opbnb'], 'opbnb'],
  [['evm', 'polygon'], 'polygon'],
  [['evm', 'arbitrum'], 'arbitrum'],
  [['evm', 'optimism'], 'optimism op'],
  [['evm', 'base'], 'base'],
  [['evm', 'avalanche'], 'avalanche avalanchecchain'],
  [['evm', 'fantom'], 'fantom'],
  [['evm', 'linea'], 'linea'],
  [['evm', 'zksync'], 'zksync'],
  [['evm', 'scroll'], 'scroll'],
  [['evm', 'celo'], 'celo'],
  [['evm', 'gnosis'], 'gnosis'],
  [['evm', 'cronos'], 'cronos'],
  [['evm', 'ethereum-classic'], 'ethereumclassic'],
  [['tron'], 'trc20 trc10'],
  [['btc'], 'omni'],
  [['sol'], 'spl'],
]);

/** Coin names and tickers: [chain, network, ticker]. */
const COIN_TERMS = byName<[Chain, string | undefined, string]>([
  [['btc', undefined, 'BTC'], 'btc xbt bitcoin'],
  [['evm', 'ethereum', 'ETH'], 'eth ether ethereum'],
  [['evm', 'bsc', 'BNB'], 'bnb binance'],
  [['evm', 'polygon', 'MATIC'], 'matic'],
  [['evm', 'polygon', 'POL'], 'pol'],
  [['evm', 'arbitrum', 'ARB'], 'arb'],
  [['evm', 'avalanche', 'AVAX'], 'avax'],
  [['evm', 'fantom', 'FTM'], 'ftm'],
  [['evm', 'ethereum-classic', 'ETC'], 'etc'],
  [['evm', 'cronos', 'CRO'], 'cro'],
  [['tron', undefined, 'TRX'], 'tron trx'],
  [['ltc', undefined, 'LTC'], 'ltc litecoin'],
  [['doge', undefined, 'DOGE'], 'doge dogecoin'],
  [['xrp', undefined, 'XRP'], 'xrp ripple xrpl'],
  [['ton', undefined, 'TON'], 'ton toncoin theopennetwork'],
  [['sol', undefined, 'SOL'], 'sol solana'],
]);

/** Tokens that live on many chains: they name the asset, not the chain ("USDT" alone says nothing). */
const ASSETS = ['usdt', 'usdc', 'busd', 'fdusd', 'tusd', 'pyusd', 'dai', 'weth', 'wbtc'];
const FILLER_TERMS = new Set(
  'mainnet main net network chain smart one pos c cchain era token coin wallet address addr native legacy segwit taproot bech32 bech32m'.split(
    ' ',
  ),
);

/** URI schemes (BIP-21, EIP-681, Solana Pay, ton://) and our own canonical prefixes. */
const SCHEMES = byName<Chain>([
  ['btc', 'bitcoin btc'],
  ['evm', 'ethereum eth evm'],
  ['tron', 'tron trx'],
  ['ltc', 'litecoin ltc'],
  ['doge', 'dogecoin doge'],
  ['xrp', 'xrp ripple xrpl'],
  ['ton', 'ton'],
  ['sol', 'solana sol'],
]);

/** EIP-155 chain ids of the networks seen in the region's scam reports. */
const EVM_CHAIN_IDS = new Map(
  Object.entries({
    1: 'ethereum',
    10: 'optimism',
    25: 'cronos',
    56: 'bsc',
    61: 'ethereum-classic',
    100: 'gnosis',
    137: 'polygon',
    204: 'opbnb',
    250: 'fantom',
    324: 'zksync',
    8453: 'base',
    42161: 'arbitrum',
    42220: 'celo',
    43114: 'avalanche',
    59144: 'linea',
    534352: 'scroll',
  }),
);

/** Longest accepted input (a payment link with parameters) and address (bech32 allows 90; base58 is quadratic). */
const MAX_RAW_LENGTH = 2048;
const MAX_INPUT_LENGTH = 512;
const MAX_ADDRESS_LENGTH = 100;

interface ChainHint {
  chain?: Chain | undefined;
  /** Named by a network term ("BEP20", "Polygon"). */
  network?: string | undefined;
  /** Only implied by a coin ticker ("ETH", "BNB"): a weaker guess, since tokens are bridged between networks. */
  coinNetwork?: string | undefined;
  asset?: string | undefined;
}

interface Candidate {
  chain: Chain;
  address: string;
  checksum: boolean;
  type?: string;
  /** Only with an explicit hint for this chain (bare hex, TRON hex, LTC on a '3…' address). */
  hintOnly?: boolean;
  /** No checksum and no distinctive shape (Solana): only when no other chain claims the value. */
  weak?: boolean;
}
interface Problem {
  chain: Chain;
  problem: string;
}
type Outcome = Candidate | Problem;

const base58check = createBase58check(sha256);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

export function canonicalCrypto(raw: RawIndicator, _ctx: CanonicalContext = {}): CanonicalResult {
  try {
    return canonicalCryptoValue(raw);
  } catch {
    // The decoders are guarded by shape checks first; should one still throw, the value is refused, not the import.
    return fail('not a valid crypto address');
  }
}

function canonicalCryptoValue(raw: RawIndicator): CanonicalResult {
  if (typeof raw.value !== 'string') return fail('value must be a string');
  if (raw.value.length > MAX_RAW_LENGTH) return fail('value is too long for a crypto address');
  // Addresses never contain spaces: spaces and zero-width characters are copy artefacts (wrapped chat lines).
  const text = raw.value.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '').replace(/^["'`<]+|["'`>]+$/g, '');
  if (text === '') return fail('crypto address is empty');
  if (text.length > MAX_INPUT_LENGTH) return fail('value is too long for a crypto address');

  const hint = parseChainHint(raw.chain);
  if ('error' in hint) return fail(hint.error);
  const uri = parseUri(text);
  if ('error' in uri) return fail(uri.error);
  if (uri.chain && hint.chain && uri.chain !== hint.chain)
    return fail(`prefix "${uri.scheme}:" (${CHAIN_NAMES[uri.chain]}) contradicts chain "${raw.chain}"`);
  const wanted = hint.chain ?? uri.chain;
  if (uri.address.length > MAX_ADDRESS_LENGTH) return fail('value is too long for a crypto address');

  const picked = pick(decodeAll(uri.address, wanted), wanted);
  if ('error' in picked) return fail(picked.error);
  const found = picked.candidate;

  const details: Record<string, string> = { chain: CHAIN_NAMES[found.chain] };
  if (found.chain === 'evm') {
    const fromId =
      uri.chainId === undefined ? undefined : (EVM_CHAIN_IDS.get(uri.chainId) ?? `eip155:${uri.chainId}`);
    if (hint.network && fromId && hint.network !== fromId)
      return fail(`chain "${raw.chain}" contradicts chain id ${uri.chainId} (${fromId}) of the payment link`);
    const network = hint.network ?? fromId ?? hint.coinNetwork;
    if (network) details.network = network;
    if (uri.token) details.token = uri.token;
  }
  if (found.type) details.type = found.type;
  if (hint.asset) details.asset = hint.asset;
  details.checksum = found.checksum ? 'verified' : 'none';
  return ok({ kind: 'crypto', value: `${found.chain}:${found.address}`, details });
}

/** Reads a free-text chain qualifier: "USDT (TRC20)", "BNB Smart Chain", "ERC-20", "btc"… */
function parseChainHint(text: unknown): ChainHint | { error: string } {
  if (typeof text !== 'string' || text.trim() === '') return {};
  if (text.length > 64) return { error: 'chain is too long' };
  const lower = text.toLowerCase();
  const whole = lower.replace(/[^a-z0-9]/g, '');
  const terms = NETWORK_TERMS.has(whole) || COIN_TERMS.has(whole) ? [whole] : splitTerms(lower);
  if (!terms) return { error: `chain "${text}" is not a supported chain` };

  const strong: [Chain, string?][] = [];
  const weak: [Chain, string | undefined, string][] = [];
  let asset: string | undefined;
  for (const term of terms) {
    const network = NETWORK_TERMS.get(term);
    const coin = COIN_TERMS.get(term);
    if (network) strong.push(network);
    else if (coin) weak.push(coin);
    else if (ASSETS.includes(term)) asset ??= term.toUpperCase();
  }
  // A coin beside a network names the asset moved on it ("ETH (Arbitrum)", "BTC BEP20").
  if (strong.length > 0) asset ??= weak[0]?.[2];
  const named = strong.length > 0 ? strong : weak;
  const chains = new Set(named.map((term) => term[0]));
  const networks = new Set(named.map((term) => term[1]).filter((network) => network !== undefined));
  if (chains.size > 1 || networks.size > 1) return { error: `chain "${text}" names more than one chain` };
  const chain = named[0]?.[0];
  if (strong.length === 0) return { chain, coinNetwork: [...networks][0], asset };
  // "ETH EVM": the coin's network when the network term left it open.
  const coinNetwork = weak.find((term) => term[0] === chain && term[1] !== undefined)?.[1];
  return { chain, network: [...networks][0], coinNetwork, asset };
}

/** Splits a hint into known terms; undefined when any term is unknown (a guess could file under the wrong chain). */
function splitTerms(lower: string): string[] | undefined {
  const words = lower
    .replace(/\b(erc|bep|trc)[\s_-]+(\d+)\b/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const terms: string[] = [];
  for (const word of words) {
    if (NETWORK_TERMS.has(word) || COIN_TERMS.has(word) || ASSETS.includes(word)) terms.push(word);
    else if (!FILLER_TERMS.has(word)) {
      // "usdttrc20": an asset glued to its network.
      const asset = ASSETS.find(
        (name) => word.startsWith(name) && NETWORK_TERMS.has(word.slice(name.length)),
      );
      if (!asset) return undefined;
      terms.push(asset, word.slice(asset.length));
    }
  }
  return terms;
}

interface ParsedUri {
  scheme?: string;
  chain?: Chain;
  address: string;
  chainId?: string;
  token?: string;
}

/** `<chain>:<address>` (our canonical form), BIP-21 `bitcoin:…?amount=`, EIP-681 `ethereum:0x…@56/transfer?…`. */
function parseUri(text: string): ParsedUri | { error: string } {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(text);
  if (!match) return { address: text };
  const scheme = match[1]!.toLowerCase();
  const chain = SCHEMES.get(scheme);
  if (!chain) return { error: `address prefix "${scheme}:" is not a supported chain` };
  let rest = match[2]!.replace(/^\/\//, '');
  if (chain === 'ton') rest = rest.replace(/^transfer\//i, '');
  const queryAt = rest.indexOf('?');
  const query = queryAt >= 0 ? rest.slice(queryAt + 1) : '';
  if (queryAt >= 0) rest = rest.slice(0, queryAt);
  if (chain !== 'evm') return { scheme, chain, address: rest };

  // EIP-681: ethereum:[pay-]<target>[@<chain id>][/<function>][?<parameters>]
  const eip681 = /^(?:pay-)?([^@/]+)(?:@(\d{1,12}))?(?:\/([A-Za-z0-9_]+))?$/.exec(rest);
  if (!eip681) return { error: `"${scheme}:" link is not a valid EIP-681 payment link` };
  const [, target, chainId, fn] = eip681;
  const base = { scheme, chain, ...(chainId === undefined ? {} : { chainId: String(Number(chainId)) }) };
  if (fn !== 'transfer') return { ...base, address: target! };
  // A token transfer link: the contract is the target, the scammer's wallet is the recipient.
  const recipient = new URLSearchParams(query).get('address');
  const token = decodeEvm(target!);
  if (!recipient) return { error: 'token transfer link has no recipient address' };
  if (!token || !('address' in token))
    return { error: 'token contract in the payment link is not a valid EVM address' };
  return { ...base, address: recipient, token: token.address };
}

function decodeAll(address: string, wanted: Chain | undefined): Outcome[] {
  const outcomes = [
    decodeEvm(address),
    decodeTronHex(address),
    decodeSegwit(address),
    ...decodeBase58Check(address),
    decodeXrp(address),
    decodeTon(address),
  ].filter((outcome) => outcome !== undefined);
  // Solana has no checksum and the least distinctive shape: it is read only when nothing else claims the value.
  if (outcomes.length === 0 || wanted === 'sol') {
    const solana = decodeSolana(address, wanted === 'sol');
    if (solana) outcomes.push(solana);
  }
  return outcomes;
}

function pick(outcomes: Outcome[], wanted: Chain | undefined): { candidate: Candidate } | { error: string } {
  const candidates = outcomes.filter((outcome): outcome is Candidate => 'address' in outcome);
  const problems = outcomes.filter((outcome): outcome is Problem => 'problem' in outcome);
  if (wanted) {
    const match = candidates.find((candidate) => candidate.chain === wanted);
    if (match) return { candidate: match };
    const other = candidates.find((candidate) => !candidate.hintOnly && !candidate.weak);
    if (other)
      return {
        error: `address is ${withArticle(CHAIN_NAMES[other.chain])} address, not ${CHAIN_NAMES[wanted]}`,
      };
    const problem = problems.find((p) => p.chain === wanted) ?? problems[0];
    return { error: problem?.problem ?? `not a valid ${CHAIN_NAMES[wanted]} address` };
  }
  const firm = candidates.filter((candidate) => !candidate.hintOnly && !candidate.weak);
  if (firm[0]) return { candidate: firm[0] };
  if (problems[0]) return { error: problems[0].problem };
  const weak = candidates.find((candidate) => candidate.weak);
  if (weak) return { candidate: weak };
  if (candidates.some((candidate) => candidate.hintOnly))
    return { error: 'address shape is ambiguous; give the chain (e.g. ETH, TRON, LTC)' };
  return { error: 'not a recognised crypto address (BTC, EVM, TRON, LTC, DOGE, XRP, TON, SOL)' };
}

const withArticle = (name: string): string => `${/^[AEIOX]/.test(name) ? 'an' : 'a'} ${name}`;

function decodeEvm(address: string): Outcome | undefined {
  const match = /^(0[xX])?([0-9a-fA-F]{40})$/.exec(address);
  if (!match) return undefined;
  const digits = match[2]!;
  const mixedCase = /[a-f]/.test(digits) && /[A-F]/.test(digits);
  // EIP-55: a mixed-case address carries a checksum; all-lower and all-upper spellings carry none.
  if (mixedCase && !isEip55(digits))
    return {
      chain: 'evm',
      problem: 'EVM address EIP-55 checksum does not match (check the mixed-case letters)',
    };
  return { chain: 'evm', address: `0x${digits.toLowerCase()}`, checksum: mixedCase, hintOnly: !match[1] };
}

function isEip55(digits: string): boolean {
  const hash = keccak_256(new TextEncoder().encode(digits.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const char = digits[i]!;
    if (char >= '0' && char <= '9') continue;
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0x0f;
    if (nibble >= 8 !== (char >= 'A' && char <= 'F')) return false;
  }
  return true;
}

/** TRON's hex spelling (`41` + 20 bytes), as its APIs print it; only with a TRON hint. */
function decodeTronHex(address: string): Outcome | undefined {
  if (!/^41[0-9a-fA-F]{40}$/.test(address)) return undefined;
  const encoded = base58check.encode(hex.decode(address.toLowerCase()));
  return { chain: 'tron', address: encoded, checksum: false, hintOnly: true };
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const SEGWIT_HRPS = new Map<string, [Chain, boolean]>([
  ['bc', ['btc', true]],
  ['ltc', ['ltc', true]],
  ['tb', ['btc', false]],
  ['bcrt', ['btc', false]],
  ['tltc', ['ltc', false]],
]);

/** Segwit addresses, BIP-173 (v0, bech32) and BIP-350 (v1+, bech32m). */
function decodeSegwit(address: string): Outcome | undefined {
  const lower = address.toLowerCase();
  const prefix = /^(bc|tb|bcrt|ltc|tltc)1/.exec(lower)?.[1];
  const hrp = prefix === undefined ? undefined : SEGWIT_HRPS.get(prefix);
  if (!prefix || !hrp) return undefined;
  const [chain, mainnet] = hrp;
  const name = CHAIN_NAMES[chain];
  if (!mainnet) return { chain, problem: `${name} testnet address: it holds no real funds` };
  if (address !== lower && address !== address.toUpperCase())
    return { chain, problem: `${name} address mixes upper and lower case, which bech32 forbids` };
  if (lower.length > 90) return { chain, problem: `${name} address is too long` };
  const data = lower.slice(prefix.length + 1);
  if (![...data].every((char) => BECH32_CHARSET.includes(char)))
    return { chain, problem: `${name} address contains characters bech32 does not use (b, i, o, 1)` };
  if (data.length <= 6) return { chain, problem: `${name} address has no witness program` };
  // BIP-350: witness v0 ('q') is checksummed with bech32, v1+ with bech32m; the other one is tried only to explain.
  const version = BECH32_CHARSET.indexOf(data[0]!);
  const [codec, otherCodec] = version === 0 ? [bech32, bech32m] : [bech32m, bech32];
  const decoded = codec.decodeUnsafe(lower);
  if (!decoded) {
    const why = otherCodec.decodeUnsafe(lower)
      ? ` (witness v${version} requires ${version === 0 ? 'bech32' : 'bech32m'}, BIP-350)`
      : '';
    return { chain, problem: `${name} address checksum does not match${why}` };
  }
  if (version > 16) return { chain, problem: `${name} address has an invalid witness version` };
  const words = decoded.words.slice(1);
  const program = bech32.fromWordsUnsafe(words);
  if (!program) return { chain, problem: `${name} address has invalid padding` };
  if (
    program.length < 2 ||
    program.length > 40 ||
    (version === 0 && program.length !== 20 && program.length !== 32)
  )
    return { chain, problem: `${name} address has an invalid witness program length` };
  const type =
    version === 0
      ? program.length === 20
        ? 'p2wpkh'
        : 'p2wsh'
      : version === 1 && program.length === 32
        ? 'p2tr'
        : `witness v${version}`;
  return { chain, address: lower, checksum: true, type };
}

/** Which chain a base58check address of this spelling claims to be, to report its checksum errors. */
function claimedBase58Chain(address: string): Chain | undefined {
  const first = address[0];
  if (first === 'T') return address.length === 34 ? 'tron' : undefined;
  if (first === '1' || first === '3') return 'btc';
  if (first === 'L' || first === 'M') return 'ltc';
  if (first === 'D' || first === '9' || first === 'A') return 'doge';
  return undefined;
}

function decodeBase58Check(address: string): Outcome[] {
  if (address.length < 26 || address.length > 35 || !BASE58.test(address)) return [];
  const claimed = claimedBase58Chain(address);
  let payload: Uint8Array;
  try {
    payload = base58check.decode(address);
  } catch {
    return claimed
      ? [{ chain: claimed, problem: `${CHAIN_NAMES[claimed]} address checksum does not match` }]
      : [];
  }
  if (payload.length !== 21)
    return claimed
      ? [{ chain: claimed, problem: `not a valid ${CHAIN_NAMES[claimed]} address (wrong length)` }]
      : [];
  const found = (chain: Chain, type?: string): Candidate => ({
    chain,
    address,
    checksum: true,
    ...(type ? { type } : {}),
  });
  switch (payload[0]) {
    case 0x00:
      return [found('btc', 'p2pkh')];
    case 0x05: {
      // The same bytes are a Litecoin P2SH address; Litecoin now spells it with version 0x32 ('M…').
      const modern = base58check.encode(Uint8Array.of(0x32, ...payload.subarray(1)));
      return [
        found('btc', 'p2sh'),
        { chain: 'ltc', address: modern, checksum: true, type: 'p2sh', hintOnly: true },
      ];
    }
    case 0x41:
      return [found('tron')];
    case 0x30:
      return [found('ltc', 'p2pkh')];
    case 0x32:
      return [found('ltc', 'p2sh')];
    case 0x1e:
      return [found('doge', 'p2pkh')];
    case 0x16:
      return [found('doge', 'p2sh')];
    default:
      return claimed
        ? [{ chain: claimed, problem: `not a valid ${CHAIN_NAMES[claimed]} address (unknown version)` }]
        : [];
  }
}

/** XRP classic address: version 0x00 in Ripple's own base58 alphabet, double-SHA256 checksum. */
function decodeXrp(address: string): Outcome | undefined {
  if (!/^r[1-9A-HJ-NP-Za-km-z]{24,34}$/.test(address)) return undefined;
  const bytes = base58xrp.decode(address);
  if (bytes.length !== 25 || bytes[0] !== 0)
    return { chain: 'xrp', problem: 'not a valid XRP address (wrong length)' };
  const check = sha256(sha256(bytes.subarray(0, 21)));
  if (check.subarray(0, 4).some((byte, i) => byte !== bytes[21 + i]))
    return { chain: 'xrp', problem: 'XRP address checksum does not match' };
  return { chain: 'xrp', address, checksum: true };
}

/** TON: raw `<workchain>:<hex>` or user-friendly base64(url) of flags, workchain, hash, CRC16-XMODEM. */
function decodeTon(address: string): Outcome | undefined {
  const rawForm = /^(0|-1):([0-9a-fA-F]{64})$/.exec(address);
  if (rawForm)
    return { chain: 'ton', address: `${rawForm[1]}:${rawForm[2]!.toLowerCase()}`, checksum: false };
  if (!/^[EUk0][Qf][A-Za-z0-9_+/-]{46}$/.test(address)) return undefined;
  const bytes = base64url.decode(address.replace(/\+/g, '-').replace(/\//g, '_'));
  if (crc16(bytes.subarray(0, 34)) !== ((bytes[34]! << 8) | bytes[35]!))
    return { chain: 'ton', problem: 'TON address checksum does not match' };
  const flags = bytes[0]!;
  if (flags & 0x80) return { chain: 'ton', problem: 'TON testnet address: it holds no real funds' };
  if ((flags & 0x3f) !== 0x11 || (bytes[1] !== 0x00 && bytes[1] !== 0xff))
    return { chain: 'ton', problem: 'not a valid TON address' };
  const workchain = bytes[1] === 0xff ? -1 : 0;
  return { chain: 'ton', address: `${workchain}:${hex.encode(bytes.subarray(2, 34))}`, checksum: true };
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

/** Solana: a 32-byte ed25519 key in base58, no checksum (see the module comment). */
function decodeSolana(address: string, wanted: boolean): Outcome | undefined {
  if (address.length < 32 || address.length > 44 || !BASE58.test(address)) return undefined;
  if (base58.decode(address).length === 32) return { chain: 'sol', address, checksum: false, weak: true };
  return wanted
    ? { chain: 'sol', problem: 'not a valid Solana address (it must decode to 32 bytes)' }
    : undefined;
}

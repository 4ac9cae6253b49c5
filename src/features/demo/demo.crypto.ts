import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { bech32, createBase58check } from '@scure/base';
import type { Random } from './demo.random.js';

/**
 * Checksum-valid crypto addresses from random bytes: the importer verifies checksums, so a demo with
 * invalid addresses would only exercise the rejection path. None is a real wallet: 20 random bytes are not
 * anybody's key hash with any probability worth naming.
 */
export type DemoChain = 'tron' | 'evm' | 'btc';

const base58check = createBase58check(sha256);
const TRON_VERSION = 0x41;

/** TRON base58check address (`T…`, 34 characters), the network of USDT-TRC20 that scam payments favour. */
export function tronAddress(rng: Random): string {
  const payload = new Uint8Array(21);
  payload[0] = TRON_VERSION;
  payload.set(rng.bytes(20), 1);
  return base58check.encode(payload);
}

/** EVM address in EIP-55 mixed-case checksum form (https://eips.ethereum.org/EIPS/eip-55). */
export function evmAddress(rng: Random): string {
  return toEip55(bytesToHex(rng.bytes(20)));
}

export function toEip55(lowerHex: string): string {
  const hash = bytesToHex(keccak_256(utf8ToBytes(lowerHex)));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const ch = lowerHex[i]!;
    out += ch >= 'a' && Number.parseInt(hash[i]!, 16) >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}

/** Native SegWit v0 address (BIP 173 bech32): P2WPKH (20-byte program) or, rarely, P2WSH (32 bytes). */
export function btcAddress(rng: Random): string {
  const program = rng.bytes(rng.chance(0.9) ? 20 : 32);
  return bech32.encode('bc', [0, ...bech32.toWords(program)]);
}

export function cryptoAddress(chain: DemoChain, rng: Random): string {
  if (chain === 'tron') return tronAddress(rng);
  if (chain === 'evm') return evmAddress(rng);
  return btcAddress(rng);
}

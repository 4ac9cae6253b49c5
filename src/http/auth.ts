import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { FastifyRequest } from 'fastify';
import { JalaError } from '../domain/errors.js';

/**
 * Writes need the node's API token (RFC 6750 bearer token) until user accounts exist.
 * Compared as hashes in constant time so neither length nor content leaks through timing.
 */
export function requireApiToken(configured: string | undefined) {
  const expected = configured ? sha256(utf8ToBytes(configured)) : undefined;
  return async function apiToken(request: FastifyRequest): Promise<void> {
    if (!expected) {
      throw new JalaError('forbidden', 'writes are disabled on this node: set JALA_API_TOKEN to enable them');
    }
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new JalaError(
        'unauthenticated',
        'an API token is required: send "Authorization: Bearer <token>"',
      );
    if (!timingSafeEqual(sha256(utf8ToBytes(match[1]!)), expected)) {
      throw new JalaError('unauthenticated', 'the API token is not valid');
    }
  };
}

import { describe, expect, it } from 'vitest';
import { cachedCanonicalizer } from '../../src/domain/indicators/cache.js';
import { canonicalize } from '../../src/domain/indicators/index.js';

describe('cached canonicaliser', () => {
  it('answers exactly as canonicalize, per country and qualifier, and stays within its bound', () => {
    const cached = cachedCanonicalizer(3);
    const inputs = [
      [{ value: '0812-3456-7890' }, { country: 'ID' }],
      [{ value: '0812-3456-7890' }, { country: 'TH' }],
      [{ kind: 'bank_account', bank: 'BCA', value: '1234567890' }, { country: 'ID' }],
      [{ kind: 'bank_account', bank: 'BNI', value: '1234567890' }, { country: 'ID' }],
      [{ value: '0812-3456-7890' }, { country: 'ID' }],
    ] as const;
    for (const [raw, ctx] of [...inputs, ...inputs]) expect(cached(raw, ctx)).toEqual(canonicalize(raw, ctx));
  });
});

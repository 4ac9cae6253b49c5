import { describe, expect, it } from 'vitest';
import { canonicalize } from '../src/domain/indicators/index.js';

describe('canonicalize', () => {
  it('refuses an empty value with a reason', () => {
    expect(canonicalize({ value: '   ' })).toEqual({ ok: false, error: 'value is empty' });
  });
});

import fc from 'fast-check';
import { v5 as uuidv5, validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { indicatorId, JALA_NAMESPACE, reportId, uuidV5 } from '../../src/domain/ids.js';

describe('record ids', () => {
  it('are RFC 9562 UUIDv5, identical to the reference implementation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const id = uuidV5(name);
        expect(validate(id) && version(id)).toBe(5);
        expect(id).toBe(uuidv5(Buffer.from(name, 'utf8'), JALA_NAMESPACE));
      }),
    );
  });

  it('give one indicator one id everywhere, and different things different ids', () => {
    expect(indicatorId('phone', '+6281234567890')).toBe(indicatorId('phone', '+6281234567890'));
    expect(indicatorId('phone', '+6281234567890')).not.toBe(indicatorId('ewallet', '+6281234567890'));
    expect(reportId('org-a', 'R1')).not.toBe(reportId('org-b', 'R1'));
  });
});

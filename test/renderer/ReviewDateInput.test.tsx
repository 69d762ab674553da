import { describe, expect, it } from 'vitest';
import { inTwelveMonths } from '../../renderer/src/components/ReviewDateInput/ReviewDateInput';

describe('inTwelveMonths: the proposed review date', () => {
  it('is the same day a year later', () => {
    expect(inTwelveMonths(new Date('2026-12-02T10:00:00Z'))).toBe('2027-12-02');
    expect(inTwelveMonths(new Date('2026-01-31T23:59:00Z'))).toBe('2027-01-31');
  });
  it('keeps 29 February in February (28th) when the next year has no 29th', () => {
    expect(inTwelveMonths(new Date('2028-02-29T08:00:00Z'))).toBe('2029-02-28');
  });
});

import { describe, expect, it } from 'vitest';
import {
  CASE_NUMBER_PATTERN,
  formatCaseNumber,
  parseCaseNumber,
  typedCaseNumber,
} from '../../core/case-number';

describe('formatCaseNumber', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCaseNumber(2026, 1)).toBe('SD-2026-000001');
    expect(formatCaseNumber(2026, 123)).toBe('SD-2026-000123');
    expect(formatCaseNumber(2027, 999_999)).toBe('SD-2027-999999');
  });

  it('grows past six digits instead of truncating', () => {
    expect(formatCaseNumber(2026, 1_000_000)).toBe('SD-2026-1000000');
  });

  it('matches CASE_NUMBER_PATTERN', () => {
    for (const n of [1, 42, 999_999, 1_234_567])
      expect(formatCaseNumber(2026, n)).toMatch(CASE_NUMBER_PATTERN);
    expect('SD-26-000001').not.toMatch(CASE_NUMBER_PATTERN);
    expect('SD-2026-1').not.toMatch(CASE_NUMBER_PATTERN);
  });
});

describe('parseCaseNumber', () => {
  it('reads the year and sequence back from a formatted number', () => {
    expect(parseCaseNumber(formatCaseNumber(2026, 123))).toEqual({ year: 2026, sequence: 123 });
    expect(parseCaseNumber(formatCaseNumber(2027, 1_234_567))).toEqual({ year: 2027, sequence: 1_234_567 });
  });

  it('refuses anything that is not a case number', () => {
    for (const text of ['SD-26-000001', 'SD-2026-1', 'sd-2026-000001', 'XX-2026-000001', ' SD-2026-000001']) {
      expect(parseCaseNumber(text)).toBeNull();
    }
  });
});

describe('typedCaseNumber', () => {
  it('takes a number in any letter case, in its stored form', () => {
    expect(typedCaseNumber('sd-2026-000123')).toBe('SD-2026-000123');
    expect(typedCaseNumber('SD-2026-000123')).toBe('SD-2026-000123');
  });

  it('is null for other text', () => {
    expect(typedCaseNumber('SD-2026-12')).toBeNull();
    expect(typedCaseNumber('VPN 断线')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  CASE_NUMBER_PATTERN,
  formatCaseNumber,
  parseCaseNumber,
  typedCaseNumber,
  workstationCodeOf,
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
    expect(parseCaseNumber(formatCaseNumber(2026, 123))).toEqual({
      year: 2026,
      sequence: 123,
      workstationCode: null,
    });
    expect(parseCaseNumber(formatCaseNumber(2027, 1_234_567))).toEqual({
      year: 2027,
      sequence: 1_234_567,
      workstationCode: null,
    });
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

describe('workstation codes', () => {
  it('go between year and sequence, and read back', () => {
    expect(formatCaseNumber(2026, 7, 'AB')).toBe('SD-2026-AB-000007');
    expect(parseCaseNumber('SD-2026-AB-000007')).toEqual({ year: 2026, sequence: 7, workstationCode: 'AB' });
    expect(typedCaseNumber('sd-2026-ab-000007')).toBe('SD-2026-AB-000007');
    expect(parseCaseNumber('SD-2026-A1-000007')).toBeNull();
  });

  it('are two letters for the first 576 workstations, distinct, then grow', () => {
    const codes = Array.from({ length: 600 }, (_, i) => workstationCodeOf(i + 1));
    expect(codes.slice(0, 3)).toEqual(['AA', 'AB', 'AC']);
    expect(new Set(codes).size).toBe(600);
    expect(codes[575]).toBe('ZZ');
    expect(codes[576]).toHaveLength(3);
    for (const code of codes) expect(formatCaseNumber(2026, 1, code)).toMatch(CASE_NUMBER_PATTERN);
  });
});

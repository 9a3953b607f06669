// The human case number, `SD-2026-000123`: for people, never for joins. One sequence per calendar year,
// padded to six digits and growing past them rather than wrapping.
const PREFIX = 'SD';
const MIN_DIGITS = 6;

export const CASE_NUMBER_PATTERN = new RegExp(`^${PREFIX}-(\\d{4})-(\\d{${MIN_DIGITS},})$`);

export function formatCaseNumber(year: number, sequence: number): string {
  return `${PREFIX}-${year}-${String(sequence).padStart(MIN_DIGITS, '0')}`;
}

/** The year and sequence of a well-formed case number, or null for anything else. */
export function parseCaseNumber(text: string): { year: number; sequence: number } | null {
  const match = CASE_NUMBER_PATTERN.exec(text);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}

/** A case number as someone may type it (in any letter case), in its stored form; else null. */
export function typedCaseNumber(text: string): string | null {
  const upper = text.toUpperCase();
  return CASE_NUMBER_PATTERN.test(upper) ? upper : null;
}

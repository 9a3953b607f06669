// The human case number, `SD-2026-000123`: for people, never for joins. One sequence per calendar year,
// padded to six digits and growing past them rather than wrapping. A workstation that has joined a desk
// puts its code between year and sequence (`SD-2026-AB-000123`): each keeps its own sequence, so numbers
// minted offline on two workstations at once never collide, and no number changes once shown.
const PREFIX = 'SD';
const MIN_DIGITS = 6;
/** Letters that cannot be misread as digits. */
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_MIN_LENGTH = 2;

export const CASE_NUMBER_PATTERN = new RegExp(
  `^${PREFIX}-(\\d{4})-(?:([${CODE_LETTERS}]{${CODE_MIN_LENGTH},})-)?(\\d{${MIN_DIGITS},})$`,
);

export function formatCaseNumber(year: number, sequence: number, workstationCode?: string | null): string {
  const code = workstationCode ? `${workstationCode}-` : '';
  return `${PREFIX}-${year}-${code}${String(sequence).padStart(MIN_DIGITS, '0')}`;
}

/** The year and sequence of a well-formed case number, or null for anything else. */
export function parseCaseNumber(
  text: string,
): { year: number; sequence: number; workstationCode: string | null } | null {
  const match = CASE_NUMBER_PATTERN.exec(text);
  return match
    ? { year: Number(match[1]), sequence: Number(match[3]), workstationCode: match[2] ?? null }
    : null;
}

/** A case number as someone may type it (in any letter case), in its stored form; else null. */
export function typedCaseNumber(text: string): string | null {
  const upper = text.toUpperCase();
  return CASE_NUMBER_PATTERN.test(upper) ? upper : null;
}

/** The code of the desk's n-th workstation (1, 2, …): AA, AB, …, ZZ, then three letters. */
export function workstationCodeOf(n: number): string {
  let rest = n - 1;
  let code = '';
  do {
    code = CODE_LETTERS[rest % CODE_LETTERS.length]! + code;
    rest = Math.floor(rest / CODE_LETTERS.length);
  } while (rest > 0);
  return code.padStart(CODE_MIN_LENGTH, CODE_LETTERS[0]);
}

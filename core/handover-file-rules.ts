// What an imported handover file may claim. The file comes from another workstation, or from anyone who
// can write JSON: its checksum only proves it was not damaged on the way (anyone can recompute it), so every
// value is checked against what a real export could hold before anything is written. Pure.
import { eventPayloadProblem } from './case-event-payloads';
import { parseCaseNumber } from './case-number';
import type { HandoverFile } from './handover-file';

/** How far ahead of this workstation's clock another workstation's clock may run. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** No ShiftDesk file holds anything older. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** A year's case numbers: far past any desk, far short of where an integer stops being exact. */
export const MAX_CASE_SEQUENCE = 99_999_999;
/** Nesting of a real file: file, cases, a case, its links, a link, and payloads a few levels deep. */
export const HANDOVER_FILE_BOUNDS = {
  maxDepth: 12,
  maxNodes: 20_000_000,
  maxAbsNumber: Number.MAX_SAFE_INTEGER,
} as const;

/** One reason a file is refused: an i18n key under `handover.file.` and an English detail for the log. */
export interface FileProblem {
  key: 'outOfRange' | 'caseNumber' | 'missingCreated' | 'eventOrder' | 'eventShape';
  detail: string;
}

/** Every problem found; an import refuses a file with any, before writing anything. */
export function fileTrustProblems(file: HandoverFile, now: number): FileProblem[] {
  const problems: FileProblem[] = [];
  const latest = now + CLOCK_SKEW_MS;
  const inRange = (t: number, what: string, earliest = EARLIEST_TIME) => {
    if (t < earliest || t > latest) {
      problems.push({ key: 'outOfRange', detail: `${what}: time ${t} outside ${earliest}..${latest}` });
    }
  };

  inRange(file.exportedAt, 'file exported');
  for (const c of file.customers) {
    inRange(c.createdAt, `customer ${c.id} created`);
    inRange(c.updatedAt, `customer ${c.id} updated`, c.createdAt);
  }
  for (const c of file.contacts) inRange(c.createdAt, `contact ${c.id} created`);

  const created = new Map<string, number>();
  for (const c of file.cases) {
    inRange(c.createdAt, `case ${c.id} created`);
    inRange(c.updatedAt, `case ${c.id} updated`, c.createdAt);
    for (const l of c.links) inRange(l.createdAt, `case ${c.id} link created`, EARLIEST_TIME);
    const n = parseCaseNumber(c.number);
    if (!n || n.sequence < 1 || n.sequence > MAX_CASE_SEQUENCE || n.year < 2000 || n.year > 2999) {
      problems.push({ key: 'caseNumber', detail: `case ${c.id}: number ${c.number.slice(0, 40)}` });
    }
    created.set(c.id, c.createdAt);
  }

  const createdEvents = new Map<string, number>();
  for (const e of file.events) {
    const caseCreated = created.get(e.caseId);
    if (caseCreated === undefined) continue; // fileReferenceProblems reports it
    if (e.at < caseCreated) {
      problems.push({ key: 'eventOrder', detail: `event ${e.id}: dated before its case was created` });
    }
    inRange(e.at, `event ${e.id}`);
    const shape = eventPayloadProblem(e.kind, e.payload);
    if (shape) problems.push({ key: 'eventShape', detail: `event ${e.id}: ${shape}` });
    if (e.kind === 'created') createdEvents.set(e.caseId, (createdEvents.get(e.caseId) ?? 0) + 1);
  }
  for (const c of file.cases) {
    if (createdEvents.get(c.id) !== 1) {
      problems.push({ key: 'missingCreated', detail: `case ${c.id}: not exactly one created event` });
    }
  }

  const h = file.handover;
  inRange(h.createdAt, 'handover created');
  if (h.acknowledgedAt !== null) inRange(h.acknowledgedAt, 'handover acknowledged', h.createdAt);
  inRange(h.document.composedAt, 'handover composed');
  for (const e of h.events) {
    if (e.at < h.createdAt) {
      problems.push({ key: 'eventOrder', detail: `handover event ${e.id}: dated before the handover` });
    }
    inRange(e.at, `handover event ${e.id}`);
  }
  return problems;
}

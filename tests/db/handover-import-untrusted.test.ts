import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../core/errors';
import { checksumPayload, type HandoverFile, type HandoverImportOutcome } from '../../core/handover-file';
import { uuidv7 } from '../../db/ids';
import { provenanceOf } from '../../db/queries/import-provenance';
import { addNote } from '../../electron/services/case-events';
import { caseDetail } from '../../electron/services/cases';
import { exportHandoverFile, sha256 } from '../../electron/services/handover-transfer';
import { count, handedOverDesk, MIN, nextCaseNumber, openTestDesk, type TestDesk } from './handover-support';

const open = openTestDesk;

const TABLES = ['agents', 'customers', 'contacts', 'cases', 'case_events', 'case_tags', 'handovers'];
const snapshot = (d: TestDesk) => ({
  counts: TABLES.map((t) => count(d.ctx, t)),
  cases: d.ctx.db.prepare('SELECT * FROM cases ORDER BY id').all(),
  counters: d.ctx.db.prepare('SELECT * FROM case_counters ORDER BY year').all(),
});

/** Workstation 1's handover file, parsed so that a test can alter it and seal it again. */
function exported() {
  const { handover, ...desk } = handedOverDesk('已远程协助');
  const text = exportHandoverFile(desk.src.ctx, { id: handover.id }).text;
  return { ...desk, text, file: JSON.parse(text) as HandoverFile };
}

/** The file as someone who knows the format would write it: altered, then sealed again. */
function reseal(file: HandoverFile): string {
  const { checksum: _old, ...rest } = file;
  return JSON.stringify({ ...rest, checksum: sha256(checksumPayload(rest)) });
}

function importInto(d: TestDesk, text: string, fileName?: string) {
  return d.desk.dispatch('handover.importFile', { text, ...(fileName ? { fileName } : {}) });
}
function refusal(d: TestDesk, text: string): ApiError {
  const result = importInto(d, text);
  if (result.ok) throw new Error('the file was imported');
  return result.error;
}
const imported = (d: TestDesk, text: string, fileName?: string) => {
  const result = importInto(d, text, fileName);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as HandoverImportOutcome;
};

describe('a resealed handover file', () => {
  it('never rewrites a case this workstation has: the values here stay, and the agent is told', () => {
    const { src, text, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    imported(dst, text);
    const before = caseDetail(dst.ctx, { id: a.id });

    const forged = structuredClone(file);
    const row = forged.cases.find((c) => c.id === a.id)!;
    Object.assign(row, {
      title: '已解决，无需跟进',
      status: 'closed',
      severity: 'C',
      updatedAt: row.updatedAt + 1,
    });
    const outcome = imported(dst, reseal(forged));

    const after = caseDetail(dst.ctx, { id: a.id });
    expect(after).toEqual(before);
    expect(outcome.cases).toMatchObject({ added: 0, updated: 0 });
    expect(outcome.differing).toEqual([
      { caseId: a.id, number: a.number, fields: ['title', 'severity', 'status'] },
    ]);
  });

  it('cannot move a case’s update time into the future', () => {
    const { src, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const before = snapshot(dst);
    const forged = structuredClone(file);
    forged.cases.find((c) => c.id === a.id)!.updatedAt = Date.UTC(2036, 0, 1);
    const error = refusal(dst, reseal(forged));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'file', message: 'handover.file.outOfRange' }],
    });
    expect(snapshot(dst)).toEqual(before);
  });

  it('cannot add events dated 1970, or before their case, or in the future', () => {
    const { src, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const localLead = dst.ctx.agentId;
    const before = snapshot(dst);
    const withEvent = (at: number) => {
      const forged = structuredClone(file);
      forged.agents.push({ id: localLead, name: '值班坐席' });
      forged.events.push({
        id: uuidv7(at > 0 ? at : 1),
        caseId: a.id,
        agentId: localLead,
        at,
        kind: 'note',
        payload: { body: '客户同意关闭' },
      });
      return reseal(forged);
    };
    const reasons = [0, a.createdAt - 1, src.clock.now + 24 * 60 * MIN].map(
      (at) => refusal(dst, withEvent(at)).issues?.[0]?.message,
    );
    expect(reasons).toEqual([
      'handover.file.eventOrder',
      'handover.file.eventOrder',
      'handover.file.outOfRange',
    ]);
    expect(snapshot(dst)).toEqual(before);
  });

  it('cannot date an event before the case as this workstation knows it', () => {
    const { src, text, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    imported(dst, text);
    const before = snapshot(dst);
    const forged = structuredClone(file);
    const row = forged.cases.find((c) => c.id === a.id)!;
    row.createdAt -= 60 * MIN;
    forged.events.push({
      id: uuidv7(row.createdAt),
      caseId: a.id,
      agentId: file.exportedBy.id,
      at: row.createdAt,
      kind: 'note',
      payload: { body: '补记' },
    });
    expect(refusal(dst, reseal(forged)).issues?.[0]?.message).toBe('handover.file.eventOrder');
    expect(snapshot(dst)).toEqual(before);
  });

  it('cannot push the year’s case counter past what an integer holds, and creation goes on', () => {
    const { src, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const before = snapshot(dst);
    const forged = structuredClone(file);
    forged.cases.find((c) => c.id === a.id)!.number = 'SD-2026-9007199254740991';
    expect(refusal(dst, reseal(forged)).issues?.[0]?.message).toBe('handover.file.caseNumber');
    expect(snapshot(dst)).toEqual(before);
    expect(nextCaseNumber(dst.ctx)).toMatch(/^SD-2026-000001$/);
  });

  it('refuses an event of a kind the timeline does not know, or with a payload its kind never has', () => {
    const { src, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const withEvent = (kind: string, payload: Record<string, unknown>) => {
      const forged = structuredClone(file);
      forged.events.push({
        id: uuidv7(src.clock.now),
        caseId: a.id,
        agentId: file.exportedBy.id,
        at: src.clock.now,
        kind,
        payload,
      });
      return reseal(forged);
    };
    expect(refusal(dst, withEvent('case_deleted', {})).issues?.[0]?.message).toBe('handover.file.eventShape');
    expect(
      refusal(dst, withEvent('status_changed', { from: 'new', to: 'erased' })).issues?.[0]?.message,
    ).toBe('handover.file.eventShape');
    expect(count(dst.ctx, 'cases')).toBe(0);
  });

  it('refuses a case without its created event', () => {
    const { src, file, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const forged = structuredClone(file);
    forged.events = forged.events.filter((e) => !(e.caseId === a.id && e.kind === 'created'));
    expect(refusal(dst, reseal(forged)).issues?.[0]?.message).toBe('handover.file.missingCreated');
    expect(count(dst.ctx, 'cases')).toBe(0);
  });

  it('refuses a number past what an integer holds, and a payload nested 1,000 deep', () => {
    const { src, file } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const big = structuredClone(file);
    big.events[0]!.payload = { minutes: 1e20 };
    expect(refusal(dst, reseal(big))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ message: 'handover.file.outOfRange' }],
    });
    const deep = structuredClone(file);
    let nested: Record<string, unknown> = { body: 'x' };
    for (let i = 0; i < 1_000; i += 1) nested = { inner: nested };
    deep.events[0]!.payload = nested;
    expect(refusal(dst, reseal(deep))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ message: 'handover.file.tooDeep' }],
    });
    expect(count(dst.ctx, 'cases')).toBe(0);
  });
});

describe('what an import adds', () => {
  it('marks every row it adds with the file, who exported it and who imported it, and when', () => {
    const { src, text, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    const outcome = imported(dst, text, 'shiftdesk-handover-20261124-0930.json');
    const note = caseDetail(dst.ctx, { id: a.id }).events.find((e) => e.kind === 'note')!;
    expect(provenanceOf(dst.ctx.db, 'case_events', note.id)).toMatchObject({
      id: outcome.importId,
      fileName: 'shiftdesk-handover-20261124-0930.json',
      exportedById: src.ctx.agentId,
      importedBy: dst.ctx.agentId,
      importedAt: dst.clock.now,
    });
    expect(provenanceOf(dst.ctx.db, 'cases', a.id)?.id).toBe(outcome.importId);
    // The case page shows it with the event.
    expect(note.imported).toMatchObject({
      importId: outcome.importId,
      fileName: 'shiftdesk-handover-20261124-0930.json',
    });
    // What this workstation writes itself has no such mark.
    dst.clock.now += MIN;
    addNote(dst.ctx, { caseId: a.id, body: '本机记录' });
    const mine = caseDetail(dst.ctx, { id: a.id }).events.at(-1)!;
    expect(provenanceOf(dst.ctx.db, 'case_events', mine.id)).toBeUndefined();
    expect('imported' in mine).toBe(false);
  });

  it('appends a later export’s new events to a known case, marked, and leaves the case row alone', () => {
    const { src, text, a } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    imported(dst, text);
    src.clock.now += MIN;
    addNote(src.ctx, { caseId: a.id, body: '第二次致电客户' });
    dst.clock.now = src.clock.now + MIN;
    const rowBefore = dst.ctx.db.prepare('SELECT title, status, severity FROM cases WHERE id = ?').get(a.id);
    const handoverId = (JSON.parse(text) as HandoverFile).handover.id;
    const outcome = imported(dst, exportHandoverFile(src.ctx, { id: handoverId }).text);
    expect(outcome.events.added).toBe(1);
    expect(outcome.cases).toMatchObject({ added: 0, updated: 1 });
    const note = caseDetail(dst.ctx, { id: a.id }).events.at(-1)!;
    expect(note).toMatchObject({ kind: 'note', payload: { body: '第二次致电客户' } });
    expect(provenanceOf(dst.ctx.db, 'case_events', note.id)?.id).toBe(outcome.importId);
    expect(dst.ctx.db.prepare('SELECT title, status, severity FROM cases WHERE id = ?').get(a.id)).toEqual(
      rowBefore,
    );
  });

  it('leaves no trace when a file brings nothing new', () => {
    const { src, text } = exported();
    const dst = open(src.clock.now + 10 * MIN);
    imported(dst, text);
    const imports = count(dst.ctx, 'imports');
    expect(imported(dst, text).importId).toBeNull();
    expect(count(dst.ctx, 'imports')).toBe(imports);
  });
});

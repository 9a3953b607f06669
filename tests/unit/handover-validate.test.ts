import { describe, expect, it } from 'vitest';
import type { HandoverDocument } from '../../core/handover';
import { composeHandover } from '../../core/handover-compose';
import { needsContingency, sectionOf, validateHandover } from '../../core/handover-rules';
import { CASES, clocksOf, completed, HOUR, NOW, plan } from './handover-fixture';

const base = () => completed(composeHandover({ cases: CASES, clocks: clocksOf(), previous: null, now: NOW }));
const withItem = (
  doc: HandoverDocument,
  caseId: string,
  over: Partial<HandoverDocument['items'][number]>,
) => ({
  ...doc,
  items: doc.items.map((i) => (i.caseId === caseId ? { ...i, ...over } : i)),
});
const messages = (doc: HandoverDocument, now = NOW) =>
  validateHandover(doc, now).map((i) => `${i.path} ${i.message}`);

describe('completeness of a handover', () => {
  it('accepts a handover with every section filled in', () => {
    expect(validateHandover(base(), NOW)).toEqual([]);
  });

  it('wants a next action, an owner and a deadline still ahead for every case', () => {
    const doc = withItem(
      withItem(base(), 'c-login', { nextAction: '  ', owner: null, deadline: null }),
      'c-teams',
      {
        deadline: NOW,
      },
    );
    expect(messages(doc)).toEqual([
      'items.c-teams.deadline handover.issues.deadlinePassed',
      'items.c-login.nextAction handover.issues.nextActionRequired',
      'items.c-login.owner handover.issues.ownerRequired',
      'items.c-login.deadline handover.issues.deadlineRequired',
    ]);
  });

  it('wants an if/then fallback for severity A, breached cases and those due before their deadline', () => {
    const none = { contingencyIf: '', contingencyThen: '' };
    let doc = base();
    for (const id of ['c-mail-a', 'c-teams', 'c-login']) doc = withItem(doc, id, none);
    // c-teams (B) is due at +3h50: a deadline at +1h leaves time; one at +4h does not.
    doc = withItem(doc, 'c-login', { deadline: NOW + HOUR });
    expect(messages(doc)).toEqual(['items.c-mail-a.contingency handover.issues.contingencyRequired']);
    doc = withItem(doc, 'c-teams', { deadline: NOW + 4 * HOUR });
    expect(messages(doc)).toContain('items.c-teams.contingency handover.issues.contingencyRequired');

    const breachedC = { severity: 'C' as const, breached: true, dueAt: null, deadline: NOW + HOUR };
    expect(needsContingency(breachedC)).toBe(true);
    expect(needsContingency({ ...breachedC, breached: false })).toBe(false);
    expect(
      needsContingency({ severity: 'B', breached: false, dueAt: NOW + HOUR, deadline: NOW + HOUR }),
    ).toBe(true);
    expect(needsContingency({ severity: 'B', breached: false, dueAt: NOW + HOUR, deadline: null })).toBe(
      false,
    );
  });

  it('refuses half a fallback, whether or not one is needed', () => {
    const doc = withItem(withItem(base(), 'c-login', { contingencyThen: '' }), 'c-outage', {
      contingencyIf: ' ',
    });
    expect(messages(doc)).toEqual([
      'items.c-outage.contingency handover.issues.contingencyHalf',
      'items.c-login.contingency handover.issues.contingencyHalf',
    ]);
  });

  it('takes an explicit "none" for the cases section only when nothing is open', () => {
    const empty = { ...base(), items: [] };
    expect(messages(empty)).toEqual(['cases handover.issues.sectionEmpty']);
    expect(messages({ ...empty, casesNone: true })).toEqual([]);
    expect(messages({ ...base(), casesNone: true })).toEqual(['cases handover.issues.noneButOpenCases']);
  });

  it('needs watch items or an explicit none, never both, and no empty item', () => {
    const doc = base();
    expect(messages({ ...doc, watch: [] })).toEqual(['watch handover.issues.sectionEmpty']);
    expect(messages({ ...doc, watch: [], watchNone: true })).toEqual([]);
    expect(messages({ ...doc, watchNone: true })).toEqual(['watch handover.issues.noneButContent']);
    const blank = { id: 'w-2', text: '   ', carriedFrom: null };
    expect(messages({ ...doc, watch: [...doc.watch, blank] })).toEqual([
      'watch.w-2 handover.issues.watchEmpty',
    ]);
    // "None" with only a blank line left over is still a contradiction-free "none", but the blank line is flagged.
    expect(messages({ ...doc, watch: [blank], watchNone: true })).toEqual([
      'watch.w-2 handover.issues.watchEmpty',
    ]);
  });

  it('needs notes or an explicit none, never both; blank notes are no notes', () => {
    const doc = base();
    expect(messages({ ...doc, notes: ' \n ' })).toEqual(['notes handover.issues.sectionEmpty']);
    expect(messages({ ...doc, notes: '', notesNone: true })).toEqual([]);
    expect(messages({ ...doc, notesNone: true })).toEqual(['notes handover.issues.noneButContent']);
  });

  it('judges deadlines against the time it is given', () => {
    const doc = withItem(base(), 'c-login', plan({ deadline: NOW + HOUR }));
    expect(messages(doc, NOW + HOUR - 1)).toEqual([]);
    expect(messages(doc, NOW + HOUR)).toContain('items.c-login.deadline handover.issues.deadlinePassed');
  });

  it('names the section each issue belongs to', () => {
    expect(sectionOf('items.c-1.owner')).toBe('cases');
    expect(sectionOf('cases')).toBe('cases');
    expect(sectionOf('watch.w-1')).toBe('watch');
    expect(sectionOf('watch')).toBe('watch');
    expect(sectionOf('notes')).toBe('notes');
  });
});

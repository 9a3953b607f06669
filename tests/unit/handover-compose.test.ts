import { describe, expect, it } from 'vitest';
import type { HandoverItem } from '../../core/handover';
import {
  AT_RISK_MS,
  compareItems,
  composeHandover,
  handoverSearchText,
  itemClock,
} from '../../core/handover-compose';
import { CASES, clocksOf, HOUR, LEAD, ME, MIN, NOW, plan, previous } from './handover-fixture';

const compose = (over: Partial<Parameters<typeof composeHandover>[0]> = {}) =>
  composeHandover({ cases: CASES, clocks: clocksOf(), previous: null, now: NOW, ...over });

describe('composing a handover from the log', () => {
  it('orders by severity, then time to breach: breached first, running by due time, paused by time left', () => {
    expect(compose().items.map((i) => i.caseId)).toEqual([
      'c-outage', // A, first response breached an hour ago
      'c-mail-a', // A, due in an hour
      'c-vpn', // A, paused (waiting on the customer), an hour of active time left
      'c-teams', // B, running, due in 3 h 50
      'c-billing', // B, paused while waiting on 21Vianet
      'c-login', // C, running
      'c-license', // C, paused
    ]);
  });

  it('does not depend on the order the cases come in', () => {
    const shuffled = [...CASES].reverse();
    const a = compose().items.map((i) => i.caseId);
    expect(compose({ cases: shuffled }).items.map((i) => i.caseId)).toEqual(a);
  });

  it('carries the clocks that matter into each item', () => {
    const byId = new Map(compose().items.map((i) => [i.caseId, i]));
    expect(byId.get('c-outage')).toMatchObject({
      breached: true,
      dueWhich: 'firstResponse',
      dueAt: NOW - HOUR,
      paused: false,
    });
    expect(byId.get('c-mail-a')).toMatchObject({ breached: false, dueAt: NOW + HOUR, remainingMs: HOUR });
    expect(byId.get('c-billing')).toMatchObject({
      paused: true,
      dueAt: null,
      dueWhich: null,
      remainingMs: 180 * MIN,
      requestNumber: '2611240010001234',
      waitingOn21vSince: NOW - HOUR,
    });
  });

  it('puts a case with no clock at all after those with one, numbers breaking ties', () => {
    const bare = { ...CASES[0]!, caseId: 'c-bare', number: 'SD-2026-000000' };
    const twin = { ...CASES[0]!, caseId: 'c-twin', number: 'SD-2026-000099' };
    const clocks = clocksOf();
    clocks.set('c-twin', clocks.get('c-login')!);
    const ids = compose({ cases: [...CASES, twin, bare], clocks }).items.map((i) => i.caseId);
    expect(ids.slice(-4)).toEqual(['c-login', 'c-twin', 'c-license', 'c-bare']);
    expect(itemClock(undefined)).toEqual({
      dueWhich: null,
      dueAt: null,
      remainingMs: null,
      paused: false,
      breached: false,
    });
  });

  it('summarizes severities, breaches, clocks at risk and requests waiting on 21Vianet', () => {
    expect(compose().summary).toEqual({
      total: 7,
      bySeverity: { A: 3, B: 2, C: 2 },
      breached: 1,
      atRisk: 1,
      waitingOn21v: 1,
    });
    // Two hours on, c-teams (due at +3h50) is within the warning horizon too; c-mail-a has breached.
    const later = NOW + 2 * HOUR;
    const summary = compose({ clocks: clocksOf(later), now: later }).summary;
    expect(summary).toMatchObject({ breached: 2, atRisk: 1 });
    expect(AT_RISK_MS).toBe(2 * HOUR);
  });

  it('starts every section empty and undecided, with the case owner as the default owner', () => {
    const doc = compose();
    expect(doc).toMatchObject({ casesNone: false, watch: [], watchNone: false, notes: '', notesNone: false });
    expect(doc.previousId).toBeNull();
    const login = doc.items.find((i) => i.caseId === 'c-login')!;
    expect(login).toMatchObject({ owner: ME, nextAction: '', deadline: null, carried: false });
    expect(doc.items.find((i) => i.caseId === 'c-mail-a')!.owner).toBeNull();
  });

  it('carries over the previous plans for cases still open, and its watch items', () => {
    const carried = plan({ nextAction: '等待客户提供日志', owner: LEAD });
    const doc = compose({
      previous: previous(
        [
          ['c-vpn', carried],
          ['c-closed-meanwhile', plan()],
        ],
        [
          { id: 'w-new', text: '留意 Azure 中国北部 2 区维护', carriedFrom: null },
          { id: 'w-old', text: '续订提醒', carriedFrom: 'h-earliest' },
        ],
      ),
    });
    expect(doc.previousId).toBe('h-previous');
    expect(doc.items.find((i) => i.caseId === 'c-vpn')).toMatchObject({ ...carried, carried: true });
    expect(doc.items.filter((i) => i.carried)).toHaveLength(1);
    expect(doc.items.map((i) => i.caseId)).not.toContain('c-closed-meanwhile');
    expect(doc.watch).toEqual([
      { id: 'w-new', text: '留意 Azure 中国北部 2 区维护', carriedFrom: 'h-previous' },
      { id: 'w-old', text: '续订提醒', carriedFrom: 'h-earliest' },
    ]);
    expect(doc.notes).toBe('');
  });

  it('handles an empty desk', () => {
    const doc = compose({ cases: [], clocks: new Map() });
    expect(doc.items).toEqual([]);
    expect(doc.summary.total).toBe(0);
  });

  it('compareItems is a consistent order (antisymmetric, total)', () => {
    const items = compose().items;
    for (const a of items) {
      expect(compareItems(a, a)).toBe(0);
      for (const b of items)
        if (a !== b) expect(Math.sign(compareItems(a, b))).toBe(-Math.sign(compareItems(b, a)));
    }
  });

  it('indexes what an agent would search the history for', () => {
    const doc = compose();
    const items: HandoverItem[] = doc.items.map((i) => ({
      ...i,
      ...plan({ nextAction: `跟进 ${i.number}` }),
    }));
    const text = handoverSearchText(
      { ...doc, items, watch: [{ id: 'w', text: '证书到期', carriedFrom: null }], notes: '交接备注' },
      '李娜',
    );
    for (const part of [
      '李娜',
      'SD-2026-000004',
      '2611240010001234',
      '跟进 SD-2026-000001',
      '证书到期',
      '交接备注',
      '王强',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('则升级给值班主管');
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeSla,
  DEFAULT_SLA_POLICY as P,
  hasDueWork,
  isOverdue,
  nextCheckAt,
  slaStateOf,
  type SlaEvent,
} from '../../core/sla';
import { alertMessage } from '../../core/alert-notifications';
import type { SlaAlert } from '../../core/sla-alerts';
import { policyFrom, slaPolicySchema } from '../../core/sla-settings';
import { translate } from '../../core/i18n/translate';

const T0 = Date.UTC(2026, 10, 24, 1, 0);
const min = (n: number) => T0 + n * 60_000;
const created: SlaEvent = { at: T0, kind: 'created', severity: 'A' };

describe('what the clocks say about their cycle and the case', () => {
  it('names each clock’s cycle by when it started', () => {
    const c = computeSla(
      [created, { at: min(10), kind: 'touch' }, { at: min(50), kind: 'touch' }],
      P,
      min(60),
    );
    expect(c.firstResponse.startedAt).toBe(T0);
    expect(c.resolution.startedAt).toBe(T0);
    expect(c.nextUpdate!.startedAt).toBe(min(50));
    expect(c.severity).toBe('A');
    expect(c.done).toBe(false);
  });

  it('sorts a case into running, paused, breached or done', () => {
    expect(slaStateOf(computeSla([created], P, min(10)))).toBe('running');
    const waiting: SlaEvent = { at: min(10), kind: 'status', to: 'waiting_customer' };
    expect(slaStateOf(computeSla([created, waiting], P, min(20)))).toBe('paused');
    // Overdue, then paused: still breached, with no due time.
    const late: SlaEvent = { at: min(130), kind: 'status', to: 'waiting_customer' };
    const pausedLate = computeSla([created, late], P, min(140));
    expect(slaStateOf(pausedLate)).toBe('breached');
    expect(isOverdue(pausedLate.firstResponse)).toBe(true);
    // Answered late: the clock is breached but finished, so nothing is overdue any more.
    const answered = computeSla([created, { at: min(130), kind: 'touch' }], P, min(140));
    expect(answered.firstResponse.state).toBe('breached');
    expect(isOverdue(answered.firstResponse)).toBe(false);
    expect(slaStateOf(answered)).toBe('running');
    const resolved = computeSla([created, { at: min(5), kind: 'status', to: 'resolved' }], P, min(6));
    expect(slaStateOf(resolved)).toBe('done');
  });
});

describe('when the watch next has work', () => {
  const W = [60, 30, 10];
  it('is the next warning offset or due time of a running clock', () => {
    const c = computeSla([created], P, min(10));
    // First response due at 120: warnings at 60, 90, 110; resolution at 24 h.
    expect(nextCheckAt(c, W, min(10))).toBe(min(60));
    expect(nextCheckAt(computeSla([created], P, min(60)), W, min(60))).toBe(min(90));
    expect(nextCheckAt(computeSla([created], P, min(111)), W, min(111))).toBe(min(120));
    // Overdue: the next thing is the resolution's first warning.
    expect(nextCheckAt(computeSla([created], P, min(121)), W, min(121))).toBe(min(24 * 60 - 60));
    expect(hasDueWork(computeSla([created], P, min(59)), W, min(59))).toBe(false);
    expect(hasDueWork(computeSla([created], P, min(61)), W, min(61))).toBe(true);
    expect(hasDueWork(computeSla([created], P, min(125)), W, min(125))).toBe(true);
  });

  it('is never while the clocks stand still', () => {
    const paused = computeSla([created, { at: min(5), kind: 'status', to: 'waiting_customer' }], P, min(6));
    expect(nextCheckAt(paused, W, min(6))).toBeNull();
    const done = computeSla([created, { at: min(5), kind: 'status', to: 'resolved' }], P, min(6));
    expect(nextCheckAt(done, W, min(6))).toBeNull();
  });
});

describe('the SLA policy setting', () => {
  it('reads a stored policy back, and anything invalid as the defaults', () => {
    const mine = { ...P, pauseOn21v: false, warnBeforeMin: [45, 15] };
    expect(policyFrom(mine)).toEqual(mine);
    expect(policyFrom(undefined)).toEqual(P);
    expect(policyFrom({ targets: {} })).toEqual(P);
    expect(policyFrom({ ...P, warnBeforeMin: [0] })).toEqual(P);
  });

  it('accepts whole minutes within bounds, and distinct warnings (largest first)', () => {
    expect(slaPolicySchema.parse({ ...P, warnBeforeMin: [5, 90] }).warnBeforeMin).toEqual([90, 5]);
    expect(slaPolicySchema.safeParse({ ...P, warnBeforeMin: [1, 2, 3, 4, 5, 6] }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ ...P, warnBeforeMin: [24 * 60 + 1] }).success).toBe(false);
    const bad = { ...P, targets: { ...P.targets, B: { ...P.targets.B, resolutionMin: 1.5 } } };
    expect(slaPolicySchema.safeParse(bad).success).toBe(false);
    expect(slaPolicySchema.safeParse({ ...P, extra: 1 }).success).toBe(false);
  });
});

describe('notification text', () => {
  const alert: SlaAlert = {
    id: 'x',
    kind: 'warning',
    caseId: 'c',
    caseNumber: 'SD-2026-000007',
    caseTitle: '邮件延迟',
    severity: 'A',
    status: 'new',
    clock: 'firstResponse',
    offsetMin: 30,
    dueAt: min(120),
    at: min(90),
    read: false,
  };
  const time = () => '10:00';

  it('says which clock runs out when, in the desk’s language', () => {
    const zh = (key: string, v?: Record<string, string | number>) => translate('zh-CN', key, v);
    const en = (key: string, v?: Record<string, string | number>) => translate('en', key, v);
    expect(alertMessage([alert], min(91), zh, time)).toEqual({
      title: 'SLA 预警 · SD-2026-000007',
      body: '首次响应将在 29 分钟后到期（10:00）：邮件延迟',
    });
    expect(alertMessage([{ ...alert, kind: 'breach', clock: 'resolution' }], min(121), en, time)).toEqual({
      title: 'SLA breached · SD-2026-000007',
      body: 'Resolution overdue since 10:00: 邮件延迟',
    });
    expect(alertMessage([alert, { ...alert, caseNumber: 'SD-2026-000008' }], min(91), en, time)).toEqual({
      title: '2 new SLA alerts',
      body: 'SD-2026-000007 First response · SD-2026-000008 First response',
    });
  });
});

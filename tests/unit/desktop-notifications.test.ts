import { describe, expect, it } from 'vitest';
import { alertNotifications } from '../../core/alert-notifications';
import { shellCommand } from '../../core/shell-commands';
import { signInNotice } from '../../electron/desktop/handover-notice';
import { alert } from './desktop-fixtures';

const caseA = '01900000-0000-7000-9000-00000000000a';
const caseB = '01900000-0000-7000-9000-00000000000b';

describe('SLA notifications and where their click leads', () => {
  it('one alert opens its case', () => {
    const [only, ...rest] = alertNotifications([alert({ caseId: caseA })]);
    expect(rest).toEqual([]);
    expect(only!.open).toEqual({ kind: 'openCase', caseId: caseA });
    expect(shellCommand.safeParse(only!.open).success).toBe(true);
  });

  it('several clocks of one case are one notification that opens the case, breaches first', () => {
    const warning = alert({ caseId: caseA, clock: 'nextUpdate', dueAt: 1 });
    const breach = alert({ caseId: caseA, kind: 'breach', clock: 'resolution', dueAt: 5 });
    const groups = alertNotifications([warning, breach]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.alerts).toEqual([breach, warning]);
    expect(groups[0]!.tag).toBe(`sla:${caseA}`);
  });

  it('a catch-up of fifty alerts on many cases is one summary that opens the Now page', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      alert({ caseId: `01900000-0000-7000-9000-${String(i).padStart(12, '0')}`, dueAt: 50 - i }),
    );
    const groups = alertNotifications(many);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.open).toEqual({ kind: 'go', page: 'now' });
    expect(groups[0]!.alerts.map((a) => a.dueAt)).toEqual(
      [...many.map((a) => a.dueAt)].sort((a, b) => a - b),
    );
  });

  it('two cases are a summary too, and nothing is nothing', () => {
    expect(alertNotifications([alert({ caseId: caseA }), alert({ caseId: caseB })])[0]!.tag).toBe(
      'sla:summary',
    );
    expect(alertNotifications([])).toEqual([]);
  });
});

describe('a handover waiting for read-back, told to the agent who signs in', () => {
  const li = { id: '01900000-0000-7000-8000-000000000001', name: '李娜' };
  const wang = { id: '01900000-0000-7000-8000-000000000002', name: 'Wang Fang' };
  const pending = [
    { id: '01900000-0000-7000-a000-000000000001', fromAgent: wang, createdAt: 1 },
    { id: '01900000-0000-7000-a000-000000000002', fromAgent: wang, createdAt: 2 },
  ];

  it('tells the incoming agent once, and opens the read-back list', () => {
    const notice = signInNotice(null, li, pending, 'en');
    expect(notice).toEqual({
      title: 'A handover to read back',
      body: "Wang Fang's handover waits for you to read it back.",
      open: { kind: 'go', page: 'readBack' },
      tag: 'handover:read-back',
    });
    expect(shellCommand.safeParse(notice!.open).success).toBe(true);
    expect(signInNotice(li, li, pending, 'en')).toBeNull();
  });

  it('tells nobody of their own handover, nor when nobody signed in or none waits', () => {
    expect(signInNotice(li, wang, pending, 'zh-CN')).toBeNull();
    expect(signInNotice(wang, null, pending, 'zh-CN')).toBeNull();
    expect(signInNotice(null, li, [], 'zh-CN')).toBeNull();
    expect(signInNotice(wang, li, pending, 'zh-CN')?.body).toBe('Wang Fang 的交接班等待您确认接收。');
  });
});

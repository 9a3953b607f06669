// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../core/cases';
import { computeSla, DEFAULT_SLA_POLICY, type SlaEvent } from '../../core/sla';
import { Timeline } from '../../renderer/features/cases/Timeline';
import { DueCell } from '../../renderer/features/sla/DueCell';
import { formatCountdown } from '../../core/duration-text';
import { formatRemaining, formatTarget, liveClock } from '../../renderer/shared/countdown';
import { SlaCard } from '../../renderer/features/sla/SlaCard';
import { SlaClocksTable } from '../../renderer/features/sla/SlaClocksTable';
import { i18n } from '../../renderer/i18n';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 1, 0);
const at = (m: number) => T0 + m * MIN;
const t = i18n.t.bind(i18n) as TFunction;

// Every countdown polls the service's clock: a real desk answers, as the preload would.
const bridge = setUpTestDesk();

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('countdown text', () => {
  it('reads days and hours, hours and minutes, then minutes and seconds in the last hour', async () => {
    expect(formatCountdown(t, 2 * 24 * 60 * MIN + 3 * 60 * MIN + 59 * MIN)).toBe('2 d 3 h');
    expect(formatCountdown(t, 65 * MIN)).toBe('1 h 05 min');
    expect(formatCountdown(t, 4 * MIN + 7_000)).toBe('4 min 07 s');
    expect(formatCountdown(t, 42_500)).toBe('42 s');
    expect(formatRemaining(t, 90 * MIN)).toBe('1 h 30 min left');
    expect(formatRemaining(t, -(3 * MIN + 20_000))).toBe('3 min 20 s overdue');
    expect(formatTarget(t, 120)).toBe('2 h');
    expect(formatTarget(t, 30)).toBe('30 min');
    expect(formatTarget(t, 90)).toBe('1 h 30 min');
    await i18n.changeLanguage('zh-CN');
    expect(formatRemaining(t, 65 * MIN)).toBe('剩余 1 小时 05 分');
    expect(formatRemaining(t, -(3 * MIN + 20_000))).toBe('已超时 3 分 20 秒');
    expect(formatTarget(t, 24 * 60)).toBe('24 小时');
  });

  it('counts a running clock down on the local clock and turns it breached the moment it passes due', () => {
    const clocks = computeSla([{ at: T0, kind: 'created', severity: 'A' }], DEFAULT_SLA_POLICY, at(10));
    expect(liveClock(clocks.firstResponse, at(60))).toMatchObject({
      state: 'running',
      remainingMs: 60 * MIN,
    });
    expect(liveClock(clocks.firstResponse, at(121))).toMatchObject({ state: 'breached', remainingMs: -MIN });
    const paused = computeSla(
      [
        { at: T0, kind: 'created', severity: 'A' },
        { at: at(30), kind: 'status', to: 'waiting_21v' },
      ],
      DEFAULT_SLA_POLICY,
      at(40),
    );
    // A paused clock stands still, whatever the time.
    expect(liveClock(paused.firstResponse, at(500))).toMatchObject({
      state: 'paused',
      remainingMs: 90 * MIN,
    });
  });
});

describe('the clocks table', () => {
  const events: SlaEvent[] = [
    { at: T0, kind: 'created', severity: 'A' },
    { at: at(20), kind: 'touch' },
  ];

  it('shows each clock’s target, due time, state and what is left, and moves with `now`', () => {
    const clocks = computeSla(events, DEFAULT_SLA_POLICY, at(30));
    const { rerender } = renderInApp(<SlaClocksTable clocks={clocks} now={at(30)} />);
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(row('First response')).getByText('Met')).toBeTruthy();
    expect(within(row('Next update')).getByText('4 h')).toBeTruthy();
    expect(within(row('Next update')).getByText('3 h 50 min left')).toBeTruthy();
    expect(within(row('Resolution')).getByText('Running')).toBeTruthy();
    rerender(<SlaClocksTable clocks={clocks} now={at(20 + 240 + 2)} />);
    expect(within(row('Next update')).getByText('Breached')).toBeTruthy();
    expect(within(row('Next update')).getByText('2 min 00 s overdue')).toBeTruthy();
  });

  it('says when a clock has not started or has stopped', () => {
    const fresh = computeSla([events[0]!], DEFAULT_SLA_POLICY, at(1));
    renderInApp(<SlaClocksTable clocks={fresh} now={at(1)} />);
    expect(screen.getByText('Starts with the first reply')).toBeTruthy();
  });
});

describe('the list cell', () => {
  it('counts down to the due time, and says overdue or paused', () => {
    const now = Date.now();
    const { rerender } = renderInApp(<DueCell dueAt={now + 95 * MIN} state="running" />);
    expect(screen.getByTestId('due-cell').textContent).toMatch(/^1 h 3[45] min$/);
    rerender(<DueCell dueAt={now - 10 * MIN} state="breached" />);
    expect(screen.getByTestId('due-cell').textContent).toMatch(/^10 min 0\d s overdue$/);
    rerender(<DueCell dueAt={null} state="paused" />);
    expect(screen.getByText('Paused')).toBeTruthy();
  });
});

describe('with the service', () => {
  it('shows a case’s clocks from the service, and a recorded breach on the timeline', async () => {
    const detail = customerCase(bridge, {
      title: 'Mail flow stopped',
      supportArea: 'performance_availability',
      severity: 'A',
    });
    renderInApp(<SlaCard detail={detail} />);
    const card = await screen.findByTestId('sla-card');
    await waitFor(() => expect(within(card).getAllByTestId('sla-clock-state')).toHaveLength(2));
    expect(within(card).getByText(/^1 h 59 min left$|^2 h 00 min left$/)).toBeTruthy();

    const withBreach: CaseDetail = {
      ...detail,
      events: [
        ...detail.events,
        {
          id: 'e2',
          caseId: detail.id,
          kind: 'sla_breached',
          at: detail.createdAt + 121 * MIN,
          agentId: detail.events[0]!.agentId,
          agentName: 'Desk',
          payload: { clock: 'firstResponse', dueAt: detail.createdAt + 120 * MIN },
        },
      ],
    };
    renderInApp(<Timeline detail={withBreach} />);
    expect(
      screen.getByText(/^recorded an SLA breach: First response \(due \d{4}-\d\d-\d\d \d\d:\d\d\)$/),
    ).toBeTruthy();
  });
});

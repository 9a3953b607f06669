// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../core/agents';
import type { DutyStatus } from '../../core/duty';
import { AgentSwitcher } from '../../renderer/features/duty/AgentSwitcher';
import { CoveragePanel } from '../../renderer/features/duty/CoveragePanel';
import { DutyWarning } from '../../renderer/features/duty/DutyWarning';
import { digitIndex, isSwitchChord } from '../../renderer/features/duty/use-switch-hotkey';
import { useStore } from '../../renderer/store';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

const bridge = setUpTestDesk();

beforeEach(async () => {
  useStore.setState({ language: 'en', duty: null, team: [], coverage: null, switcherOpen: false });
});

const press = (init: KeyboardEventInit, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });

describe('the switch keys', () => {
  it('know the chord and the digits', () => {
    const chord = { key: 'S', code: 'KeyS', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(isSwitchChord(chord)).toBe(true);
    expect(isSwitchChord({ ...chord, ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSwitchChord({ ...chord, shiftKey: false })).toBe(false);
    expect(isSwitchChord({ ...chord, altKey: true })).toBe(false);
    expect(digitIndex('1')).toBe(0);
    expect(digitIndex('9')).toBe(8);
    expect(digitIndex('0')).toBe(9);
    expect(digitIndex('a')).toBeNull();
  });
});

describe('the agent switcher', () => {
  it('opens on Ctrl+Shift+S, picks by digit, asks the PIN and signs the agent in', async () => {
    const li = bridge.call<AgentProfile>('agents.create', {
      name: '李娜',
      role: 'agent',
      languages: ['zh-CN', 'en'],
      pin: '2468',
    });
    await act(() => useStore.getState().refreshDuty());
    renderInApp(<AgentSwitcher onSignOut={() => undefined} />);
    // Typed in a note: the chord still opens the switcher, and the digit never reaches the note.
    const note = document.createElement('textarea');
    document.body.appendChild(note);
    note.focus();
    press({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }, note);
    press({ key: '2' }, note);
    expect(note.value).toBe('');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Sign in as 李娜');

    const box = within(dialog).getByLabelText('PIN');
    fireEvent.change(box, { target: { value: '1357' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await within(dialog).findByText('Wrong PIN');
    expect(bridge.desk.ctx.agentId).not.toBe(li.id);

    fireEvent.change(within(dialog).getByLabelText('PIN'), { target: { value: '2468' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(useStore.getState().duty?.signedIn?.name).toBe('李娜'));
    expect(bridge.desk.ctx.agentId).toBe(li.id);
    expect(useStore.getState().agent).toEqual({ id: li.id, name: '李娜', role: 'agent' });
    expect(useStore.getState().switcherOpen).toBe(false);
    note.remove();
  });

  it('numbers the active agents and signs one without a PIN in at once', async () => {
    bridge.call('agents.create', { name: '王强', role: 'agent', languages: ['zh-CN'] });
    await act(() => useStore.getState().refreshDuty());
    renderInApp(<AgentSwitcher onSignOut={() => undefined} />);
    press({ key: 's', code: 'KeyS', ctrlKey: true, shiftKey: true });
    const dialog = await screen.findByRole('dialog');
    const options = await within(dialog).findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^1值班坐席Lead简体中文Signed in/),
      expect.stringMatching(/^2王强简体中文$/),
    ]);
    press({ key: '2' });
    await waitFor(() => expect(useStore.getState().duty?.signedIn?.name).toBe('王强'));
  });
});

describe('the no-one-on-duty warning', () => {
  const status = (patch: Partial<DutyStatus>): DutyStatus => ({
    now: Date.UTC(2026, 2, 2, 1, 0),
    signedIn: { id: 'a', name: '值班坐席', role: 'lead', languages: ['zh-CN'], hasPin: false, active: true },
    session: { id: 's', startedAt: 0 },
    scheduled: [{ id: 'a', name: '值班坐席' }],
    next: null,
    utcOffsetMinutes: 480,
    ...patch,
  });

  it('stays away while someone is signed in and rostered', () => {
    const { container } = renderInApp(<DutyWarning duty={status({})} />);
    expect(container.textContent).toBe('');
  });

  it('says nobody is signed in, and nobody rostered, with who comes next', () => {
    renderInApp(
      <DutyWarning
        duty={status({
          signedIn: null,
          scheduled: [],
          next: { agent: { id: 'b', name: '李娜' }, startsAt: Date.UTC(2026, 2, 2, 12, 0) },
        })}
      />,
    );
    expect(screen.getByRole('button', { name: /Nobody signed in — press Ctrl\+Shift\+S/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nobody rostered now · next: 李娜 20:00/ })).toBeTruthy();
  });

  it('looks as far ahead as the coverage page when nobody is rostered at all', async () => {
    renderInApp(<DutyWarning duty={status({ scheduled: [], next: null })} />);
    const warning = screen.getByRole('button', { name: /Nobody rostered now · nobody rostered in the next/ });
    const days = /next (\d+) days/.exec(warning.textContent ?? '')?.[1];
    await act(() => useStore.getState().refreshDuty());
    renderInApp(<CoveragePanel />);
    await screen.findByText(new RegExp(`hours with nobody on duty in the next ${days} days`));
  });
});

describe('the coverage view', () => {
  it('marks every hour a gap on an empty roster, and none once every hour is covered', async () => {
    await act(() => useStore.getState().refreshDuty());
    const { unmount } = renderInApp(<CoveragePanel />);
    const grid = await screen.findByRole('grid', { name: 'Coverage by day and hour' });
    // 720 cells: read by their role attribute, since the accessible-role query over each one is slow in jsdom.
    const cells = [...grid.querySelectorAll('[role="gridcell"]')];
    expect(cells).toHaveLength(720);
    expect(cells.every((c) => c.getAttribute('data-covered') === 'none')).toBe(true);
    expect(screen.getByText(/hours with nobody on duty in the next 30 days/)).toBeTruthy();
    unmount();

    const me = bridge.desk.ctx.agentId;
    for (let weekday = 1; weekday <= 7; weekday++) {
      bridge.call('roster.addShift', { weekday, start: '00:00', end: '24:00', agentId: me });
    }
    useStore.setState({ coverage: null });
    renderInApp(<CoveragePanel />);
    await screen.findByText('Someone is on duty every hour of the next 30 days.');
    const covered = [...screen.getByRole('grid').querySelectorAll('[role="gridcell"]')];
    expect(covered.every((c) => c.getAttribute('data-covered') === 'full')).toBe(true);
    expect(covered[0]!.getAttribute('aria-label')).toMatch(/00:00–01:00: 值班坐席$/);
  });
});

describe('the duty route', () => {
  it('lives at #/duty with a tab each', async () => {
    const { formatRoute, parseRoute } = await import('../../renderer/app/routes');
    expect(parseRoute('#/duty')).toEqual({ name: 'duty', tab: 'coverage' });
    expect(parseRoute('#/duty/roster')).toEqual({ name: 'duty', tab: 'roster' });
    expect(parseRoute('#/duty/nonsense')).toEqual({ name: 'duty', tab: 'coverage' });
    expect(formatRoute({ name: 'duty', tab: 'coverage' })).toBe('#/duty');
    expect(formatRoute({ name: 'duty', tab: 'agents' })).toBe('#/duty/agents');
  });
});

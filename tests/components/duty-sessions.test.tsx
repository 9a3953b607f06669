// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../core/time';
import { DutyHeader } from '../../renderer/features/duty/DutyHeader';
import { SessionsPanel } from '../../renderer/features/duty/SessionsPanel';
import { useStore } from '../../renderer/store';
import { renderInApp } from './render-in-app';
import { setUpTestDesk } from './desk-setup';

// The service's clock a day and more behind the workstation's, as a desk on a test clock (or a workstation
// whose clock is wrong) has it: what the screen shows must follow the service.
const clock = { now: Date.now() - 26 * HOUR };
const bridge = setUpTestDesk({ now: () => clock.now });

const firstAgent = () => bridge.desk.db.prepare('SELECT id FROM agents').pluck().get() as string;

it('measures the running sign-in to the service’s clock, not the workstation’s', async () => {
  bridge.call('duty.signIn', { agentId: firstAgent() });
  clock.now += 90 * MINUTE;
  renderInApp(<SessionsPanel />);
  const table = await screen.findByRole('table', { name: 'Sign-ins' });
  await within(table).findByText('1 h 30 min');
});

it('says it is loading until the duty status is known, then names the agent on duty', async () => {
  bridge.call('duty.signIn', { agentId: firstAgent() });
  useStore.setState({ duty: null });
  renderInApp(<DutyHeader />);
  // Never "nobody signed in" while the status is still on its way.
  expect(screen.getByRole('button', { name: /Loading…/ })).toBeTruthy();
  expect(screen.queryByText(/Nobody/i)).toBeNull();
  await act(() => useStore.getState().refreshDuty());
  const name = bridge.desk.db.prepare('SELECT name FROM agents').pluck().get() as string;
  await screen.findByRole('button', { name: new RegExp(name) });
});

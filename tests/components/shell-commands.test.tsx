// @vitest-environment happy-dom
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alertMessage } from '../../core/alert-notifications';
import type { SlaAlert } from '../../core/sla-alerts';
import { notifyInBrowser } from '../../renderer/features/alerts/browser-notify';
import { ShellCommands } from '../../renderer/features/desktop/ShellCommands';
import { useStore } from '../../renderer/store';
import { customerCase, setUpTestDesk } from './desk-setup';
import { renderInApp } from './render-in-app';

const bridge = setUpTestDesk();

/** The preload's subscription, as the page sees it: the test plays the main process. */
let send: (command: unknown) => void = () => {};
beforeEach(() => {
  window.shiftdeskShell = { onCommand: (listener) => (send = listener) };
  useStore.setState({ switcherOpen: false, signOutOpen: false });
  useStore.getState().navigate({ name: 'cases' });
});
afterEach(() => {
  delete window.shiftdeskShell;
  vi.unstubAllGlobals();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const route = () => useStore.getState().route;
const newCase = () =>
  customerCase(bridge, { customer: { name: '康拓贸易' }, title: '邮件无法发送', severity: 'A' });

describe("the desktop shell's commands in the page", () => {
  it('opens the case a link names, the read-back list, the switcher and the sign-out dialog', async () => {
    const c = newCase();
    renderInApp(<ShellCommands />);
    send({ kind: 'openCaseNumber', number: c.number });
    await waitFor(() => expect(route()).toEqual({ name: 'case', id: c.id }));
    send({ kind: 'go', page: 'readBack' });
    await waitFor(() => expect(route()).toEqual({ name: 'handover', tab: 'incoming' }));
    send({ kind: 'switchAgent' });
    send({ kind: 'signOut' });
    await waitFor(() => expect(useStore.getState()).toMatchObject({ switcherOpen: true, signOutOpen: true }));
  });

  it('opens the new-case drawer, and asks the case list to focus its search box once it shows', async () => {
    useStore.setState({ newCaseOpen: false, searchFocusPending: false });
    useStore.getState().navigate({ name: 'now' });
    renderInApp(<ShellCommands />);
    send({ kind: 'newCase' });
    await waitFor(() => expect(useStore.getState().newCaseOpen).toBe(true));
    send({ kind: 'search' });
    await waitFor(() => expect(route()).toEqual({ name: 'cases' }));
    expect(useStore.getState().searchFocusPending).toBe(true);
  });

  it('ignores a command that is not one, whatever it holds', async () => {
    renderInApp(<ShellCommands />);
    for (const hostile of [
      null,
      'go',
      { kind: 'openCase', caseId: '../../etc/passwd' },
      { kind: 'openCaseNumber', number: 'SD-2026-000001; DROP TABLE cases' },
      { kind: 'go', page: 'reports', extra: 1 },
      { kind: 'eval', code: 'alert(1)' },
    ]) {
      send(hostile);
    }
    await settle();
    expect(route()).toEqual({ name: 'cases' });
  });

  it('leads to the sections with Ctrl+1, Ctrl+2, Ctrl+3 and Ctrl+,', async () => {
    renderInApp(<ShellCommands />);
    const press = (key: string) =>
      act(() => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
      });
    press('1');
    expect(route()).toEqual({ name: 'now' });
    press('3');
    expect(route()).toEqual({ name: 'handover', tab: 'compose' });
    press(',');
    expect(route()).toEqual({ name: 'settings' });
    press('2');
    expect(route()).toEqual({ name: 'cases' });
  });
});

describe('a browser-mode notification', () => {
  it("opens its case in the page when clicked, as the desktop app's does", async () => {
    const c = newCase();
    const shown: { title: string; options: NotificationOptions; onclick: (() => void) | null }[] = [];
    vi.stubGlobal(
      'Notification',
      class {
        static permission = 'granted';
        onclick: (() => void) | null = null;
        constructor(
          readonly title: string,
          readonly options: NotificationOptions,
        ) {
          shown.push(this);
        }
        close() {}
      },
    );
    const alert: SlaAlert = {
      id: '01900000-0000-7000-8000-000000000001',
      kind: 'breach',
      caseId: c.id,
      caseNumber: c.number,
      caseTitle: c.title,
      severity: 'A',
      status: 'new',
      clock: 'firstResponse',
      offsetMin: 0,
      dueAt: 0,
      at: 0,
      read: false,
    };
    // Browser mode is the page without the desktop bridge.
    const desktopBridge = window.shiftdesk;
    delete window.shiftdesk;
    const t = ((key: string) => key) as never;
    notifyInBrowser([alert], t, 0);
    window.shiftdesk = desktopBridge;
    expect(shown.map((n) => n.title)).toEqual([alertMessage([alert], 0, t, String).title]);
    shown[0]!.onclick!();
    await settle();
    expect(route()).toEqual({ name: 'case', id: c.id });
  });
});

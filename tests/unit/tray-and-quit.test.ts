import { describe, expect, it } from 'vitest';
import { closeDecision, quitAsked, quitDecision } from '../../electron/desktop/close-or-quit';
import type { MenuSpec } from '../../electron/desktop/menu-spec';
import { drawIcon, LEVEL_COLOURS, trayIconPng } from '../../electron/desktop/icon-image';
import { TRAY_LEVELS, trayBadge, trayLevel, trayMenu, trayTooltip } from '../../electron/desktop/tray';
import { quietStatus } from './desktop-fixtures';

const clock = (caseId: string, number: string, dueAt: number) => ({
  caseId,
  number,
  title: '邮件无法发送',
  customerName: '康拓',
  severity: 'A' as const,
  status: 'in_progress' as const,
  owner: null,
  clock: 'firstResponse' as const,
  dueAt,
});

describe('the tray icon shows the desk at a glance', () => {
  it.each([
    ['normal', quietStatus(), true],
    ['warning', quietStatus({ dueWithinHour: 2 }), true],
    ['warning', quietStatus({ unreadAlerts: 1 }), true],
    ['breached', quietStatus({ breached: 1, dueWithinHour: 3, sync: 'error' }), false],
    ['syncError', quietStatus({ sync: 'error' }), false],
    ['offline', quietStatus({ sync: 'offline' }), true],
    ['offline', quietStatus(), false],
    ['offline', null, false],
    ['normal', null, true],
  ] as const)('%s', (level, status, online) => {
    expect(trayLevel({ status, online })).toBe(level);
  });

  it('badges the number of cases with a clock due within the hour', () => {
    expect(trayBadge(quietStatus({ dueWithinHour: 4, breached: 9 }))).toBe(4);
    expect(trayBadge(null)).toBe(0);
  });

  it('says the state and the counts in the language', () => {
    const status = quietStatus({ breached: 1, dueWithinHour: 3 });
    expect(trayTooltip({ status, online: true }, 'en')).toBe(
      'ShiftDesk · Cases breached\n1 case breached\n3 cases with a clock due within the hour',
    );
    expect(trayTooltip({ status, online: true }, 'zh-CN')).toBe(
      'ShiftDesk · 有案例已超时\n1 个案例已超时\n3 个案例的时钟在一小时内到期',
    );
  });
});

describe("the tray's menu", () => {
  const at = quietStatus().at;
  const status = quietStatus({
    nextClocks: [
      clock('01900000-0000-7000-9000-00000000000a', 'SD-2026-000010', at - 60_000),
      clock('01900000-0000-7000-9000-00000000000b', 'SD-2026-000011', at + 20 * 60_000),
    ],
    dueWithinHour: 2,
  });
  const labels = (menu: MenuSpec[]) => menu.map((i) => i.label ?? '—');

  it('shows ShiftDesk, a new case, the next clocks (each opens its case), switch agent, sign out, quit', () => {
    const menu = trayMenu({ status, online: true }, 'en');
    expect(menu.map((i) => i.action?.kind ?? i.type ?? 'label')).toEqual([
      'show',
      'page',
      'separator',
      'label',
      'page',
      'page',
      'separator',
      'page',
      'page',
      'separator',
      'quit',
    ]);
    expect(labels(menu)[4]).toBe('SD-2026-000010 · First response · breached');
    expect(labels(menu)[5]).toMatch(/^SD-2026-000011 · First response · \d\d:\d\d$/);
    expect(menu[4]!.action).toEqual({
      kind: 'page',
      command: { kind: 'openCase', caseId: '01900000-0000-7000-9000-00000000000a' },
    });
    expect(menu[8]).toMatchObject({ label: 'Sign out', enabled: true });
  });

  it('says when no clock runs out within the hour, and offers no sign-out to nobody', () => {
    const menu = trayMenu({ status: quietStatus({ signedIn: null }), online: true }, 'zh-CN');
    expect(labels(menu)).toContain('一小时内没有到期的时钟');
    expect(menu.find((i) => i.label === '签退')?.enabled).toBe(false);
  });
});

describe('closing and quitting', () => {
  it('closing the window hides it unless the app is quitting', () => {
    expect(closeDecision({ quitting: false })).toBe('hide');
    expect(closeDecision({ quitting: true })).toBe('close');
  });

  it('asks before quitting only when clocks run and nobody else keeps watch', () => {
    expect(quitDecision(quietStatus({ runningClocks: 3 }))).toBe('confirm');
    expect(quitDecision(quietStatus({ runningClocks: 3, othersOnDuty: 1 }))).toBe('quit');
    expect(quitDecision(quietStatus({ runningClocks: 0 }))).toBe('quit');
    expect(quitDecision(null)).toBe('quit');
  });

  it('never holds up the system ending the session', () => {
    expect(quitAsked('system', quietStatus({ runningClocks: 3 }))).toBe('quit');
    expect(quitAsked('agent', quietStatus({ runningClocks: 3 }))).toBe('confirm');
  });
});

describe('the tray icons, drawn in code', () => {
  it('are PNG images of the asked size, each state in its own colour', () => {
    const drawn = new Set<string>();
    for (const level of TRAY_LEVELS) {
      const png = trayIconPng(level, 16);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([16, 16]);
      expect(trayIconPng(level, 32).readUInt32BE(16)).toBe(32);
      // A pixel of the disc away from the hands: the state's colour, opaque.
      const rgba = drawIcon(16, LEVEL_COLOURS[level], 'disc');
      const i = (8 * 16 + 3) * 4;
      expect([...rgba.subarray(i, i + 4)]).toEqual([...LEVEL_COLOURS[level], 255]);
      drawn.add([...rgba.subarray(i, i + 3)].join());
      // The corners are transparent: a disc, not a square.
      expect(rgba[3]).toBe(0);
    }
    expect(drawn.size).toBe(TRAY_LEVELS.length);
  });
});

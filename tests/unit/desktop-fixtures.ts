import type { DesktopStatus } from '../../core/desktop';
import type { SlaAlert } from '../../core/sla-alerts';

/** A quiet desk: nothing due, nothing breached, nobody else on duty. */
export const quietStatus = (over: Partial<DesktopStatus> = {}): DesktopStatus => ({
  at: Date.UTC(2026, 11, 3, 6, 0),
  nextClocks: [],
  dueWithinHour: 0,
  breached: 0,
  unreadAlerts: 0,
  runningClocks: 0,
  signedIn: { id: '01900000-0000-7000-8000-000000000001', name: '李娜' },
  othersOnDuty: 0,
  sync: 'off',
  ...over,
});

let n = 0;
export const alert = (over: Partial<SlaAlert> = {}): SlaAlert => ({
  id: `01900000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  kind: 'warning',
  caseId: '01900000-0000-7000-9000-000000000001',
  caseNumber: 'SD-2026-000001',
  caseTitle: '客户无法登录 Outlook',
  severity: 'A',
  status: 'new',
  clock: 'firstResponse',
  offsetMin: 30,
  dueAt: Date.UTC(2026, 11, 3, 6, 30),
  at: Date.UTC(2026, 11, 3, 6, 0),
  read: false,
  ...over,
});

import { describe, expect, it } from 'vitest';
import { backupDue, backupFileName, backupsToDelete, backupTakenAt } from '../../core/backups';
import { DAY, HOUR, MINUTE } from '../../core/time';

const NOW = Date.UTC(2026, 11, 2, 16, 30);

describe('which backups are kept', () => {
  it('keeps the newest of each hour for a day, of each day for a month, and nothing older', () => {
    const hourly = Array.from({ length: 24 }, (_, i) => NOW - i * HOUR); // one an hour, for a day
    const extraInHour = [NOW - 10 * MINUTE, NOW - 2 * HOUR - 5 * MINUTE];
    const daily = Array.from({ length: 40 }, (_, i) => NOW - DAY - i * 6 * HOUR); // four a day, days 1 to 11
    const old = [NOW - 31 * DAY, NOW - 60 * DAY];
    const doomed = new Set(backupsToDelete([...hourly, ...extraInHour, ...daily, ...old], NOW));

    // Hourly: the newest of each hour stays; a second one in the same hour goes.
    expect(hourly.filter((at) => doomed.has(at))).toEqual([]);
    expect(extraInHour.every((at) => doomed.has(at))).toBe(true);
    // Daily: one per desk day (UTC+8) stays among the four.
    const keptDaily = daily.filter((at) => !doomed.has(at));
    const days = keptDaily.map((at) => Math.floor((at + 8 * HOUR) / DAY));
    expect(new Set(days).size).toBe(keptDaily.length);
    expect(keptDaily.length).toBeGreaterThanOrEqual(10);
    expect(keptDaily.length).toBeLessThanOrEqual(12);
    // Older than a month: gone.
    expect(old.every((at) => doomed.has(at))).toBe(true);
  });

  it('never deletes the newest backup, however old', () => {
    expect(backupsToDelete([NOW - 90 * DAY, NOW - 100 * DAY], NOW)).toEqual([NOW - 100 * DAY]);
    expect(backupsToDelete([], NOW)).toEqual([]);
  });

  it('is due when there is none or the newest is an hour old', () => {
    expect(backupDue(null, NOW)).toBe(true);
    expect(backupDue(NOW - 59 * MINUTE, NOW)).toBe(false);
    expect(backupDue(NOW - HOUR, NOW)).toBe(true);
  });
});

describe('backup file names', () => {
  it('say when the backup was taken, to the second', () => {
    const name = backupFileName(NOW + 7_250);
    expect(name).toBe('shiftdesk-20261202T163007Z.db');
    expect(backupTakenAt(name)).toBe(NOW + 7_000);
  });

  it('are not confused with other files', () => {
    expect(backupTakenAt('shiftdesk.db')).toBeNull();
    expect(backupTakenAt('shiftdesk-20261302T163007Z.db')).toBeNull();
    expect(backupTakenAt('../shiftdesk-20261202T163007Z.db')).toBeNull();
  });
});

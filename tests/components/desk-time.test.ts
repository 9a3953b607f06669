import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, pickedInstant, pickerValue, setDeskUtcOffset } from '../../renderer/shared/format';
import { formatDueTime } from '../../renderer/shared/countdown';
import { formatBackupTime } from '../../renderer/features/backups/format';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';

// 01:00 UTC on 1 June 2026: 09:00 at the desk in China, whatever zone the workstation's clock is set to.
const AT = Date.UTC(2026, 5, 1, 1, 0);

const machineZone = process.env.TZ;
afterEach(() => {
  setDeskUtcOffset(DEFAULT_UTC_OFFSET_MINUTES);
  process.env.TZ = machineZone;
});

describe('times on screen', () => {
  it('are in the desk’s zone (UTC+8 by default), not the workstation’s', () => {
    expect(formatDateTime(AT)).toBe('2026-06-01 09:00');
    expect(formatDueTime(AT, AT)).toBe('09:00');
    expect(formatBackupTime(AT)).toBe('2026-06-01 09:00:00');
  });

  it('follow the zone the desk set for its roster', () => {
    setDeskUtcOffset(-300);
    expect(formatDateTime(AT)).toBe('2026-05-31 20:00');
    // The same instant is on another day for the desk: the due time says which.
    expect(formatDueTime(AT, AT + 6 * 3_600_000)).toBe('05-31 20:00');
  });

  describe.each(['UTC', 'America/New_York', 'Asia/Kolkata'])(
    'date pickers on a workstation in %s',
    (zone) => {
      it('show and take the desk’s calendar and wall clock', () => {
        process.env.TZ = zone;
        const shown = pickerValue(AT);
        expect(shown.format('YYYY-MM-DD HH:mm')).toBe('2026-06-01 09:00');
        expect(pickedInstant(shown)).toBe(AT);
        // A whole day picked is the desk's day: from its midnight in UTC+8.
        expect(pickedInstant(shown.startOf('day'))).toBe(Date.parse('2026-06-01T00:00:00+08:00'));
        setDeskUtcOffset(-300);
        expect(pickerValue(AT).format('YYYY-MM-DD HH:mm')).toBe('2026-05-31 20:00');
        expect(pickedInstant(pickerValue(AT).startOf('day'))).toBe(Date.parse('2026-05-31T00:00:00-05:00'));
      });
    },
  );
});

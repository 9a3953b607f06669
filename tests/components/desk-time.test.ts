import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, setDeskUtcOffset } from '../../renderer/shared/format';
import { formatDueTime } from '../../renderer/shared/countdown';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../../core/local-time';

// 01:00 UTC on 1 June 2026: 09:00 at the desk in China, whatever zone the workstation's clock is set to.
const AT = Date.UTC(2026, 5, 1, 1, 0);

afterEach(() => setDeskUtcOffset(DEFAULT_UTC_OFFSET_MINUTES));

describe('times on screen', () => {
  it('are in the desk’s zone (UTC+8 by default), not the workstation’s', () => {
    expect(formatDateTime(AT)).toBe('2026-06-01 09:00');
    expect(formatDueTime(AT, AT)).toBe('09:00');
  });

  it('follow the zone the desk set for its roster', () => {
    setDeskUtcOffset(-300);
    expect(formatDateTime(AT)).toBe('2026-05-31 20:00');
    // The same instant is on another day for the desk: the due time says which.
    expect(formatDueTime(AT, AT + 6 * 3_600_000)).toBe('05-31 20:00');
  });
});

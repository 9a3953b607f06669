import { describe, expect, it } from 'vitest';
import { CLOCK_EVENT_KINDS, movesClocks } from '../../core/sla';

describe('movesClocks', () => {
  it('takes creation, status changes, replies and calls', () => {
    for (const kind of CLOCK_EVENT_KINDS) expect(movesClocks(kind, {})).toBe(true);
  });

  it('takes a field change only when the severity changed', () => {
    expect(movesClocks('field_changed', { field: 'severity', from: 'C', to: 'A' })).toBe(true);
    expect(movesClocks('field_changed', { field: 'title', from: 'a', to: 'b' })).toBe(false);
  });

  it('ignores notes, tags and the breach records the clocks write themselves', () => {
    for (const kind of ['note', 'tag_added', 'sla_breached']) expect(movesClocks(kind, {})).toBe(false);
  });
});

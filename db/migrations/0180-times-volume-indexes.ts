import type { Migration } from './types';

// The times and volume reports read the events that move a case's clocks and status by when they happened:
// replies, calls and status changes within each period, instead of every event ever recorded; and one case's
// status changes alone, which the clock's active time and the backlog are made of.
export const timesVolumeIndexes: Migration = {
  version: 180,
  name: 'times-volume-indexes',
  up(db) {
    db.exec(`CREATE INDEX case_events_clock_at ON case_events (at, case_id)
      WHERE kind IN ('reply', 'call', 'status_changed');
      CREATE INDEX case_events_status ON case_events (case_id, at) WHERE kind = 'status_changed';`);
  },
};

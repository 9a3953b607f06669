import type { Migration } from './types';

// The times and volume reports read replies, calls and status changes by when they happened and by case.
// Both indexes now carry the event's kind and the statuses it moved between, so that a report reads the
// index alone and never the event's row (whose payload may be a long note): the range scan per period,
// and one case's clock events in order (with the id that orders events of one instant). That case index
// holds replies and calls too, so whether a case was answered before is read from it as well; it takes
// the place of the index of status changes alone.
export const clockCoveringIndexes: Migration = {
  version: 260,
  name: 'clock-covering-indexes',
  up(db) {
    db.exec(`
      DROP INDEX case_events_clock_at;
      CREATE INDEX case_events_clock_at ON case_events
        (at, case_id, kind, json_extract(payload, '$.to'), json_extract(payload, '$.from'))
        WHERE kind IN ('reply', 'call', 'status_changed');
      DROP INDEX case_events_status;
      CREATE INDEX case_events_clock_case ON case_events
        (case_id, at, id, kind, json_extract(payload, '$.to'), json_extract(payload, '$.from'))
        WHERE kind IN ('reply', 'call', 'status_changed');
    `);
  },
};

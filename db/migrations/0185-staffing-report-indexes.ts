import type { Migration } from './types';

// The agents report counts each agent's timeline entries in a period: an index on when they were written
// (with who and what, so that the count needs no table row), instead of reading every case's timeline.
// The coverage report reads the sign-ins that ended after the range starts, whatever ended them.
export const staffingReportIndexes: Migration = {
  version: 185,
  name: 'staffing-report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX case_events_at ON case_events (at, agent_id, kind, case_id);
      CREATE INDEX duty_sessions_ended ON duty_sessions (ended_at);
    `);
  },
};

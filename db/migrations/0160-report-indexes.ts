import type { Migration } from './types';

// The handover report counts the shifts that ended in each period: an index on when sign-outs ended, so
// that each period reads its own shifts instead of every session ever recorded.
export const reportIndexes: Migration = {
  version: 160,
  name: 'report-indexes',
  up(db) {
    db.exec(`CREATE INDEX duty_sessions_signed_out ON duty_sessions (ended_at) WHERE end_kind = 'sign_out';`);
  },
};

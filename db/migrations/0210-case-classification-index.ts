import type { Migration } from './types';

// A search with filters checks each match against the set of cases the filters hold (db/queries/search.ts).
// The classification filters (support area, service, severity, status) are read together off one index,
// so that set costs an index range rather than a visit to every case of one of them.
export const caseClassificationIndex: Migration = {
  version: 210,
  name: 'case-classification-index',
  up(db) {
    db.exec('CREATE INDEX cases_classified ON cases (support_area, service, severity, status)');
  },
};

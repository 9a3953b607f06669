import type { CaseFilters, SavedView } from '../../core/case-query';
import { stmt, type Db } from '../statements';

/** A view the desk saved: always named, never built in. */
export interface ViewRow extends Pick<SavedView, 'id' | 'filters'> {
  name: string;
}

export function listViews(db: Db): ViewRow[] {
  return stmt<[], { id: string; name: string; filters: string }>(
    db,
    'SELECT id, name, filters FROM saved_views ORDER BY created_at, id',
  )
    .all()
    .map((r) => ({ ...r, filters: JSON.parse(r.filters) as CaseFilters }));
}

export function insertView(db: Db, row: ViewRow & { createdAt: number }): void {
  stmt(db, 'INSERT INTO saved_views (id, name, filters, created_at) VALUES (?, ?, ?, ?)').run(
    row.id,
    row.name,
    JSON.stringify(row.filters),
    row.createdAt,
  );
}

export function deleteView(db: Db, id: string): boolean {
  return stmt(db, 'DELETE FROM saved_views WHERE id = ?').run(id).changes > 0;
}

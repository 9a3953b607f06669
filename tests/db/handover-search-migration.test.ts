import { describe, expect, it } from 'vitest';
import { searchHistory } from '../../db/queries/handover';
import { migratedLog } from './migration-support';

describe('migration 0230 (handover search)', () => {
  it('indexes the handovers of an older log, and those written after it', () => {
    const db = migratedLog(
      230,
      `
      INSERT INTO agents (id, name, role, created_at) VALUES ('a1', '李娜', 'agent', 1);
      INSERT INTO handovers (id, from_agent_id, status, document, case_count, severity_a_count, search_text, created_at)
        VALUES ('h1', 'a1', 'pending', '{"items":[]}', 0, 0, '李娜 机房空调维修', 10);
    `,
    );
    const found = (query: string) => searchHistory(db, { query, limit: 10 }).map((h) => h.id);
    expect(found('机')).toEqual(['h1']);
    expect(found('空调维修')).toEqual(['h1']);
    db.exec(`INSERT INTO handovers (id, from_agent_id, status, document, case_count, severity_a_count, search_text, created_at)
      VALUES ('h2', 'a1', 'pending', '{"items":[]}', 0, 0, 'SSL 证书到期', 20)`);
    expect(found('证书')).toEqual(['h2']);
    expect(found('-机房')).toEqual(['h2']);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'handover_text'`).pluck().get()).toBe(
      0,
    );
  });
});

import type { Db } from '../open';
import { stmt } from '../statements';

export interface AgentRow {
  id: string;
  name: string;
  role: 'agent' | 'lead';
}

export function getAgent(db: Db, id: string): AgentRow | undefined {
  return stmt<[string], AgentRow>(db, 'SELECT id, name, role FROM agents WHERE id = ?').get(id);
}

export function firstAgent(db: Db): AgentRow | undefined {
  return stmt<[], AgentRow>(db, 'SELECT id, name, role FROM agents ORDER BY created_at, id LIMIT 1').get();
}

export function insertAgent(db: Db, row: AgentRow & { createdAt: number }): void {
  stmt(db, 'INSERT INTO agents (id, name, role, created_at) VALUES (@id, @name, @role, @createdAt)').run(row);
}

export function listAgents(db: Db): AgentRow[] {
  return stmt<[], AgentRow>(db, 'SELECT id, name, role FROM agents ORDER BY name, id').all();
}

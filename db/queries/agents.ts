import type { Agent, AgentProfile } from '../../core/agents';
import type { Language } from '../../core/domain';
import { stmt, type Db } from '../statements';

/** An agent's row is the contract's Agent. */
export type AgentRow = Agent;

export function getAgent(db: Db, id: string): AgentRow | undefined {
  return stmt<[string], AgentRow>(db, 'SELECT id, name, role FROM agents WHERE id = ?').get(id);
}

export function firstAgent(db: Db): AgentRow | undefined {
  return stmt<[], AgentRow>(db, 'SELECT id, name, role FROM agents ORDER BY created_at, id LIMIT 1').get();
}

export function insertAgent(db: Db, row: AgentRow & { createdAt: number }): void {
  stmt(db, 'INSERT INTO agents (id, name, role, created_at) VALUES (@id, @name, @role, @createdAt)').run(row);
}

/** Every agent, active or not. */
export function listAgents(db: Db): AgentRow[] {
  return stmt<[], AgentRow>(db, 'SELECT id, name, role FROM agents ORDER BY name, id').all();
}

// Profiles: the PIN hash is read only by pinStateOf, so no profile query can leak it.
const PROFILE = `SELECT id, name, role, languages, pin_hash IS NOT NULL AS hasPin, active FROM agents`;

interface ProfileRow extends AgentRow {
  languages: string;
  hasPin: 0 | 1;
  active: 0 | 1;
}

const toProfile = (row: ProfileRow): AgentProfile => ({
  id: row.id,
  name: row.name,
  role: row.role,
  languages: JSON.parse(row.languages) as Language[],
  hasPin: row.hasPin === 1,
  active: row.active === 1,
});

export function getAgentProfile(db: Db, id: string): AgentProfile | undefined {
  const row = stmt<[string], ProfileRow>(db, `${PROFILE} WHERE id = ?`).get(id);
  return row && toProfile(row);
}

/** Ordered by name (active first when inactive ones are included), so lists and the switcher agree. */
export function listAgentProfiles(db: Db, includeInactive: boolean): AgentProfile[] {
  const sql = includeInactive
    ? `${PROFILE} ORDER BY active DESC, name, id`
    : `${PROFILE} WHERE active = 1 ORDER BY name, id`;
  return stmt<[], ProfileRow>(db, sql).all().map(toProfile);
}

export function countActiveLeads(db: Db): number {
  return stmt<[], { n: number }>(
    db,
    "SELECT count(*) AS n FROM agents WHERE active = 1 AND role = 'lead'",
  ).get()!.n;
}

/** Another active agent already called `name` (ignoring case), if any. */
export function activeAgentNamed(db: Db, name: string, exceptId = ''): AgentRow | undefined {
  return stmt<[string, string], AgentRow>(
    db,
    'SELECT id, name, role FROM agents WHERE active = 1 AND name = ? COLLATE NOCASE AND id <> ? LIMIT 1',
  ).get(name, exceptId);
}

export interface NewAgentRow extends AgentRow {
  languages: Language[];
  pinHash: string | null;
  createdAt: number;
}

export function insertAgentProfile(db: Db, row: NewAgentRow): void {
  stmt(
    db,
    `INSERT INTO agents (id, name, role, languages, pin_hash, created_at)
     VALUES (@id, @name, @role, @languages, @pinHash, @createdAt)`,
  ).run({ ...row, languages: JSON.stringify(row.languages) });
}

export function updateAgentProfile(db: Db, row: AgentRow & { languages: Language[] }): void {
  stmt(db, 'UPDATE agents SET name = @name, role = @role, languages = @languages WHERE id = @id').run({
    ...row,
    languages: JSON.stringify(row.languages),
  });
}

export function setAgentActive(db: Db, id: string, active: boolean): void {
  stmt(db, 'UPDATE agents SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

/** A new PIN (or none) starts with a clean slate of failures. */
export function setPinHash(db: Db, id: string, pinHash: string | null): void {
  stmt(db, 'UPDATE agents SET pin_hash = ?, pin_failures = 0, pin_locked_until = NULL WHERE id = ?').run(
    pinHash,
    id,
  );
}

export interface PinState {
  pinHash: string | null;
  failures: number;
  lockedUntil: number | null;
}

export function pinStateOf(db: Db, id: string): PinState | undefined {
  return stmt<[string], PinState>(
    db,
    `SELECT pin_hash AS pinHash, pin_failures AS failures, pin_locked_until AS lockedUntil
     FROM agents WHERE id = ?`,
  ).get(id);
}

export function writePinFailures(db: Db, id: string, failures: number, lockedUntil: number | null): void {
  stmt(db, 'UPDATE agents SET pin_failures = ?, pin_locked_until = ? WHERE id = ?').run(
    failures,
    lockedUntil,
    id,
  );
}

// The desk's schema in PostgreSQL, numbered like the workstation's own migrations but with a version table
// of its own (shiftdesk.schema_version). Never edit one that has shipped; add the next.
export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    name: 'change-log',
    sql: `
      CREATE TABLE shiftdesk.desk (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Each workstation's code goes into the case numbers it mints: unique across the desk, never reused.
      CREATE SEQUENCE shiftdesk.workstation_codes;
      CREATE TABLE shiftdesk.workstations (
        id text PRIMARY KEY,
        name text NOT NULL,
        code text NOT NULL UNIQUE,
        app_version text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now()
      );
      -- The position of the last accepted change. Every push takes this row's lock before it numbers its
      -- changes and holds it to COMMIT, so positions are handed out in commit order: a reader that sees
      -- position p has seen every position below p (docs/sync.md).
      CREATE TABLE shiftdesk.head (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        position bigint NOT NULL
      );
      INSERT INTO shiftdesk.head (position) VALUES (0);
      -- A batch is applied once: a resend of the same id is recognised and answered with its first push.
      CREATE TABLE shiftdesk.batches (
        id uuid PRIMARY KEY,
        workstation_id text NOT NULL REFERENCES shiftdesk.workstations (id),
        first_position bigint NOT NULL,
        size integer NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE shiftdesk.changes (
        position bigint PRIMARY KEY,
        workstation_id text NOT NULL,
        batch_id uuid NOT NULL,
        tbl text NOT NULL,
        pk text NOT NULL,
        op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        data jsonb NOT NULL,
        hlc text NOT NULL
      );
      -- Attachment contents, once per hash, fetched on demand (docs/sync.md).
      CREATE TABLE shiftdesk.blobs (
        sha256 text PRIMARY KEY,
        size integer NOT NULL,
        content bytea NOT NULL
      );
    `,
  },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.at(-1)!.version;

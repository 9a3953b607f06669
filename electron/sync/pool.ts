import pg from 'pg';
import type { SyncServer } from '../../core/sync';

/**
 * A small pool to the desk's server. Without a password of its own the driver falls back to PGPASSWORD
 * and ~/.pgpass, as every PostgreSQL client does. A dropped idle connection is reported to the pool; the
 * next round meets the failure itself, so the event is only acknowledged here.
 */
export function openPool(server: SyncServer, password: string | null): pg.Pool {
  const pool = new pg.Pool({
    host: server.host,
    port: server.port,
    database: server.database,
    user: server.user,
    ...(password ? { password } : {}),
    ssl:
      server.tls === 'disable'
        ? false
        : { rejectUnauthorized: server.tls === 'verify-full', servername: server.host },
    application_name: 'ShiftDesk',
    max: 3,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 60_000,
  });
  pool.on('error', () => undefined);
  return pool;
}

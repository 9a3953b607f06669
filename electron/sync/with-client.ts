import type pg from 'pg';

/** Runs `fn` on a pooled connection; one that failed is discarded, not handed to the next caller. */
export async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection lost mid-call is also emitted as an event; the call's own rejection reports it.
  const ignore = () => undefined;
  client.on('error', ignore);
  let failed = false;
  try {
    return await fn(client);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.off('error', ignore);
    client.release(failed);
  }
}

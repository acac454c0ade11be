import pg from 'pg';

export type Pool = pg.Pool;
/** A client inside a transaction: store functions take one so callers compose them atomically. */
export type Tx = pg.PoolClient;
/** Anything that can run a query: a pool (autocommit) or a transaction's client. */
export type Queryable = Pick<pg.Pool, 'query'> | Tx;

// int8 (counts, sequence numbers) as JS numbers: our values stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

/**
 * A transaction left idle this long is ended by the server. Our transactions never wait on anything outside the
 * database, so only a stalled process (frozen, starved, stopped) leaves one idle — and its row and table locks
 * would otherwise hold up every other worker for as long as it stalls (seen: a worker frozen inside its job-index
 * transaction blocked Agenda's start-up DDL in another worker, and behind it every job query).
 */
const IDLE_IN_TRANSACTION_MS = 30_000;

export function createPool(connectionString: string, max = 10, onError: (error: Error) => void = () => {}): Pool {
  const pool = new pg.Pool({ connectionString, max, idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', onError);
  // pg-pool takes its error listener off a client while it is checked out: a connection that dies between
  // two queries of a transaction, or under a long-held client (the audit chainer's), would then throw an
  // unhandled 'error' and end the process. The query in flight fails anyway; the caller sees that failure.
  const guarded = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', onError);
  });
  return pool;
}

/** Whether the database answers at all: the readiness probe. Throws when it does not. */
export async function ping(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}

/**
 * Runs `work` in one transaction and retries it when PostgreSQL reports a serialization failure or a
 * deadlock, which under concurrency are normal outcomes, not errors.
 */
export async function withTransaction<T>(pool: Pool, work: (tx: Tx) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      const code = (error as { code?: string }).code;
      if ((code === '40001' || code === '40P01') && attempt < attempts) continue;
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Runs read-only `work` on one consistent snapshot (REPEATABLE READ): a check that reads the chain in
 * pages and then its head, or the chain and then the checkpoints, must not see appends made between
 * its queries as tampering.
 */
export async function withSnapshot<T>(pool: Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * `UPDATE table SET <the patch's defined fields> , updated_at = now() WHERE id = $1`. Column names come
 * only from `columns` (never from the patch), so a patch cannot name a column of its own.
 */
export async function updateRow<P extends object>(
  db: Queryable,
  table: string,
  id: string,
  columns: { [K in keyof P]-?: string },
  patch: P,
  jsonFields: readonly (keyof P)[] = [],
): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [id];
  for (const key of Object.keys(patch) as (keyof P)[]) {
    const value: unknown = patch[key];
    if (value === undefined) continue;
    values.push(jsonFields.includes(key) ? JSON.stringify(value) : value);
    sets.push(`${columns[key]} = $${values.length}`);
  }
  await db.query(`UPDATE ${table} SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`, values);
}

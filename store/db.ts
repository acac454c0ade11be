import { createHash } from 'node:crypto';
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

/** Names of the statements prepared so far, by text (bounded: texts are the code's own, not built from data). */
const statementNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 2000;

/**
 * A named statement: each connection parses and plans it once and then only binds and executes it. For the
 * delivery path's short statements, parsing and planning cost PostgreSQL about as much as executing them
 * (the content read joins four tables). The name derives from the text, so equal texts share one name and
 * different texts never collide. Only for statements whose plan does not depend on the values (key
 * lookups and updates by id): a prepared statement may run a generic plan after its fifth execution.
 */
export function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (!name) {
    // Past the bound some caller builds texts from data: those stay unnamed rather than fill every connection.
    if (statementNames.size >= MAX_REMEMBERED_NAMES) return { text, values };
    name = `t_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}

/**
 * The pool as a library that issues its own SQL sees it, with every statement that takes parameters
 * prepared (the job queue's claim and state saves: the same few texts thousands of times).
 */
export function preparingPool(pool: Pool): Pool {
  const query = (text: unknown, values?: unknown, ...rest: unknown[]): unknown => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && rest.length === 0) return pool.query(prepared(text, values));
    return (pool.query as (...args: unknown[]) => unknown)(text, values, ...rest);
  };
  return new Proxy(pool, {
    get(target, key) {
      if (key === 'query') return query;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function createPool(connectionString: string, max = 10, onError: (error: Error) => void = () => {}): Pool {
  const pool = new pg.Pool({ connectionString, max, idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS, options: '-c plan_cache_mode=force_generic_plan' });
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
 * The SET list of a patch's defined fields (and `updated_at = now()`), its values appended to `values` as
 * numbered parameters. Column names come only from `columns` (never from the patch), so a patch cannot name a
 * column of its own.
 */
export function setList<P extends object>(columns: { [K in keyof P]-?: string }, patch: P, values: unknown[], jsonFields: readonly (keyof P)[] = []): string {
  const sets: string[] = [];
  for (const key of Object.keys(patch) as (keyof P)[]) {
    const value: unknown = patch[key];
    if (value === undefined) continue;
    values.push(jsonFields.includes(key) ? JSON.stringify(value) : value);
    sets.push(`${columns[key]} = $${values.length}`);
  }
  return [...sets, 'updated_at = now()'].join(', ');
}

/** `UPDATE table SET <the patch's defined fields>, updated_at = now() WHERE id = $1` (see `setList`). */
export async function updateRow<P extends object>(
  db: Queryable,
  table: string,
  id: string,
  columns: { [K in keyof P]-?: string },
  patch: P,
  jsonFields: readonly (keyof P)[] = [],
): Promise<void> {
  const values: unknown[] = [id];
  const sets = setList(columns, patch, values, jsonFields);
  await db.query(prepared(`UPDATE ${table} SET ${sets} WHERE id = $1`, values));
}

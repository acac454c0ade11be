/**
 * Agenda's backend creates four indexes on its job table at every start (`CREATE INDEX IF NOT EXISTS`). Three of
 * them no query reads here: the claims (ours, batched, and Agenda's own for the rare jobs), the quiet poll and the
 * queue gauge all filter on `disabled = FALSE` with a due `next_run_at` or a lapsed `locked_at`, which the smaller
 * `agenda_jobs_unfinished_idx` (store/jobs.ts) answers; the rest finds jobs by id or by publication. Each of them
 * still cost every insert and every update of a job row (a claim, a save: never HOT, as they set `locked_at` and
 * `next_run_at`), about three row versions per channel publication. Migration 0036 drops them; the pool the
 * backend prepares its schema with skips their creation, so a start does not build them again.
 */
import type { Pool, PoolClient } from 'pg';
import { JOBS_TABLE } from '../store/jobs.js';

export const UNREAD_AGENDA_INDEXES = [`${JOBS_TABLE}_find_and_lock_idx`, `${JOBS_TABLE}_locked_at_idx`, `${JOBS_TABLE}_next_run_at_idx`] as const;

const createsUnread = (text: unknown): boolean =>
  typeof text === 'string' && /^\s*CREATE INDEX IF NOT EXISTS\s/i.test(text) && UNREAD_AGENDA_INDEXES.some((name) => text.includes(`"${name}"`));

/** A client whose `CREATE INDEX IF NOT EXISTS` of an unread Agenda index does nothing (answers an empty result). */
function skippingClient(client: PoolClient): PoolClient {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  return new Proxy(client, {
    get(target, key) {
      if (key === 'query') return (...args: unknown[]) => (createsUnread(args[0]) ? Promise.resolve({ rows: [], rowCount: 0 }) : query(...args));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** `pool` as Agenda's backend should prepare its schema with: everything but the unread indexes. */
export function withoutUnreadAgendaIndexes(pool: Pool): Pool {
  return new Proxy(pool, {
    get(target, key) {
      if (key === 'connect') return async () => skippingClient(await target.connect());
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

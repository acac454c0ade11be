import type { Pool } from '../../store/db.js';

/** How many statements `work` sends through `pool.query` (the pool's own API, so nothing of ours is replaced). */
export async function statementsDuring(pool: Pool, work: () => Promise<unknown>): Promise<number> {
  const original = pool.query;
  let n = 0;
  pool.query = ((...args: Parameters<typeof original>) => {
    n++;
    return (original as (...a: unknown[]) => unknown).apply(pool, args);
  }) as typeof original;
  try {
    await work();
  } finally {
    pool.query = original;
  }
  return n;
}

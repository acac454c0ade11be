import type { Queryable } from './db.js';

export interface JobQueueStats {
  name: string;
  /** Due now and not locked by any worker. */
  due: number;
  /** Seconds the oldest of those has been waiting. */
  lagSeconds: number;
}

/** Queue depth and lag per job name, read from Agenda's table (`agenda_jobs`). */
export async function jobQueueStats(db: Queryable): Promise<JobQueueStats[]> {
  const { rows } = await db.query<JobQueueStats>(
    `SELECT name, count(*)::int AS due, COALESCE(EXTRACT(EPOCH FROM now() - min(next_run_at)), 0)::float8 AS "lagSeconds"
     FROM agenda_jobs
     WHERE next_run_at <= now() AND locked_at IS NULL AND disabled = FALSE
     GROUP BY name`,
  );
  return rows;
}

/**
 * `BENCH_SAMPLE_WAITS=1`: what PostgreSQL's backends are doing while a window runs. Every `everyMs` one
 * statement reads `pg_stat_activity` (state, wait event, statement) and, for a backend waiting on a lock, the
 * statement of the first backend blocking it. The report is the average number of backends in each state and
 * wait event, the statements most often found waiting on a lock with their blocker, and the statements left
 * open in a transaction while the client was away (each backend named by its process's PGAPPNAME) — a window whose cores are not busy is waiting on one of these.
 */
import pgLib from 'pg';

const SAMPLE = `SELECT coalesce(nullif(a.application_name, ''), '?') AS app, a.state, coalesce(a.wait_event_type, '') AS type, coalesce(a.wait_event, '') AS event,
    left(regexp_replace(a.query, '\\s+', ' ', 'g'), 90) AS query,
    CASE WHEN a.wait_event_type = 'Lock' THEN (
      SELECT left(regexp_replace(b.query, '\\s+', ' ', 'g'), 90) FROM pg_stat_activity b WHERE b.pid = (pg_blocking_pids(a.pid))[1]
    ) END AS blocker
  FROM pg_stat_activity a
  WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend'`;

/** Publication jobs due and claimed by nobody: work waiting while a worker may have room. */
const UNCLAIMED = `SELECT p.channel || ' ' || p.status || CASE WHEN p.lease_until > now() THEN ' (lease live)' ELSE '' END
    || ', due ' || CASE WHEN now() - j.next_run_at < interval '250 ms' THEN '< 250 ms' WHEN now() - j.next_run_at < interval '1 s' THEN '< 1 s' ELSE '≥ 1 s' END || ' ago' AS kind,
    count(*)::int AS n
  FROM agenda_jobs j LEFT JOIN publications p ON p.id = (j.data->>'publicationId')::uuid
  WHERE j.name = 'publication.deliver' AND j.disabled = FALSE AND j.locked_at IS NULL AND j.next_run_at <= now()
  GROUP BY 1`;

interface Row { app: string; state: string | null; type: string; event: string; query: string; blocker: string | null }

export interface WaitReport { samples: number; text: string }

export interface WaitSampler { stop(): Promise<WaitReport> }

const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

function top(map: Map<string, number>, samples: number, n: number): string[] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, c]) => `${(c / samples).toFixed(2).padStart(7)}  ${key}`);
}

export async function startWaitSampler(url: string, everyMs = 25): Promise<WaitSampler> {
  const client = new pgLib.Client({ connectionString: url });
  await client.connect();
  const states = new Map<string, number>();
  const locks = new Map<string, number>();
  const open = new Map<string, number>();
  const active = new Map<string, number>();
  let samples = 0;
  let unclaimed = 0;
  let unclaimedSamples = 0;
  const unclaimedKinds = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<Row>(SAMPLE);
      samples++;
      const kinds = (await client.query<{ kind: string; n: number }>(UNCLAIMED)).rows;
      const due = kinds.reduce((sum, k) => sum + k.n, 0);
      for (const k of kinds) unclaimedKinds.set(k.kind, (unclaimedKinds.get(k.kind) ?? 0) + k.n);
      unclaimed += due;
      if (due > 0) unclaimedSamples++;
      for (const row of rows) {
        const wait = row.type ? `${row.type}:${row.event}` : row.state === 'active' ? 'CPU (no wait event)' : '';
        count(states, `[${row.app}] ${row.state ?? '?'}${wait ? ` / ${wait}` : ''}`);
        if (row.type === 'Lock') count(locks, `[${row.event}] ${row.query}  ⟵  ${row.blocker ?? '(gone)'}`);
        if (row.state === 'idle in transaction') count(open, `[${row.app}] ${row.query}`);
        if (row.state === 'active') count(active, `[${wait}] ${row.query}`);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await client.end();
      const s = Math.max(1, samples);
      const text = [
        `  deliveries due and claimed by nobody: ${(unclaimed / s).toFixed(1)} on average, some in ${((100 * unclaimedSamples) / s).toFixed(0)} % of samples`,
        ...top(unclaimedKinds, s, 8),
        `  backends by state / wait event (average over ${samples} samples):`, ...top(states, s, 16),
        '  waiting on a lock ⟵ blocked by:', ...top(locks, s, 8),
        '  idle in transaction after:', ...top(open, s, 6),
        '  active statements:', ...top(active, s, 10),
      ].join('\n');
      return { samples, text };
    },
  };
}

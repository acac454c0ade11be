/**
 * pg_stat_statements for the benches: an embedded cluster started with the extension loaded, each statement's
 * totals read after a window, and two sets of windows compared per publication (which statements cost more).
 */
import pgLib from 'pg';
import { startEmbedded, type EmbeddedServer } from '../store/embedded.js';

/**
 * An embedded cluster for a bench; with `statements` it is restarted once with pg_stat_statements preloaded (and
 * kept on disk across that restart, which an ephemeral cluster would not be).
 */
export async function startBenchCluster(dir: string, statements: boolean): Promise<EmbeddedServer> {
  const pg = await startEmbedded({ dir, ephemeral: !statements });
  if (!statements) return pg;
  const admin = new pgLib.Client({ connectionString: pg.adminUrl });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await pg.stop();
  return startEmbedded({ dir });
}

/** One statement's totals over a window (or the sum of several windows). */
export interface StatementTotals {
  query: string;
  calls: number;
  execMs: number;
  /** Shared buffers hit and read. */
  blocks: number;
}

/**
 * Every statement's totals since the last reset, by its query id (stable across resets; the text pg_stat_statements
 * keeps for a statement is whichever variant it saw first, so two windows may show one statement two ways).
 */
export async function readStatements(client: pgLib.Client): Promise<Map<string, StatementTotals>> {
  const { rows } = await client.query<{ id: string } & StatementTotals>(
    `SELECT queryid::text AS id, min(regexp_replace(query, '\\s+', ' ', 'g')) AS query, sum(calls)::float8 AS calls,
            sum(total_exec_time)::float8 AS "execMs", sum(shared_blks_hit + shared_blks_read)::float8 AS blocks
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY queryid`,
  );
  return new Map(rows.map(({ id, ...totals }) => [id, totals]));
}

/** Adds a window's totals into a running sum. */
export function addStatements(into: Map<string, StatementTotals>, window: Map<string, StatementTotals>): void {
  for (const [id, t] of window) {
    const was = into.get(id) ?? { query: t.query, calls: 0, execMs: 0, blocks: 0 };
    into.set(id, { query: was.query, calls: was.calls + t.calls, execMs: was.execMs + t.execMs, blocks: was.blocks + t.blocks });
  }
}

/**
 * The statements whose execution time per publication grew most from `base` to `other` (each over its own number
 * of publications), with their mean time and shared blocks per call on both sides: one line each.
 */
export function statementDifferences(base: Map<string, StatementTotals>, basePublications: number, other: Map<string, StatementTotals>, otherPublications: number, top = 10): string[] {
  const zero: StatementTotals = { query: '', calls: 0, execMs: 0, blocks: 0 };
  const side = (t: StatementTotals, publications: number) => ({
    perPublication: t.execMs / publications,
    mean: t.calls ? t.execMs / t.calls : 0,
    blocks: t.calls ? t.blocks / t.calls : 0,
    calls: t.calls / publications,
  });
  return [...new Set([...base.keys(), ...other.keys()])]
    .map((id) => ({ query: (base.get(id) ?? other.get(id))!.query, a: side(base.get(id) ?? zero, basePublications), b: side(other.get(id) ?? zero, otherPublications) }))
    .sort((x, y) => (y.b.perPublication - y.a.perPublication) - (x.b.perPublication - x.a.perPublication))
    .slice(0, top)
    .map(({ query, a, b }) => `${(b.perPublication - a.perPublication >= 0 ? '+' : '') + (b.perPublication - a.perPublication).toFixed(3)} ms/publication; `
      + `calls/publication ${a.calls.toFixed(2)} → ${b.calls.toFixed(2)}, mean ${a.mean.toFixed(3)} → ${b.mean.toFixed(3)} ms, `
      + `blocks/call ${a.blocks.toFixed(1)} → ${b.blocks.toFixed(1)}  ${query.slice(0, 140)}`);
}

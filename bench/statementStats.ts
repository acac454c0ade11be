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
  // Triggers' and functions' own time (audit, NOTIFY, Agenda's trigger) and each statement's planning time.
  await admin.query(`ALTER SYSTEM SET track_functions = 'all'`);
  await admin.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
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

/** Counters of the tables the pipeline writes, read before and after a window (`databaseWindowReport`). */
export interface TableCounters {
  tables: Map<string, { upd: number; hot: number; ins: number; del: number; autovacuums: number; autoanalyzes: number; indexes: number }>;
  functions: Map<string, { calls: number; selfMs: number }>;
  commits: number;
  walBytes: number;
}

const HOT_TABLES = ['publications', 'contents', 'agenda_jobs', 'audit_events', 'audit_chain', 'outbox', 'search_documents'];

/** What a window's database work is made of beyond statements: rows updated HOT or not, triggers' time, commits. */
export async function readTableCounters(client: pgLib.Client): Promise<TableCounters> {
  const { rows: tables } = await client.query<{ name: string; upd: number; hot: number; ins: number; del: number; autovacuums: number; autoanalyzes: number; indexes: number }>(
    `SELECT t.relname AS name, n_tup_upd::float8 AS upd, n_tup_hot_upd::float8 AS hot, n_tup_ins::float8 AS ins, n_tup_del::float8 AS del,
            autovacuum_count::float8 AS autovacuums, autoanalyze_count::float8 AS autoanalyzes,
            (SELECT count(*) FROM pg_index i WHERE i.indrelid = t.relid)::float8 AS indexes
       FROM pg_stat_user_tables t WHERE t.relname = ANY($1)`, [HOT_TABLES]);
  const { rows: functions } = await client.query<{ name: string; calls: number; selfMs: number }>(
    `SELECT schemaname || '.' || funcname AS name, calls::float8 AS calls, self_time::float8 AS "selfMs" FROM pg_stat_user_functions`);
  const { rows: [db] } = await client.query<{ commits: number }>(
    `SELECT xact_commit::float8 AS commits FROM pg_stat_database WHERE datname = current_database()`);
  const { rows: [wal] } = await client.query<{ bytes: number }>(`SELECT wal_bytes::float8 AS bytes FROM pg_stat_wal`);
  return {
    tables: new Map(tables.map(({ name, ...rest }) => [name, rest])),
    functions: new Map(functions.map(({ name, ...rest }) => [name, rest])),
    commits: db.commits,
    walBytes: wal.bytes,
  };
}

/**
 * A window's database report per publication: statements by total execution time (with planning), trigger and
 * function self time, each hot table's updates and how many were HOT, its index count, autovacuums, commits, WAL.
 */
export async function databaseWindowReport(client: pgLib.Client, before: TableCounters, publications: number, top = 25): Promise<string> {
  const after = await readTableCounters(client);
  const per = (n: number): string => (n / publications).toFixed(3);
  const out: string[] = [];
  const { rows } = await client.query<{ calls: number; execMs: number; planMs: number; plans: number; query: string }>(
    `SELECT sum(calls)::float8 AS calls, sum(total_exec_time)::float8 AS "execMs", sum(total_plan_time)::float8 AS "planMs", sum(plans)::float8 AS plans,
            min(regexp_replace(query, '\\s+', ' ', 'g')) AS query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      GROUP BY queryid ORDER BY sum(total_exec_time + total_plan_time) DESC LIMIT $1`, [top]);
  const total = rows.reduce((s, r) => s + r.execMs + r.planMs, 0);
  out.push(`statements by time (top ${top}: ${per(total)} ms exec+plan per publication; calls/pub, exec ms/pub, mean ms, plan ms/pub, plans/pub):`);
  for (const r of rows) {
    out.push(`${per(r.calls).padStart(7)} ${per(r.execMs).padStart(7)} ${(r.execMs / Math.max(r.calls, 1)).toFixed(3).padStart(7)} ${per(r.planMs).padStart(7)} ${per(r.plans).padStart(6)}  ${r.query.slice(0, 140)}`);
  }
  out.push('functions and triggers (calls/pub, self ms/pub):');
  for (const [name, f] of after.functions) {
    const was = before.functions.get(name) ?? { calls: 0, selfMs: 0 };
    if (f.calls - was.calls > 0) out.push(`${per(f.calls - was.calls).padStart(7)} ${per(f.selfMs - was.selfMs).padStart(7)}  ${name}`);
  }
  out.push('tables (indexes; per publication: inserted, updated, of them HOT, deleted; autovacuums/analyzes in the window):');
  for (const [name, t] of after.tables) {
    const was = before.tables.get(name) ?? { upd: 0, hot: 0, ins: 0, del: 0, autovacuums: 0, autoanalyzes: 0, indexes: 0 };
    out.push(`  ${name.padEnd(18)} ${String(t.indexes).padStart(2)} idx; ins ${per(t.ins - was.ins)}, upd ${per(t.upd - was.upd)}, HOT ${per(t.hot - was.hot)}, del ${per(t.del - was.del)}; autovacuum ${t.autovacuums - was.autovacuums}, autoanalyze ${t.autoanalyzes - was.autoanalyzes}`);
  }
  out.push(`commits ${per(after.commits - before.commits)}, WAL ${((after.walBytes - before.walBytes) / publications / 1024).toFixed(2)} kB per publication`);
  return out.join('\n');
}

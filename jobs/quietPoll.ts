/**
 * Agenda's poll claims, every `processEvery`, the next due job of EVERY defined name, one statement per name:
 * with the inspection, checkpoint, publicity and reconciliation jobs that is most of a worker's idle statements,
 * and it is paid per second per worker, so the cost per publication grew with the number of workers (and with
 * a short poll interval). Here one statement asks which of those rare names have a job due within the scan
 * window (or a lapsed lock), and only those are claimed, as before; the `busy` names (deliveries) are filled at every
 * poll as Agenda (and the batched claim) does. A notification still fills its name at once.
 */
import type { Agenda } from 'agenda';
import { prepared, type Pool } from '../store/db.js';
import { JOBS_TABLE } from '../store/jobs.js';

const DUE = `SELECT DISTINCT name FROM "${JOBS_TABLE}"
  WHERE name = ANY($1) AND disabled = FALSE AND ((locked_at IS NULL AND next_run_at <= $2) OR locked_at <= $3)`;

/** The members of Agenda 6's JobProcessor this module relies on (private in its typings). */
interface ProcessorInternals {
  processEvery: number;
  nextScanAt: Date;
  isRunning: boolean;
  process(): Promise<void>;
  jobQueueFilling(name: string): Promise<void>;
  jobProcessing(): unknown;
}

const isProcessor = (value: unknown): value is ProcessorInternals => {
  const p = value as Partial<ProcessorInternals> | null;
  return !!p && typeof p.process === 'function' && typeof p.jobQueueFilling === 'function' && typeof p.jobProcessing === 'function' && typeof p.processEvery === 'number';
};

/**
 * Replaces the started Agenda's poll: `busy` names are filled at every poll, every other defined name only when
 * the job table holds one of its jobs due. Returns false, leaving Agenda as it is, when its processor is not
 * the shape this was written against.
 */
export function pollRareJobsTogether(agenda: Agenda, pool: Pool, busy: readonly string[]): boolean {
  const processor = (agenda as unknown as { jobProcessor?: unknown }).jobProcessor;
  if (!isProcessor(processor)) return false;
  processor.process = async (): Promise<void> => {
    if (!processor.isRunning) return;
    const names = Object.keys(agenda.definitions);
    const rare = names.filter((name) => !busy.includes(name));
    let due = rare;
    if (rare.length) {
      const now = Date.now();
      // The widest net of the claims it stands for: a name it lets through is claimed by Agenda's own rules.
      const lapsed = new Date(now - Math.min(...rare.map((name) => agenda.definitions[name].lockLifetime)));
      try {
        const { rows } = await pool.query<{ name: string }>(prepared(DUE, [rare, new Date(now + processor.processEvery), lapsed]));
        due = rows.map((row) => row.name);
      } catch {
        // Agenda's own claims then meet the same database and report it as they always did.
      }
    }
    await Promise.all([...names.filter((name) => busy.includes(name)), ...due].map((name) => processor.jobQueueFilling(name)));
    void processor.jobProcessing();
  };
  return true;
}

import type { Queryable } from '../store/db.js';
import { currentRequestId, withRequestId } from '../observe/logger.js';
import { claimOutbox, finishOutbox, finishOutboxRows, insertOutbox, retryOutbox, type OutboxKind, type OutboxRow } from '../store/outbox.js';
import type { Deps, Mail } from './deps.js';

/**
 * What must follow a state change is written as outbox rows in the change's own transaction, so it
 * happens if and only if the change committed; `dispatchOutbox` carries the rows out afterwards
 * (at least once: a crash mid-send sends that row again).
 */
export const MAX_OUTBOX_ATTEMPTS = 8;

/** 2 s, 4 s, 8 s … at most 10 minutes: a mail server that is down for an hour still gets the mail. */
const retryDelay = (attempts: number): number => Math.min(10 * 60_000, 2000 * 2 ** (attempts - 1));

/** The request that caused the row travels with it, so the jobs it arms log that request's id. */
async function enqueue(tx: Queryable, kind: OutboxKind, payload: object): Promise<void> {
  const requestId = currentRequestId();
  await insertOutbox(tx, kind, requestId ? { ...payload, requestId } : payload);
}

export async function queueMail(tx: Queryable, mail: Mail): Promise<void> {
  if (mail.to.length) await enqueue(tx, 'mail', mail);
}

/** Arms delivery jobs for these publications once the transaction commits. */
export async function armDeliveries(tx: Queryable, publicationIds: string[], at: Date): Promise<void> {
  if (publicationIds.length) await enqueue(tx, 'deliver', { publicationIds, at: at.toISOString() });
}

export async function armRetractions(tx: Queryable, publicationIds: string[]): Promise<void> {
  if (publicationIds.length) await enqueue(tx, 'retract', { publicationIds });
}

export async function disarmDeliveries(tx: Queryable, publicationIds: string[]): Promise<void> {
  if (publicationIds.length) await enqueue(tx, 'cancel', { publicationIds });
}

async function perform(deps: Deps, row: OutboxRow): Promise<void> {
  const payload = row.payload as { publicationIds: string[]; at?: string; requestId?: string } & Partial<Mail>;
  switch (row.kind) {
    case 'mail':
      return deps.mailer.send({ to: payload.to!, subject: payload.subject!, text: payload.text! });
    case 'deliver':
      return deps.scheduler.deliver(payload.publicationIds, new Date(payload.at!));
    case 'retract':
      return deps.scheduler.retract(payload.publicationIds);
    case 'cancel':
      return deps.scheduler.cancel(payload.publicationIds);
  }
}

/**
 * How long a claimed batch is the claimer's: longer than a batch takes (a mail server's timeouts included), so
 * a slow send is not sent twice by a second dispatcher; a dispatcher that died mid-batch is replaced after it.
 */
export const OUTBOX_LEASE_MS = 5 * 60_000;

/**
 * Carries out one batch of due rows; returns how many it took (0: nothing due). The rows are leased, not locked:
 * no database connection is held while mails are written or sent and jobs armed (a worker's pool is small, and
 * arming a job needs a connection of its own).
 */
export async function dispatchOutbox(deps: Deps, limit = 20): Promise<number> {
  const rows = await claimOutbox(deps.pool, limit, OUTBOX_LEASE_MS);
  // Rows done without error are marked together at the end: one statement for the batch.
  const done: number[] = [];
  for (const row of rows) {
    try {
      await withRequestId((row.payload as { requestId?: string }).requestId, () => perform(deps, row));
      done.push(row.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = row.attempts + 1;
      if (attempts >= MAX_OUTBOX_ATTEMPTS) {
        deps.logger.error({ err: error, outboxId: row.id, kind: row.kind, attempts }, '发件箱条目多次失败，已放弃');
        await finishOutbox(deps.pool, row.id, message);
      } else {
        deps.logger.warn({ err: error, outboxId: row.id, kind: row.kind, attempts }, '发件箱条目失败，稍后重试');
        await retryOutbox(deps.pool, row.id, message, retryDelay(attempts));
      }
    }
  }
  await finishOutboxRows(deps.pool, done);
  return rows.length;
}

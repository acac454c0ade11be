import type { Queryable } from '../store/db.js';
import type { UserRecord } from '../store/organisation.js';
import type { Deps } from './deps.js';
import { queueMail } from './outbox.js';

/**
 * Queues a mail in the outbox. Pass the transaction of the state change the mail reports: the mail is
 * then sent if and only if the change committed, and a slow or absent mail server never slows or fails
 * the change. (A `{ pool }` queues it on its own, for reports made after the fact.)
 */
export async function notify(db: Queryable | { pool: Queryable }, users: Pick<UserRecord, 'email'>[], subject: string, text: string): Promise<void> {
  const to = [...new Set(users.map((u) => u.email).filter((e): e is string => !!e))];
  await queueMail('pool' in db ? db.pool : db, { to, subject: `【统发】${subject}`, text });
}

/** The item's page in the console: every mail about an item links there and names it by its title. */
export const consoleLink = (deps: Pick<Deps, 'config'>, contentId: string): string => `${deps.config.publicBaseUrl}/console/contents/${contentId}`;

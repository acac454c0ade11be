import { channelLabel } from '../channels/catalogue.js';
import { findRevision } from '../store/contents.js';
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

/** Where a reviewer acts on an item: the review page, not the editor's view of it. */
export const reviewLink = (deps: Pick<Deps, 'config'>, contentId: string): string => `${deps.config.publicBaseUrl}/console/review/${contentId}`;

/**
 * How a mail about one channel copy of an item names it: 《title》 and the channel in Chinese, never ids or
 * enum names; `link` goes to the item's page, where its publications can be retried.
 */
export async function publicationSubject(deps: Pick<Deps, 'config' | 'pool'>, publication: { contentId: string; revision: number; channel: string; accountName: string | null }): Promise<{ title: string; where: string; link: string }> {
  // The revision this copy publishes: its title is the one readers of that channel saw.
  const revision = await findRevision(deps.pool, publication.contentId, publication.revision);
  const where = `${channelLabel(publication.channel)}${publication.accountName ? `「${publication.accountName}」` : ''}`;
  return { title: `《${revision?.title ?? '（标题不详）'}》`, where, link: consoleLink(deps, publication.contentId) };
}

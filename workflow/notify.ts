import type { UserRecord } from '../store/organisation.js';
import type { Deps } from './deps.js';

/**
 * Mail is a courtesy after the fact: it is sent once the state change committed, and a mail server
 * that is down must not undo or fail the change it reports.
 */
export async function notify(deps: Deps, users: Pick<UserRecord, 'email'>[], subject: string, text: string): Promise<void> {
  const to = [...new Set(users.map((u) => u.email).filter((e): e is string => !!e))];
  if (to.length === 0) return;
  try {
    await deps.mailer.send({ to, subject: `【统发】${subject}`, text });
  } catch (error) {
    process.stderr.write(`mail to ${to.join(', ')} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

/** The item's page in the console: every mail about an item links there and names it by its title. */
export const consoleLink = (deps: Pick<Deps, 'config'>, contentId: string): string => `${deps.config.publicBaseUrl}/console/contents/${contentId}`;

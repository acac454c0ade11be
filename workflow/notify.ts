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
    deps.logger.error({ err: error, to, subject }, '通知邮件发送失败');
  }
}

/** Non-secret per-account settings (channel_accounts.settings): WeChat delivery mode, quota facts, the last check. */
import { prepared, type Queryable } from './db.js';

export interface AccountCheck {
  ok: boolean;
  /** False when the platform could not be reached: the credentials are neither proven nor refuted. */
  reachable: boolean;
  code: string | null;
  message: string;
  checkedAt: string;
}

export interface AccountSettings {
  /** WeChat: how a release goes out by default. */
  wechatMode?: 'publish' | 'mass_send';
  /** WeChat: 订阅号 (one 群发 a day) or 服务号 (four a month). */
  wechatAccountType?: 'subscription' | 'service';
  /** WeChat: API群发保护 is on — an administrator confirms every 群发 on the phone within 30 minutes. */
  massSendProtection?: boolean;
  lastCheck?: AccountCheck;
}

export async function findAccountSettings(db: Queryable, accountId: string): Promise<AccountSettings> {
  const { rows } = await db.query<{ settings: AccountSettings }>(prepared('SELECT settings FROM channel_accounts WHERE id = $1', [accountId]));
  return rows[0]?.settings ?? {};
}

/** Merges `patch` into the settings (a key set to null is removed). */
export async function mergeAccountSettings(db: Queryable, accountId: string, patch: Record<string, unknown>): Promise<void> {
  await db.query(
    `UPDATE channel_accounts SET settings = jsonb_strip_nulls(settings || $2::jsonb), updated_at = now() WHERE id = $1`,
    [accountId, JSON.stringify(patch)],
  );
}

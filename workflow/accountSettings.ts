/** A channel admin's choices for a WeChat account: 发布 or 群发 by default, the account type, API群发保护. */
import { z } from 'zod';
import { appendAudit } from '../audit/chain.js';
import { findAccount, type AccountRecord } from '../store/accounts.js';
import { mergeAccountSettings } from '../store/channelSettings.js';
import { isUuid } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput, notFound } from './errors.js';

const SettingsInput = z
  .object({
    wechatMode: z.enum(['publish', 'mass_send']).nullable().optional(),
    wechatAccountType: z.enum(['subscription', 'service']).nullable().optional(),
    massSendProtection: z.boolean().nullable().optional(),
  })
  .strict();

export type AccountSettingsInput = z.infer<typeof SettingsInput>;

export async function updateChannelAccountSettings(deps: Deps, actor: Actor | null, id: string, input: unknown): Promise<AccountRecord> {
  const who = requireRole(actor, 'channel_admin');
  const parsed = SettingsInput.safeParse(input);
  if (!parsed.success) throw badInput(`账号设置无效：${parsed.error.issues.map((i) => i.path.join('.') || i.message).join('、')}`, { field: 'input' });
  if (!isUuid(id)) throw notFound('渠道账号');
  await withTransaction(deps.pool, async (tx) => {
    const account = await findAccount(tx, id, true);
    if (!account) throw notFound('渠道账号');
    requireSameUnit(who, account.unitId);
    if (account.channel !== 'WECHAT') throw badInput('发布方式、账号类型和群发保护只适用于微信公众号', { field: 'id' });
    await mergeAccountSettings(tx, id, parsed.data);
    await appendAudit(tx, { actor: who.username, action: 'account.settings', targetType: 'channel_account', targetId: id, unitCode: account.unitCode, details: { ...parsed.data } });
  });
  return (await findAccount(deps.pool, id))!;
}

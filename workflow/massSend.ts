/**
 * WeChat 发布 or 群发, chosen per account (its settings) and overridable per release (publishContent's options).
 * A 群发 is booked only within the platform's quota — 订阅号 one a day, 服务号 four a month (Beijing time) — so
 * the scheduler refuses a release that would go past it instead of letting the platform refuse it later. With
 * API群发保护 on, a 群发 waits for an administrator's confirmation on the phone: the publication shows
 * AWAITING_CONFIRMATION and the unit's channel admins are mailed.
 */
import { appendAudit } from '../audit/chain.js';
import { WECHAT_DEFAULT_MODE } from '../channels/wechat/descriptor.js';
import { findAccountSettings, type AccountSettings } from '../store/channelSettings.js';
import { withTransaction, type Tx } from '../store/db.js';
import { countMassSends, type DeliveryMode } from '../store/deliveryState.js';
import { findUsersOfUnit } from '../store/organisation.js';
import { saveHeldProgress, type ModeBooking, type PublicationRecord, type ReleasedPublication } from '../store/publications.js';
import type { Deps } from './deps.js';
import { AppError, badInput } from './errors.js';
import { notify, publicationSubject } from './notify.js';

export interface ReleaseOptions {
  /** WeChat for this release only: 'publish' (发布) or 'mass_send' (群发); absent = each account's setting. */
  wechatMode?: DeliveryMode | null;
}

export const MASS_SEND_QUOTA = { subscription: { period: 'day', limit: 1, label: '订阅号每天 1 次' }, service: { period: 'month', limit: 4, label: '服务号每月 4 次' } } as const;

export function defaultWechatMode(settings: AccountSettings): DeliveryMode {
  return settings.wechatMode ?? WECHAT_DEFAULT_MODE;
}

/**
 * A WeChat publication whose account row was not there when the release booked its mode: nothing was booked, so
 * a 群发 would go out uncounted against the quota. The release is refused (and its transaction undone) instead.
 */
export class UnbookedDeliveryError extends AppError {
  constructor(readonly publicationId: string, readonly accountId: string) {
    super('NOT_FOUND', '发布所用的公众号账号不存在或已被删除，无法安排发布方式，请检查渠道账号后重试', { publicationId, accountId });
  }
}

/** What a release books for its WeChat publications (in `upsertPublications`' own statement). */
export function wechatBooking(options: ReleaseOptions | undefined): ModeBooking {
  return { channel: 'WECHAT', override: options?.wechatMode ?? null, fallback: WECHAT_DEFAULT_MODE };
}

/**
 * Checks the modes a release booked (`wechatBooking`) for its WeChat publications that go out: a row booked no
 * mode (its account row missing) or a 群发 past the account's quota refuses the release, and the transaction
 * takes the modes back with everything else.
 */
export async function checkWechatModes(tx: Tx, publications: readonly ReleasedPublication[], at: Date): Promise<void> {
  const wechat = publications.filter((p) => p.channel === 'WECHAT' && p.accountId && (p.status === 'PENDING' || p.status === 'CANCELLED' || p.status === 'FAILED'));
  for (const publication of wechat) {
    const { deliveryMode: mode, accountType } = publication;
    if (!mode) throw new UnbookedDeliveryError(publication.id, publication.accountId!);
    if (mode === 'mass_send') {
      const quota = MASS_SEND_QUOTA[accountType ?? 'subscription'];
      const booked = await countMassSends(tx, publication.accountId!, at, quota.period, wechat.map((p) => p.id));
      if (booked >= quota.limit) {
        throw badInput(
          `公众号「${publication.accountName ?? ''}」在${quota.period === 'day' ? '当天' : '当月'}的群发次数已排满（${quota.label}），无法再安排群发。请改用“发布”，或改到${quota.period === 'day' ? '其他日期' : '下月'}群发`,
          { field: 'options.wechatMode', accountId: publication.accountId, quota: quota.limit, booked },
        );
      }
    }
  }
}

/**
 * A 群发 just handed to the platform on an account with API群发保护: the publication waits for the administrator,
 * visibly, and the unit's channel admins are told to confirm on the phone within 30 minutes. Fenced like every other
 * write of a delivery: only while the row still carries this delivery's lease token (a worker that stalled past its
 * lease must not mark, audit or mail for a publication another worker now holds), and merged into the progress
 * saved meanwhile (the adapter's checkpoints since the claim), not over it. False when the lease was lost.
 */
export async function awaitMassSendConfirmation(deps: Deps, publication: PublicationRecord, unitId: string): Promise<boolean> {
  if (!publication.accountId) return true;
  const settings = await findAccountSettings(deps.pool, publication.accountId);
  if (!settings.massSendProtection) return true;
  const held = await withTransaction(deps.pool, async (tx) => {
    if (!(await saveHeldProgress(tx, publication.id, publication.leaseToken, { massStage: 'awaiting_confirmation' }, null))) return false;
    await appendAudit(tx, { actor: 'system:deliver', action: 'publication.awaiting_confirmation', targetType: 'publication', targetId: publication.id, revision: publication.revision, details: { contentId: publication.contentId, channel: publication.channel } });
    return true;
  });
  if (!held) return false;
  const admins = await findUsersOfUnit(deps.pool, unitId, ['channel_admin']);
  const item = await publicationSubject(deps, publication);
  await notify(
    deps,
    admins,
    `群发待确认：${item.title}（${publication.accountName ?? '公众号'}）`,
    `${item.title}已提交公众号「${publication.accountName ?? ''}」群发。该账号开启了“API群发保护”，请公众号管理员在 30 分钟内于手机微信上确认，逾时或拒绝则群发失败。\n${item.link}`,
  );
  return true;
}

/** What the API shows: a PUBLISHING 群发 that waits for its administrator is AWAITING_CONFIRMATION. */
export function visiblePublicationStatus(publication: PublicationRecord): string {
  return publication.status === 'PUBLISHING' && publication.progress?.massStage === 'awaiting_confirmation' ? 'AWAITING_CONFIRMATION' : publication.status;
}

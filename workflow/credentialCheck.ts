/**
 * Credentials checked at the door: a WeChat or Weibo account is verified against its platform when it is
 * created, when its credentials are rotated, and on demand ("test connection", `testChannelAccount`). A platform
 * that refuses them stops the change with CHANNEL_CREDENTIALS_INVALID and a message saying what to fix; a
 * platform that cannot be reached does not (the check is recorded as inconclusive and can be repeated).
 */
import { appendAudit } from '../audit/chain.js';
import { ChannelError, type AccountCredentials, type ChannelKind } from '../channels/Channel.js';
import { credentialVerifier } from '../channels/verify.js';
import { findAccount } from '../store/accounts.js';
import { mergeAccountSettings, type AccountCheck } from '../store/channelSettings.js';
import { isUuid } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { loadAccountCredentials } from './accounts.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, notFound } from './errors.js';

const LABEL: Partial<Record<ChannelKind, string>> = { WECHAT: '微信公众号', WEIBO: '微博' };

/** What to tell a civil servant for each refusal the platforms document. */
const ADVICE: Record<string, string> = {
  WECHAT_40013: 'AppID 无效。请核对公众号后台“设置与开发—基本配置”中的开发者ID（AppID）',
  WECHAT_41002: '缺少 AppID。请填写公众号的开发者ID（AppID）',
  WECHAT_40125: 'AppSecret 无效或已被重置。请在公众号后台“基本配置”中重新获取 AppSecret 后填写',
  WECHAT_40001: 'AppSecret 无效或已被重置。请在公众号后台“基本配置”中重新获取 AppSecret 后填写',
  WECHAT_41004: '缺少 AppSecret。请填写公众号的开发者密码（AppSecret）',
  WECHAT_40164: '本系统服务器的出口 IP 不在公众号的 IP 白名单中。请在公众号后台“基本配置—IP白名单”中添加后重试',
  WECHAT_40002: '平台拒绝了授权方式，请联系系统管理员',
  WEIBO_21332: '微博访问令牌（accessToken）无效或已被撤销。请重新授权本应用后填写新的令牌',
  WEIBO_21327: '微博访问令牌（accessToken）已过期。请重新授权本应用后填写新的令牌',
  WEIBO_21301: '微博未能认证该访问令牌。请重新授权本应用后填写新的令牌',
  WEIBO_21314: '微博访问令牌已被使用或已失效。请重新授权后填写新的令牌',
  WEIBO_21315: '微博访问令牌已过期。请重新授权后填写新的令牌',
  WEIBO_21316: '微博访问令牌不合法。请重新授权后填写新的令牌',
  WEIBO_21317: '微博访问令牌不合法。请重新授权后填写新的令牌',
  WEIBO_21319: '微博授权已被用户撤销。请重新授权后填写新的令牌',
};

/** Asks the platform; never throws for a platform's verdict, only reports it. */
export async function checkCredentials(deps: Pick<Deps, 'config' | 'now'>, channel: ChannelKind, account: AccountCredentials): Promise<AccountCheck> {
  const checkedAt = deps.now().toISOString();
  const env = deps.config.channelEnv;
  const verifier = credentialVerifier(channel, { wechatApiBase: env.WECHAT_API_BASE, weiboApiBase: env.WEIBO_API_BASE });
  const label = LABEL[channel] ?? channel;
  if (!verifier) return { ok: true, reachable: true, code: null, message: `${label}是本系统自有渠道，无需凭据`, checkedAt };
  try {
    await verifier.verifyCredentials(account);
    return { ok: true, reachable: true, code: null, message: `${label}连接正常，凭据有效`, checkedAt };
  } catch (error) {
    const failure = error instanceof ChannelError ? error : new ChannelError(String(error), true, 'UNEXPECTED');
    if (failure.retryable) {
      return { ok: false, reachable: false, code: failure.code, message: `暂时无法连接${label}平台，凭据未能验证（${failure.code}），请稍后再测试连接`, checkedAt };
    }
    const advice = ADVICE[failure.code] ?? `平台拒绝了这组凭据：${failure.message}`;
    return { ok: false, reachable: true, code: failure.code, message: `${label}凭据验证未通过（${failure.code}）：${advice}`, checkedAt };
  }
}

/** For create and rotate: a definite refusal stops the change. */
export function refuseInvalid(check: AccountCheck): void {
  if (!check.ok && check.reachable) throw new AppError('CHANNEL_CREDENTIALS_INVALID', check.message, { platformCode: check.code });
}

/** 测试连接: the account's stored credentials against its platform; the result is kept as the account's last check. */
export async function testChannelAccount(deps: Deps, actor: Actor | null, id: string): Promise<AccountCheck> {
  const who = requireRole(actor, 'channel_admin');
  if (!isUuid(id)) throw notFound('渠道账号');
  const account = await findAccount(deps.pool, id);
  if (!account) throw notFound('渠道账号');
  requireSameUnit(who, account.unitId);
  const credentials = await loadAccountCredentials(deps, id, { activeOnly: false });
  const check = await checkCredentials(deps, account.channel, credentials);
  await withTransaction(deps.pool, async (tx) => {
    await mergeAccountSettings(tx, id, { lastCheck: check });
    await appendAudit(tx, {
      actor: who.username, action: 'account.tested', targetType: 'channel_account', targetId: id, unitCode: account.unitCode,
      details: { channel: account.channel, ok: check.ok, reachable: check.reachable, code: check.code },
    });
  });
  return check;
}

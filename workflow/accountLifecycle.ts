import { appendAudit } from '../audit/chain.js';
import type { Json } from '../audit/canonical.js';
import { changeAccountStatus, findAccount, setAccountCredentials, type AccountRecord, type AccountStatus } from '../store/accounts.js';
import { isUuid } from '../store/contents.js';
import { withTransaction, type Tx } from '../store/db.js';
import { mergeAccountSettings } from '../store/channelSettings.js';
import { validateCredentials } from './accounts.js';
import { checkCredentials, refuseInvalid } from './credentialCheck.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, notFound } from './errors.js';

/**
 * The life of a WeChat or Weibo account after it is opened: credentials rotated (which is also how an
 * account whose authorisation failed is re-authorised), suspended and resumed, and closed for good
 * (关停整合). Publication only ever targets active accounts (publishContent), and a delivery already
 * queued for an account that stops being active fails with ACCOUNT_INACTIVE naming the status.
 */

type Move = 'rotate' | 'suspend' | 'resume' | 'close';

/** Account statuses as the console names them, for the sentences a channel admin reads. */
const ACCOUNT_STATUS_NAMES: { readonly [S in AccountStatus]: string } = { active: '正常', suspended: '已暂停', needs_reauth: '需重新授权', closed: '已关停' };

const FROM: Record<Move, readonly AccountStatus[]> = {
  rotate: ['active', 'suspended', 'needs_reauth'],
  suspend: ['active', 'needs_reauth'],
  resume: ['suspended'],
  // Closing is final: a closed account keeps its history but is never published to again.
  close: ['active', 'suspended', 'needs_reauth'],
};

const LABELS: Record<Move, string> = { rotate: '轮换凭据', suspend: '暂停', resume: '恢复', close: '关停' };
const MAX_REASON = 500;

function requireReason(reason: string | null | undefined): string {
  const why = reason?.trim();
  if (!why || [...why].length > MAX_REASON) throw badInput(`须说明理由（1–${MAX_REASON} 字）`, { field: 'reason' });
  return why;
}

/**
 * The skeleton every move shares: the account's own unit (谁开设、谁管理) or an admin, the row locked,
 * the move allowed from its status, the change and its audit event in one transaction.
 */
async function move(
  deps: Deps,
  actor: Actor | null,
  id: string,
  kind: Move,
  apply: (tx: Tx, account: AccountRecord) => Promise<{ to: AccountStatus; details: { [key: string]: Json } }>,
): Promise<AccountRecord> {
  const who = requireRole(actor, 'channel_admin');
  if (!isUuid(id)) throw notFound('渠道账号');
  await withTransaction(deps.pool, async (tx) => {
    const account = await findAccount(tx, id, true);
    if (!account) throw notFound('渠道账号');
    requireSameUnit(who, account.unitId);
    if (!FROM[kind].includes(account.status)) {
      throw new AppError('INVALID_TRANSITION', `${ACCOUNT_STATUS_NAMES[account.status]}的账号不能${LABELS[kind]}`, { from: account.status, action: kind });
    }
    const { to, details } = await apply(tx, account);
    await appendAudit(tx, {
      actor: who.username, action: `account.${kind}`, targetType: 'channel_account', targetId: id, unitCode: account.unitCode,
      details: { channel: account.channel, name: account.name, from: account.status, to, ...details },
    });
  });
  return (await findAccount(deps.pool, id))!;
}

/**
 * Replaces the credentials (write-only, sealed like at creation). An account marked needs_reauth after
 * the platform refused its token becomes active again; a suspended one stays suspended.
 */
export async function rotateChannelCredentials(deps: Deps, actor: Actor | null, id: string, credentials: unknown): Promise<AccountRecord> {
  requireRole(actor, 'channel_admin');
  const current = isUuid(id) ? await findAccount(deps.pool, id) : null;
  if (!current) throw notFound('渠道账号');
  // Checked before anything changes: the platform's refusal keeps the old credentials in place.
  const check = await checkCredentials(deps, current.channel, { accountId: id, name: current.name, credentials: validateCredentials(current.channel, credentials) });
  refuseInvalid(check);
  return move(deps, actor, id, 'rotate', async (tx, account) => {
    const valid = validateCredentials(account.channel, credentials);
    await setAccountCredentials(tx, id, deps.credentials.seal(valid));
    await mergeAccountSettings(tx, id, { lastCheck: check });
    const to: AccountStatus = account.status === 'needs_reauth' ? 'active' : account.status;
    if (to !== account.status) await changeAccountStatus(tx, id, { status: to, reason: '凭据已轮换，重新授权', at: deps.now() });
    // Which fields changed, never their values: the audit trail is readable by overseers.
    return { to, details: { fields: Object.keys(valid) } };
  });
}

export function suspendChannelAccount(deps: Deps, actor: Actor | null, id: string, reason: string): Promise<AccountRecord> {
  return move(deps, actor, id, 'suspend', async (tx) => {
    const why = requireReason(reason);
    await changeAccountStatus(tx, id, { status: 'suspended', reason: why, at: deps.now() });
    return { to: 'suspended', details: { reason: why } };
  });
}

/** Back to active; credentials that went bad meanwhile are caught by the next delivery (needs_reauth). */
export function resumeChannelAccount(deps: Deps, actor: Actor | null, id: string): Promise<AccountRecord> {
  return move(deps, actor, id, 'resume', async (tx) => {
    await changeAccountStatus(tx, id, { status: 'active', reason: null, at: deps.now() });
    return { to: 'active', details: {} };
  });
}

export function closeChannelAccount(deps: Deps, actor: Actor | null, id: string, reason: string): Promise<AccountRecord> {
  return move(deps, actor, id, 'close', async (tx) => {
    const why = requireReason(reason);
    await changeAccountStatus(tx, id, { status: 'closed', reason: why, at: deps.now() });
    return { to: 'closed', details: { reason: why } };
  });
}

import { appendAudit } from '../audit/chain.js';
import { ChannelError, type AccountCredentials, type ChannelKind } from '../channels/Channel.js';
import { ACCOUNT_KINDS, channelDescriptor, channelLabel, isChannelKind } from '../channels/catalogue.js';
import { findAccount, findAccountWithCredentials, insertAccount, listAccounts, type AccountRecord } from '../store/accounts.js';
import { mergeAccountSettings } from '../store/channelSettings.js';
import { withTransaction } from '../store/db.js';
import { checkCredentials, refuseInvalid } from './credentialCheck.js';
import { findUnitByCode } from '../store/organisation.js';
import { requireRole, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, forbidden } from './errors.js';

export interface AccountInput {
  channel: string;
  name: string;
  unitCode?: string | null;
  credentials: unknown;
}

/** Checks credentials against the channel descriptor's schema; unknown fields are dropped, never stored. */
export function validateCredentials(channel: ChannelKind, credentials: unknown): Record<string, string> {
  if (!credentials || typeof credentials !== 'object' || Array.isArray(credentials)) throw badInput('credentials 须为对象', { field: 'credentials' });
  const schema = channelDescriptor(channel).credentials;
  if (!schema) throw badInput(`${channelLabel(channel)}是本系统自有渠道，无需账号`, { field: 'channel' });
  // null means "not given" for optional fields, as it did before the schemas.
  const given = Object.fromEntries(Object.entries(credentials).filter(([, v]) => v !== null));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join('.');
  const message = issue.code === 'invalid_type' ? `${channelLabel(channel)}账号的 ${field} 须为非空字符串` : issue.message;
  throw badInput(message, { field: `credentials.${field}` });
}

/** 谁开设、谁管理: a channel admin registers accounts for their own unit; admins for any unit. */
export async function createChannelAccount(deps: Deps, actor: Actor | null, input: AccountInput): Promise<AccountRecord> {
  const who = requireRole(actor, 'channel_admin');
  const channel = input.channel?.toUpperCase() ?? '';
  if (!isChannelKind(channel) || !ACCOUNT_KINDS.includes(channel)) throw badInput(`账号仅限 ${ACCOUNT_KINDS.join('、')}；门户和客户端是本系统自有渠道，无需账号`, { field: 'channel' });
  const name = input.name?.trim();
  if (!name || [...name].length > 100) throw badInput('账号名称须为 1–100 字', { field: 'name' });
  const credentials = validateCredentials(channel, input.credentials);
  // Checked at the door: the platform's refusal stops the account from being opened as active.
  const check = await checkCredentials(deps, channel, { accountId: '', name, credentials });
  refuseInvalid(check);
  const id = await withTransaction(deps.pool, async (tx) => {
    const unit = input.unitCode ? await findUnitByCode(tx, input.unitCode) : null;
    if (input.unitCode && !unit) throw badInput(`单位 ${input.unitCode} 不存在`, { field: 'unitCode' });
    const unitId = unit?.id ?? who.unitId;
    if (!unitId) throw badInput('须指定单位', { field: 'unitCode' });
    if (who.role !== 'admin' && who.role !== 'system' && unitId !== who.unitId) throw forbidden('只能为本单位开设账号');
    try {
      const accountId = await insertAccount(tx, { channel, name, unitId, credentialsEnc: deps.credentials.seal(credentials), createdBy: who.id });
      await mergeAccountSettings(tx, accountId, { lastCheck: check });
      await appendAudit(tx, { actor: who.username, action: 'account.create', targetType: 'channel_account', targetId: accountId, unitCode: unit?.code ?? who.unitCode, details: { channel, name, verified: check.ok } });
      return accountId;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new AppError('CONFLICT', `本单位已有名为「${name}」的${channelLabel(channel)}账号`);
      throw error;
    }
  });
  return (await findAccount(deps.pool, id))!;
}

export async function listChannelAccounts(deps: Deps, actor: Actor | null): Promise<AccountRecord[]> {
  const who = requireRole(actor, 'channel_admin', 'overseer', 'editor', 'reviewer');
  return listAccounts(deps.pool, seesAllUnits(who) ? null : who.unitId);
}

/** What opening an account's credentials needs of its row. */
export type SealedAccount = Pick<AccountRecord, 'name' | 'status'> & { credentialsEnc: string };

/**
 * The decrypted credentials of an active account, for its adapter only. Inactive accounts (suspended,
 * closed, needing re-authorisation) are refused with a ChannelError the delivery records as the reason.
 */
export async function loadAccountCredentials(deps: Pick<Deps, 'pool' | 'credentials'>, accountId: string, options: { activeOnly?: boolean } = {}): Promise<AccountCredentials> {
  return openAccountCredentials(deps, accountId, await findAccountWithCredentials(deps.pool, accountId), options);
}

/** `loadAccountCredentials` for an account row already read (the delivery's claim reads it with the publication). */
export function openAccountCredentials(deps: Pick<Deps, 'credentials'>, accountId: string, account: SealedAccount | null, options: { activeOnly?: boolean } = {}): AccountCredentials {
  if (!account) throw new ChannelError('渠道账号不存在', false, 'NO_ACCOUNT');
  if ((options.activeOnly ?? true) && account.status !== 'active') throw new ChannelError(`渠道账号「${account.name}」状态为 ${account.status}，已跳过`, false, 'ACCOUNT_INACTIVE');
  return { accountId, name: account.name, credentials: deps.credentials.open(account.credentialsEnc) as Record<string, string> };
}

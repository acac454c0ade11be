import type { ChannelKind } from '../channels/Channel.js';
import { prepared, type Queryable } from './db.js';

export type AccountStatus = 'active' | 'suspended' | 'needs_reauth' | 'closed';

export interface AccountRecord {
  id: string;
  channel: ChannelKind;
  name: string;
  unitId: string;
  unitCode: string;
  status: AccountStatus;
  /** Why it was last suspended, resumed or closed (关停整合), and when. */
  statusReason: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const COLUMNS = `a.id, a.channel, a.name, a.unit_id AS "unitId", n.code AS "unitCode", a.status, a.status_reason AS "statusReason",
  a.status_changed_at AS "statusChangedAt", a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
export const FROM = `channel_accounts a JOIN units n ON n.id = a.unit_id`;

export async function insertAccount(
  db: Queryable,
  a: { channel: AccountRecord['channel']; name: string; unitId: string; credentialsEnc: string; createdBy: string | null },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO channel_accounts (channel, name, unit_id, credentials_enc, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [a.channel, a.name, a.unitId, a.credentialsEnc, a.createdBy],
  );
  return rows[0].id;
}

/** With `forUpdate` the account row is locked until the transaction ends (the lifecycle's guard). */
export async function findAccount(db: Queryable, id: string, forUpdate = false): Promise<AccountRecord | null> {
  const { rows } = await db.query<AccountRecord>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1 ${forUpdate ? 'FOR UPDATE OF a' : ''}`, [id]);
  return rows[0] ?? null;
}

/** The account with its sealed credentials in one read, for the delivery path (never for an API reply). */
export async function findAccountWithCredentials(db: Queryable, id: string): Promise<(AccountRecord & { credentialsEnc: string }) | null> {
  const { rows } = await db.query<AccountRecord & { credentialsEnc: string }>(prepared(`SELECT ${COLUMNS}, a.credentials_enc AS "credentialsEnc" FROM ${FROM} WHERE a.id = $1`, [id]));
  return rows[0] ?? null;
}

/** The sealed credentials, for the adapter only: never part of AccountRecord, so never in an API reply. */
export async function findAccountCredentials(db: Queryable, id: string): Promise<string | null> {
  const { rows } = await db.query<{ credentials_enc: string }>('SELECT credentials_enc FROM channel_accounts WHERE id = $1', [id]);
  return rows[0]?.credentials_enc ?? null;
}

export async function listAccounts(db: Queryable, unitId: string | null): Promise<AccountRecord[]> {
  const { rows } = await db.query<AccountRecord>(`SELECT ${COLUMNS} FROM ${FROM} WHERE ($1::uuid IS NULL OR a.unit_id = $1) ORDER BY n.code, a.channel, a.name`, [unitId]);
  return rows;
}

/** The unit's active accounts on any of `channels` (a release asks for all its channels at once). */
export async function listActiveAccounts(db: Queryable, unitId: string, channels: readonly ChannelKind[]): Promise<AccountRecord[]> {
  if (channels.length === 0) return [];
  const { rows } = await db.query<AccountRecord>(
    prepared(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.unit_id = $1 AND a.channel = ANY($2::text[]) AND a.status = 'active' ORDER BY a.channel, a.name`, [unitId, channels]),
  );
  return rows;
}

export async function setAccountStatus(db: Queryable, id: string, status: AccountStatus): Promise<void> {
  await db.query('UPDATE channel_accounts SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

/** A lifecycle move made by a person: the status with its reason and time. */
export async function changeAccountStatus(db: Queryable, id: string, change: { status: AccountStatus; reason: string | null; at: Date }): Promise<void> {
  await db.query('UPDATE channel_accounts SET status = $2, status_reason = $3, status_changed_at = $4, updated_at = now() WHERE id = $1', [id, change.status, change.reason, change.at]);
}

export async function setAccountCredentials(db: Queryable, id: string, credentialsEnc: string): Promise<void> {
  await db.query('UPDATE channel_accounts SET credentials_enc = $2, updated_at = now() WHERE id = $1', [id, credentialsEnc]);
}

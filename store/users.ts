import type { Queryable } from './db.js';
import { USER_COLUMNS, type Role, type Unit, type UserRecord } from './organisation.js';

/** User administration: the account list and the single-purpose updates behind each admin action. */

export interface UserFilter {
  role?: Role | null;
  unitCode?: string | null;
  includeDisabled: boolean;
}

export async function listUsers(db: Queryable, filter: UserFilter): Promise<UserRecord[]> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id
     WHERE ($1::text IS NULL OR u.role = $1) AND ($2::text IS NULL OR n.code = $2) AND ($3 OR u.active)
     ORDER BY n.code, lower(u.username)`,
    [filter.role ?? null, filter.unitCode ?? null, filter.includeDisabled],
  );
  return rows;
}

/** Locks the user's row for the rest of the transaction, so two admins' changes serialise. */
export async function lockUser(db: Queryable, id: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id WHERE u.id = $1 FOR UPDATE OF u`, [id]);
  return rows[0] ?? null;
}

export async function updateUserProfile(db: Queryable, id: string, patch: { displayName: string; role: Role; unitId: string }): Promise<void> {
  await db.query('UPDATE users SET display_name = $2, role = $3, unit_id = $4 WHERE id = $1', [id, patch.displayName, patch.role, patch.unitId]);
}

export async function setUserPassword(db: Queryable, id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, must_change_password = $3 WHERE id = $1', [id, passwordHash, mustChangePassword]);
}

export async function setUserActive(db: Queryable, id: string, active: boolean): Promise<void> {
  await db.query('UPDATE users SET active = $2 WHERE id = $1', [id, active]);
}

export async function recordLogin(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE users SET last_login_at = $2, locked_until = NULL WHERE id = $1', [id, at]);
}

export async function setLockedUntil(db: Queryable, id: string, until: Date | null): Promise<void> {
  await db.query('UPDATE users SET locked_until = $2 WHERE id = $1', [id, until]);
}

/** Revokes the user's live sessions except `keepTokenHash` (the one changing its own password). */
export async function revokeSessionsExcept(db: Queryable, userId: string, keepTokenHash: Buffer | null): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::bytea IS NULL OR token_hash <> $2)',
    [userId, keepTokenHash],
  );
  return rowCount ?? 0;
}

/** Inserts a unit; null when the code is taken. */
/** Renames the unit `code`; null when there is none. Returns the previous name too, for the audit trail. */
export async function updateUnitName(db: Queryable, code: string, name: string): Promise<{ unit: Unit; previous: string } | null> {
  const { rows } = await db.query<Unit & { previous: string }>(
    `UPDATE units u SET name = $2 FROM (SELECT id, name FROM units WHERE code = $1 FOR UPDATE) old WHERE u.id = old.id RETURNING u.id, u.code, u.name, old.name AS previous`,
    [code, name],
  );
  const row = rows[0];
  return row ? { unit: { id: row.id, code: row.code, name: row.name }, previous: row.previous } : null;
}

export async function insertUnit(db: Queryable, code: string, name: string): Promise<Unit | null> {
  const { rows } = await db.query<Unit>('INSERT INTO units (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id, code, name', [code, name]);
  return rows[0] ?? null;
}

import type { Queryable } from './db.js';

export type Role = 'editor' | 'reviewer' | 'channel_admin' | 'overseer' | 'admin';
export const ROLES: readonly Role[] = ['editor', 'reviewer', 'channel_admin', 'overseer', 'admin'];

export interface Unit {
  id: string;
  code: string;
  name: string;
}

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  role: Role;
  unitId: string;
  unitCode: string;
  unitName: string;
  active: boolean;
  /** Set by an admin's reset (and at creation through the API): every operation but a change is refused. */
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export const DEFAULT_UNIT = { code: 'default', name: '本级政府办公室' };

/** Returns the unit with `code`, creating it when missing (the CLI's `--unit CODE` promise). */
export async function ensureUnit(db: Queryable, code: string, name?: string): Promise<Unit> {
  const { rows } = await db.query<Unit>(
    `INSERT INTO units (code, name) VALUES ($1, $2)
     ON CONFLICT (code) DO UPDATE SET name = CASE WHEN $3 THEN EXCLUDED.name ELSE units.name END
     RETURNING id, code, name`,
    [code, name ?? code, name !== undefined],
  );
  return rows[0];
}

export async function findUnitByCode(db: Queryable, code: string): Promise<Unit | null> {
  const { rows } = await db.query<Unit>('SELECT id, code, name FROM units WHERE code = $1', [code]);
  return rows[0] ?? null;
}

export async function listUnits(db: Queryable): Promise<Unit[]> {
  const { rows } = await db.query<Unit>('SELECT id, code, name FROM units ORDER BY code');
  return rows;
}

export const USER_COLUMNS = `u.id, u.username, u.display_name AS "displayName", u.email, u.password_hash AS "passwordHash",
  u.role, u.unit_id AS "unitId", n.code AS "unitCode", n.name AS "unitName", u.active,
  u.must_change_password AS "mustChangePassword", u.locked_until AS "lockedUntil", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"`;

export async function insertUser(
  db: Queryable,
  user: { username: string; displayName: string; email: string | null; passwordHash: string; role: Role; unitId: string; mustChangePassword?: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (username, display_name, email, password_hash, role, unit_id, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [user.username, user.displayName, user.email, user.passwordHash, user.role, user.unitId, user.mustChangePassword ?? false],
  );
  return rows[0].id;
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id WHERE lower(u.username) = lower($1)`, [username]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Users of a unit with one of `roles`, for notifications. */
export async function findUsersOfUnit(db: Queryable, unitId: string, roles: Role[]): Promise<UserRecord[]> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id WHERE u.unit_id = $1 AND u.role = ANY($2) AND u.active`,
    [unitId, roles],
  );
  return rows;
}

export async function insertSession(db: Queryable, userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
  await db.query('INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)', [userId, tokenHash, expiresAt]);
}

/** The active user behind a live (unexpired, unrevoked) session token hash. */
export async function findSessionUser(db: Queryable, tokenHash: Buffer): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id JOIN units n ON n.id = u.unit_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

export async function revokeSession(db: Queryable, tokenHash: Buffer): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash]);
  return (rowCount ?? 0) > 0;
}

export async function revokeUserSessions(db: Queryable, userId: string): Promise<number> {
  const { rowCount } = await db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  return rowCount ?? 0;
}

/** Active users with one of `roles` in any unit: the recipients of hub-wide digests. */
export async function findUsersWithRole(db: Queryable, roles: Role[]): Promise<UserRecord[]> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM users u JOIN units n ON n.id = u.unit_id WHERE u.role = ANY($1) AND u.active ORDER BY u.username`,
    [roles],
  );
  return rows;
}

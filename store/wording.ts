import type { OutdatedEntry, RosterEntry, TypoContext, TypoEntry, WordingVersions } from '../review/wording/index.js';
import type { Severity } from '../review/types.js';
import type { Queryable } from './db.js';

export type WordingDictionaryName = 'typo' | 'outdated' | 'roster';

export interface TypoRecord extends TypoEntry {
  id: string;
  active: boolean;
  updatedBy: string;
  updatedAt: Date;
}

export interface OutdatedRecord extends OutdatedEntry {
  id: string;
  active: boolean;
  updatedBy: string;
  updatedAt: Date;
}

export interface RosterRecord extends RosterEntry {
  id: string;
  unitId: string;
  active: boolean;
  updatedBy: string;
  updatedAt: Date;
}

export async function getWordingVersions(db: Queryable): Promise<WordingVersions> {
  const { rows } = await db.query<{ name: WordingDictionaryName; version: number }>('SELECT name, version FROM wording_dictionaries');
  const v: WordingVersions = { typo: 0, outdated: 0, roster: 0 };
  for (const r of rows) v[r.name] = r.version;
  return v;
}

/**
 * Claims the first version of a dictionary that has none yet: true for exactly one caller, who then
 * writes the seed rows in the same transaction (a concurrent caller waits on the row lock, then sees 1).
 */
export async function claimFirstVersion(db: Queryable, name: WordingDictionaryName): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE wording_dictionaries SET version = 1, updated_at = now() WHERE name = $1 AND version = 0', [name]);
  return rowCount === 1;
}

/** The next version of a dictionary, taken by an edit in the caller's transaction. */
export async function bumpVersion(db: Queryable, name: WordingDictionaryName): Promise<number> {
  const { rows } = await db.query<{ version: number }>(
    'UPDATE wording_dictionaries SET version = version + 1, updated_at = now() WHERE name = $1 RETURNING version', [name],
  );
  return rows[0].version;
}

const TYPO_COLUMNS = `id::text AS id, wrong, correction, severity, context, note, active, updated_by AS "updatedBy", updated_at AS "updatedAt"`;
const OUTDATED_COLUMNS = `id::text AS id, term, current_name AS current, to_char(ceased_on, 'YYYY-MM-DD') AS "ceasedOn", note, active,
  updated_by AS "updatedBy", updated_at AS "updatedAt"`;
const ROSTER_COLUMNS = `r.id::text AS id, r.unit_id AS "unitId", n.code AS "unitCode", r.name, r.title, r.rank,
  to_char(r.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(r.valid_to, 'YYYY-MM-DD') AS "validTo", r.active,
  r.updated_by AS "updatedBy", r.updated_at AS "updatedAt"`;

export async function insertTypoSeeds(db: Queryable, entries: readonly TypoEntry[], by: string): Promise<void> {
  await db.query(
    `INSERT INTO wording_typos (wrong, correction, severity, context, note, updated_by)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]), (SELECT $6::text) b ON CONFLICT (wrong) DO NOTHING`,
    [entries.map((e) => e.wrong), entries.map((e) => e.correction), entries.map((e) => e.severity), entries.map((e) => e.context), entries.map((e) => e.note), by],
  );
}

export async function insertOutdatedSeeds(db: Queryable, entries: readonly OutdatedEntry[], by: string): Promise<void> {
  await db.query(
    `INSERT INTO wording_outdated (term, current_name, ceased_on, note, updated_by)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]), (SELECT $5::text) b ON CONFLICT (term) DO NOTHING`,
    [entries.map((e) => e.term), entries.map((e) => e.current), entries.map((e) => e.ceasedOn), entries.map((e) => e.note), by],
  );
}

export async function listTypos(db: Queryable, includeInactive: boolean): Promise<TypoRecord[]> {
  const { rows } = await db.query<TypoRecord>(`SELECT ${TYPO_COLUMNS} FROM wording_typos WHERE active OR $1 ORDER BY wrong`, [includeInactive]);
  return rows;
}

export async function findTypo(db: Queryable, id: string): Promise<TypoRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query<TypoRecord>(`SELECT ${TYPO_COLUMNS} FROM wording_typos WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Adds an entry, or replaces the one with the same wrong form (re-activating it). */
export async function upsertTypo(db: Queryable, e: TypoEntry, by: string): Promise<TypoRecord> {
  const { rows } = await db.query<TypoRecord>(
    `INSERT INTO wording_typos (wrong, correction, severity, context, note, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (wrong) DO UPDATE SET correction = EXCLUDED.correction, severity = EXCLUDED.severity, context = EXCLUDED.context,
       note = EXCLUDED.note, active = true, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING ${TYPO_COLUMNS}`,
    [e.wrong, e.correction, e.severity satisfies Severity, e.context satisfies TypoContext | null, e.note, by],
  );
  return rows[0];
}

export async function setTypoActive(db: Queryable, id: string, active: boolean, by: string): Promise<TypoRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query<TypoRecord>(
    `UPDATE wording_typos SET active = $2, updated_by = $3, updated_at = now() WHERE id = $1 RETURNING ${TYPO_COLUMNS}`, [id, active, by],
  );
  return rows[0] ?? null;
}

export async function listOutdated(db: Queryable, includeInactive: boolean): Promise<OutdatedRecord[]> {
  const { rows } = await db.query<OutdatedRecord>(`SELECT ${OUTDATED_COLUMNS} FROM wording_outdated WHERE active OR $1 ORDER BY term`, [includeInactive]);
  return rows;
}

export async function findOutdated(db: Queryable, id: string): Promise<OutdatedRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query<OutdatedRecord>(`SELECT ${OUTDATED_COLUMNS} FROM wording_outdated WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function upsertOutdated(db: Queryable, e: OutdatedEntry, by: string): Promise<OutdatedRecord> {
  const { rows } = await db.query<OutdatedRecord>(
    `INSERT INTO wording_outdated (term, current_name, ceased_on, note, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (term) DO UPDATE SET current_name = EXCLUDED.current_name, ceased_on = EXCLUDED.ceased_on, note = EXCLUDED.note,
       active = true, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING ${OUTDATED_COLUMNS}`,
    [e.term, e.current, e.ceasedOn, e.note, by],
  );
  return rows[0];
}

export async function setOutdatedActive(db: Queryable, id: string, active: boolean, by: string): Promise<OutdatedRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query<OutdatedRecord>(
    `UPDATE wording_outdated SET active = $2, updated_by = $3, updated_at = now() WHERE id = $1 RETURNING ${OUTDATED_COLUMNS}`, [id, active, by],
  );
  return rows[0] ?? null;
}

/** Roster rows, of one unit or all, by unit then rank. */
export async function listRoster(db: Queryable, filter: { unitId: string | null; includeInactive: boolean }): Promise<RosterRecord[]> {
  const { rows } = await db.query<RosterRecord>(
    `SELECT ${ROSTER_COLUMNS} FROM leader_roster r JOIN units n ON n.id = r.unit_id
     WHERE ($1::uuid IS NULL OR r.unit_id = $1) AND (r.active OR $2) ORDER BY n.code, r.rank, r.valid_from, r.id`,
    [filter.unitId, filter.includeInactive],
  );
  return rows;
}

export async function findRosterEntry(db: Queryable, id: string): Promise<RosterRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query<RosterRecord>(`SELECT ${ROSTER_COLUMNS} FROM leader_roster r JOIN units n ON n.id = r.unit_id WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface RosterRow {
  unitId: string;
  name: string;
  title: string;
  rank: number;
  validFrom: string;
  validTo: string | null;
}

export async function insertRosterEntry(db: Queryable, r: RosterRow, by: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO leader_roster (unit_id, name, title, rank, valid_from, valid_to, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
    [r.unitId, r.name, r.title, r.rank, r.validFrom, r.validTo, by],
  );
  return rows[0].id;
}

export async function updateRosterEntry(db: Queryable, id: string, r: RosterRow, by: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE leader_roster SET unit_id = $2, name = $3, title = $4, rank = $5, valid_from = $6, valid_to = $7, active = true, updated_by = $8, updated_at = now()
     WHERE id = $1`,
    [id, r.unitId, r.name, r.title, r.rank, r.validFrom, r.validTo, by],
  );
  return rowCount === 1;
}

export async function setRosterActive(db: Queryable, id: string, active: boolean, by: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE leader_roster SET active = $2, updated_by = $3, updated_at = now() WHERE id = $1', [id, active, by]);
  return rowCount === 1;
}

export async function setRevisionWordingVersions(db: Queryable, contentId: string, revision: number, versions: WordingVersions): Promise<void> {
  await db.query('UPDATE content_revisions SET wording_versions = $3 WHERE content_id = $1 AND revision = $2', [contentId, revision, JSON.stringify(versions)]);
}

export async function findRevisionWordingVersions(db: Queryable, contentId: string, revision: number): Promise<WordingVersions | null> {
  const { rows } = await db.query<{ v: WordingVersions | null }>(
    'SELECT wording_versions AS v FROM content_revisions WHERE content_id = $1 AND revision = $2', [contentId, revision],
  );
  return rows[0]?.v ?? null;
}

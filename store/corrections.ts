import type { ChannelKind } from '../channels/Channel.js';
import type { Queryable } from './db.js';

/** A revision written as a correction (更正) of a published item, with the editor's 更正说明. */
export interface CorrectionRecord {
  contentId: string;
  revision: number;
  baseRevision: number;
  note: string;
  status: 'IN_REVIEW' | 'APPLIED' | 'REJECTED' | 'SUPERSEDED';
  createdBy: string;
  createdAt: Date;
  decidedAt: Date | null;
}

const COLUMNS = `content_id AS "contentId", revision, base_revision AS "baseRevision", note, status, created_by AS "createdBy",
  created_at AS "createdAt", decided_at AS "decidedAt"`;

export async function insertCorrection(db: Queryable, c: { contentId: string; revision: number; baseRevision: number; note: string; createdBy: string }): Promise<void> {
  await db.query('INSERT INTO content_corrections (content_id, revision, base_revision, note, created_by) VALUES ($1, $2, $3, $4, $5)', [c.contentId, c.revision, c.baseRevision, c.note, c.createdBy]);
}

/** An edit of a correction under review: the new revision carries the same note; the old one is superseded. */
export async function carryCorrection(db: Queryable, contentId: string, from: number, to: number, createdBy: string): Promise<void> {
  await db.query(
    `INSERT INTO content_corrections (content_id, revision, base_revision, note, created_by)
     SELECT content_id, $3, base_revision, note, $4 FROM content_corrections WHERE content_id = $1 AND revision = $2`,
    [contentId, from, to, createdBy],
  );
  await db.query(`UPDATE content_corrections SET status = 'SUPERSEDED', decided_at = now() WHERE content_id = $1 AND revision = $2`, [contentId, from]);
}

export async function findCorrection(db: Queryable, contentId: string, revision: number): Promise<CorrectionRecord | null> {
  const { rows } = await db.query<CorrectionRecord>(`SELECT ${COLUMNS} FROM content_corrections WHERE content_id = $1 AND revision = $2`, [contentId, revision]);
  return rows[0] ?? null;
}

export async function decideCorrection(db: Queryable, contentId: string, revision: number, status: 'APPLIED' | 'REJECTED', at: Date): Promise<void> {
  await db.query('UPDATE content_corrections SET status = $3, decided_at = $4 WHERE content_id = $1 AND revision = $2', [contentId, revision, status, at]);
}

/** The corrections the public sees on the item's page, oldest first. */
export async function listAppliedCorrections(db: Queryable, contentId: string): Promise<CorrectionRecord[]> {
  const { rows } = await db.query<CorrectionRecord>(`SELECT ${COLUMNS} FROM content_corrections WHERE content_id = $1 AND status = 'APPLIED' ORDER BY decided_at, revision`, [contentId]);
  return rows;
}

/**
 * Points the hub's own live publications (portal page, app feed) at the corrected revision: the same rows, so
 * the same URL and feed item, now showing the new rendition. Returns the ids moved.
 */
export async function moveHostedPublications(db: Queryable, contentId: string, channels: readonly ChannelKind[], revision: number, at: Date): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE publications SET revision = $3, updated_at = $4 WHERE content_id = $1 AND channel = ANY($2) AND status = 'PUBLISHED' RETURNING id`,
    [contentId, channels, revision, at],
  );
  return rows.map((row) => row.id);
}

import type { Finding, Verdict } from '../review/types.js';
import type { Queryable } from './db.js';

export interface AttachmentRecord {
  id: string;
  contentId: string;
  fileName: string;
  mediaType: string;
  typeLabel: string;
  sizeBytes: number;
  sha256: string;
  textChars: number;
  verdict: Verdict;
  findings: Finding[];
  uploadedBy: string;
  createdAt: Date;
  removedAt: Date | null;
}

const COLUMNS = `id, content_id AS "contentId", file_name AS "fileName", media_type AS "mediaType", type_label AS "typeLabel", size_bytes AS "sizeBytes",
  sha256, text_chars AS "textChars", verdict, findings, uploaded_by AS "uploadedBy", created_at AS "createdAt", removed_at AS "removedAt"`;

export async function insertAttachment(db: Queryable, a: Omit<AttachmentRecord, 'id' | 'createdAt' | 'removedAt'>): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO attachments (content_id, file_name, media_type, type_label, size_bytes, sha256, text_chars, verdict, findings, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [a.contentId, a.fileName, a.mediaType, a.typeLabel, a.sizeBytes, a.sha256, a.textChars, a.verdict, JSON.stringify(a.findings), a.uploadedBy],
  );
  return rows[0].id;
}

export async function findAttachment(db: Queryable, id: string): Promise<AttachmentRecord | null> {
  const { rows } = await db.query<AttachmentRecord>(`SELECT ${COLUMNS} FROM attachments WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** The item's current attachments in upload order; with `includeRemoved`, every one it ever had. */
export async function listAttachments(db: Queryable, contentId: string, includeRemoved = false): Promise<AttachmentRecord[]> {
  const { rows } = await db.query<AttachmentRecord>(
    `SELECT ${COLUMNS} FROM attachments WHERE content_id = $1 ${includeRemoved ? '' : 'AND removed_at IS NULL'} ORDER BY created_at, id`,
    [contentId],
  );
  return rows;
}

export async function markAttachmentRemoved(db: Queryable, id: string, by: string): Promise<void> {
  await db.query('UPDATE attachments SET removed_at = now(), removed_by = $2 WHERE id = $1 AND removed_at IS NULL', [id, by]);
}

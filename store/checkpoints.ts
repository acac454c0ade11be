import type { SignedCheckpoint } from '../audit/checkpoint.js';
import type { Queryable, Tx } from './db.js';

export interface CheckpointRecord extends SignedCheckpoint {
  id: string;
  createdBy: string;
}

interface CheckpointRow {
  id: string;
  length: number;
  head_hash: string;
  created_at: Date;
  key_id: string;
  public_key: string;
  signature: string;
  created_by: string;
}

const toRecord = (row: CheckpointRow): CheckpointRecord => ({
  id: String(row.id),
  length: row.length,
  headHash: row.head_hash,
  createdAt: row.created_at,
  keyId: row.key_id,
  publicKey: row.public_key,
  signature: row.signature,
  createdBy: row.created_by,
});

export async function insertCheckpoint(tx: Tx, checkpoint: SignedCheckpoint, createdBy: string): Promise<CheckpointRecord> {
  const { rows } = await tx.query<CheckpointRow>(
    `INSERT INTO audit_checkpoints (length, head_hash, created_at, key_id, public_key, signature, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [checkpoint.length, checkpoint.headHash, checkpoint.createdAt, checkpoint.keyId, checkpoint.publicKey, checkpoint.signature, createdBy],
  );
  return toRecord(rows[0]);
}

/** Newest first. */
export async function listCheckpoints(db: Queryable, limit: number): Promise<CheckpointRecord[]> {
  const { rows } = await db.query<CheckpointRow>('SELECT * FROM audit_checkpoints ORDER BY id DESC LIMIT $1', [limit]);
  return rows.map(toRecord);
}

/** Oldest first from after `afterId`: verification reads every checkpoint, a page at a time. */
export async function checkpointPage(db: Queryable, afterId: string | null, limit: number): Promise<CheckpointRecord[]> {
  const { rows } = await db.query<CheckpointRow>('SELECT * FROM audit_checkpoints WHERE id > $1 ORDER BY id LIMIT $2', [afterId ?? '0', limit]);
  return rows.map(toRecord);
}

/** The longest checkpoint made with one key. */
export async function latestCheckpointOf(db: Queryable, keyId: string): Promise<CheckpointRecord | null> {
  const { rows } = await db.query<CheckpointRow>('SELECT * FROM audit_checkpoints WHERE key_id = $1 ORDER BY length DESC, id DESC LIMIT 1', [keyId]);
  return rows[0] ? toRecord(rows[0]) : null;
}

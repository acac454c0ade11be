import type { Queryable } from './db.js';

export type Validity = 'valid' | 'expired' | 'repealed';

/** 信息索引 of one item as stored; dates are Beijing calendar days (YYYY-MM-DD). */
export interface ContentInfoRecord {
  contentId: string;
  indexNumber: string;
  /** 发布机构 as set; null means the unit's own name. */
  issuingBody: string | null;
  docNumber: string | null;
  writtenOn: string | null;
  topic: string | null;
  validity: Validity;
  validityDate: string | null;
  /** 公示截止日期: the last day the item is shown. */
  publicityUntil: string | null;
  updatedAt: Date;
}

const COLUMNS = `content_id AS "contentId", index_number AS "indexNumber", issuing_body AS "issuingBody", doc_number AS "docNumber",
  to_char(written_on, 'YYYY-MM-DD') AS "writtenOn", topic, validity, to_char(validity_date, 'YYYY-MM-DD') AS "validityDate",
  to_char(publicity_until, 'YYYY-MM-DD') AS "publicityUntil", updated_at AS "updatedAt"`;

export async function findContentInfo(db: Queryable, contentId: string): Promise<ContentInfoRecord | null> {
  const { rows } = await db.query<ContentInfoRecord>(`SELECT ${COLUMNS} FROM content_info WHERE content_id = $1`, [contentId]);
  return rows[0] ?? null;
}

export type ContentInfoPatch = Partial<Pick<ContentInfoRecord, 'issuingBody' | 'docNumber' | 'writtenOn' | 'topic' | 'validity' | 'validityDate' | 'publicityUntil'>>;

const PATCH_COLUMNS: { [K in keyof ContentInfoPatch]-?: string } = {
  issuingBody: 'issuing_body', docNumber: 'doc_number', writtenOn: 'written_on', topic: 'topic', validity: 'validity', validityDate: 'validity_date', publicityUntil: 'publicity_until',
};

export async function updateContentInfo(db: Queryable, contentId: string, patch: ContentInfoPatch): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [contentId];
  for (const key of Object.keys(PATCH_COLUMNS) as (keyof ContentInfoPatch)[]) {
    if (patch[key] === undefined) continue;
    values.push(patch[key]);
    sets.push(`${PATCH_COLUMNS[key]} = $${values.length}`);
  }
  if (sets.length === 0) return;
  await db.query(`UPDATE content_info SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE content_id = $1`, values);
}

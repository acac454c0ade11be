import type { ChannelKind } from '../channels/Channel.js';
import type { Queryable } from './db.js';

/** A published item as the public sees it: only the approved rendition, never a draft. */
export interface PublishedItem {
  contentId: string;
  revision: number;
  title: string;
  html: string;
  summary: string;
  categoryCode: string;
  categoryName: string;
  unitName: string;
  publishedAt: Date;
  updatedAt: Date;
  /** 信息索引 (migration 0013); dates as YYYY-MM-DD. */
  indexNumber: string | null;
  issuingBody: string | null;
  docNumber: string | null;
  writtenOn: string | null;
  topic: string | null;
  validity: 'valid' | 'expired' | 'repealed' | null;
  validityDate: string | null;
  /** Applied corrections (更正), oldest first; `at` as ISO text (JSON). */
  corrections: { note: string; at: string }[];
}

/** Columns of a PublishedItem from a publication `p` and its rendition; other stores add their own WHERE. */
export const PUBLISHED_ITEM_SELECT = `SELECT p.content_id AS "contentId", p.revision, r.title, r.html, r.summary, c.category_code AS "categoryCode",
  k.name AS "categoryName", n.name AS "unitName", p.published_at AS "publishedAt", p.updated_at AS "updatedAt",
  i.index_number AS "indexNumber", i.issuing_body AS "issuingBody", i.doc_number AS "docNumber", to_char(i.written_on, 'YYYY-MM-DD') AS "writtenOn",
  i.topic, i.validity, to_char(i.validity_date, 'YYYY-MM-DD') AS "validityDate",
  coalesce((SELECT json_agg(json_build_object('note', cc.note, 'at', cc.decided_at) ORDER BY cc.decided_at, cc.revision)
    FROM content_corrections cc WHERE cc.content_id = p.content_id AND cc.status = 'APPLIED'), '[]') AS corrections
  FROM publications p
  JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
  JOIN contents c ON c.id = p.content_id
  JOIN categories k ON k.code = c.category_code
  JOIN units n ON n.id = c.unit_id
  LEFT JOIN content_info i ON i.content_id = p.content_id`;

export async function findPublishedItem(db: Queryable, channel: ChannelKind, contentId: string): Promise<PublishedItem | null> {
  const { rows } = await db.query<PublishedItem>(`${PUBLISHED_ITEM_SELECT} WHERE p.channel = $1 AND p.content_id = $2 AND p.status = 'PUBLISHED' ORDER BY p.revision DESC LIMIT 1`, [channel, contentId]);
  return rows[0] ?? null;
}

/** True when the item was on `channel` once and has been retracted (a 410, not a 404). */
export async function wasRetracted(db: Queryable, channel: ChannelKind, contentId: string): Promise<{ reason: string | null; at: Date | null } | null> {
  const { rows } = await db.query<{ reason: string | null; at: Date | null }>(
    `SELECT c.retract_reason AS reason, c.retracted_at AS at FROM publications p JOIN contents c ON c.id = p.content_id
     WHERE p.channel = $1 AND p.content_id = $2 AND p.status = 'RETRACTED' LIMIT 1`,
    [channel, contentId],
  );
  return rows[0] ?? null;
}

export interface PublishedPage {
  items: PublishedItem[];
  total: number;
}

/** Newest first; `categoryCodes` limits to a category and its children. */
export async function listPublishedItems(db: Queryable, channel: ChannelKind, options: { categoryCodes?: string[] | null; offset: number; limit: number }): Promise<PublishedPage> {
  const filter = options.categoryCodes ? 'AND c.category_code = ANY($2)' : '';
  const params: unknown[] = [channel];
  if (options.categoryCodes) params.push(options.categoryCodes);
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM publications p JOIN contents c ON c.id = p.content_id WHERE p.channel = $1 AND p.status = 'PUBLISHED' ${filter}`, params);
  const { rows } = await db.query<PublishedItem>(
    `${PUBLISHED_ITEM_SELECT} WHERE p.channel = $1 AND p.status = 'PUBLISHED' ${filter} ORDER BY p.published_at DESC, p.content_id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, options.offset, options.limit],
  );
  return { items: rows, total: count.rows[0].n };
}

/** The latest `perCategory` items of every category that has any, for the home page. */
export async function latestPerCategory(db: Queryable, channel: ChannelKind, perCategory: number): Promise<PublishedItem[]> {
  const { rows } = await db.query<PublishedItem>(
    `SELECT * FROM (
       ${PUBLISHED_ITEM_SELECT.replace('SELECT ', 'SELECT row_number() OVER (PARTITION BY c.category_code ORDER BY p.published_at DESC) AS rank, ')}
       WHERE p.channel = $1 AND p.status = 'PUBLISHED'
     ) ranked WHERE rank <= $2 ORDER BY "publishedAt" DESC`,
    [channel, perCategory],
  );
  return rows;
}

/** When an item last left `channel` (a retraction changes a feed without changing any remaining item). */
export async function lastRetractionAt(db: Queryable, channel: ChannelKind): Promise<Date | null> {
  const { rows } = await db.query<{ at: Date | null }>(`SELECT max(retracted_at) AS at FROM publications WHERE channel = $1 AND status = 'RETRACTED'`, [channel]);
  return rows[0].at;
}

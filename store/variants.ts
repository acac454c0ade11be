import type { ChannelVariants } from '../channels/Channel.js';
import type { Queryable } from './db.js';

/** The 渠道文案 of one revision as written (before the gate's redactions). */
export async function insertVariants(db: Queryable, contentId: string, revision: number, v: ChannelVariants): Promise<void> {
  await db.query(
    'INSERT INTO channel_variants (content_id, revision, weibo_text, wechat_digest, wechat_author, source_url, wechat_cover_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [contentId, revision, v.weiboText, v.wechatDigest, v.wechatAuthor, v.sourceUrl, v.wechatCoverId ?? null],
  );
}

export async function findVariants(db: Queryable, contentId: string, revision: number): Promise<ChannelVariants | null> {
  const { rows } = await db.query<ChannelVariants>(
    `SELECT weibo_text AS "weiboText", wechat_digest AS "wechatDigest", wechat_author AS "wechatAuthor", source_url AS "sourceUrl", wechat_cover_id AS "wechatCoverId"
     FROM channel_variants WHERE content_id = $1 AND revision = $2`,
    [contentId, revision],
  );
  return rows[0] ?? null;
}

import { z } from 'zod';
import type { ChannelVariants, CoverImage } from '../channels/Channel.js';
import { findAttachment } from '../store/attachments.js';
import type { Queryable } from '../store/db.js';
import { mediaStoreOf } from './attachments.js';
import { redactText, scanField, type ScanOptions } from '../review/gate.js';
import { verdictOf, type Verdict } from '../review/types.js';
import type { ContentRecord, StoredFinding, VariantField } from '../store/contents.js';
import { findVariants } from '../store/variants.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { NEVER_PUBLISHED_WHOLE } from './gate.js';
import { isUuid } from './ids.js';
import { isCleanText } from './text.js';
import { stripHiddenControls } from '../text/index.js';

/** 渠道文案 as the editor sends them; empty strings mean "derive from the item". */
export interface VariantsInput {
  weiboText?: string | null;
  wechatDigest?: string | null;
  wechatAuthor?: string | null;
  sourceUrl?: string | null;
  /** An image attachment of the item (JPEG/PNG) as the WeChat cover. */
  wechatCoverId?: string | null;
}

/** The platforms' own limits (WeChat draft/add: digest 120 characters shown, author 16; Weibo: see the adapter). */
export const VARIANT_LIMITS = { weiboText: 130, wechatDigest: 120, wechatAuthor: 16 } as const;

const optionalText = (max: number, what: string) =>
  z.string().nullish().transform((v) => v?.replace(/\s+/g, ' ').trim() || null)
    .refine((v) => v === null || isCleanText(v), '输入包含无效字符')
    .refine((v) => v === null || [...v].length <= max, `${what}不能超过 ${max} 字`);

const schema = z.object({
  weiboText: optionalText(VARIANT_LIMITS.weiboText, '微博文案'),
  wechatDigest: optionalText(VARIANT_LIMITS.wechatDigest, '微信摘要'),
  wechatAuthor: optionalText(VARIANT_LIMITS.wechatAuthor, '微信作者'),
  sourceUrl: z.string().nullish().transform((v) => v?.trim() || null)
    .refine((v) => v === null || (/^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v) && v.length <= 900), '原文链接须为 http(s) 完整地址'),
  wechatCoverId: z.string().nullish().transform((v) => v?.trim() || null)
    .refine((v) => v === null || isUuid(v), '微信封面须从本条内容的图片附件中选择'),
});

/** Null when nothing was written (every channel derives its copy from the item). */
export function validateVariants(raw: VariantsInput | null | undefined): ChannelVariants | null {
  if (!raw) return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.message, { field: `variants.${String(issue.path[0] ?? '')}` });
  }
  // Without a cover the key is left out, so that the content hash of copy written before covers stays the same.
  const { wechatCoverId, ...v } = parsed.data;
  const out: ChannelVariants = wechatCoverId ? { ...v, wechatCoverId } : v;
  return v.weiboText || v.wechatDigest || v.wechatAuthor || v.sourceUrl || wechatCoverId ? out : null;
}

const TEXT_FIELDS: readonly [VariantField, keyof ChannelVariants][] = [
  ['weibo_text', 'weiboText'], ['wechat_digest', 'wechatDigest'], ['wechat_author', 'wechatAuthor'],
];

/**
 * Channel copy is public text: the gate scans it like the title, and its findings join the revision's (numbered
 * after the item's) so that the reviewer sees them and a blocking one blocks approval.
 */
export function gateVariants(variants: ChannelVariants, base: { verdict: Verdict; findings: StoredFinding[] }, options: ScanOptions): { verdict: Verdict; findings: StoredFinding[] } {
  const findings = [...base.findings];
  for (const [field, key] of TEXT_FIELDS) {
    const text = variants[key];
    if (text) for (const finding of scanField(text, options).findings) findings.push({ ...finding, id: findings.length, field });
  }
  return { verdict: verdictOf(findings), findings };
}

/**
 * The approved copy: the same redactions as the item's text (kept findings stay, except what is never published
 * whole), without the direction controls and fillers the item's own rendition loses (text/invisible.ts).
 */
export function renderVariants(variants: ChannelVariants, findings: StoredFinding[], keptIds: ReadonlySet<number>): ChannelVariants {
  const out: ChannelVariants = { ...variants };
  for (const [field, key] of TEXT_FIELDS) {
    const text = variants[key];
    if (!text) continue;
    const apply = findings.filter((f) => f.field === field && f.replacement !== null && f.kind !== 'wording' && (!keptIds.has(f.id) || NEVER_PUBLISHED_WHOLE.has(f.type)));
    out[key] = stripHiddenControls(redactText(text, apply));
  }
  return out;
}

/** The 渠道文案 of the item's current revision as written (the caller has already been allowed to read the item). */
export function variantsOf(deps: Pick<Deps, 'pool'>, content: Pick<ContentRecord, 'id' | 'revision'>): Promise<ChannelVariants | null> {
  return findVariants(deps.pool, content.id, content.revision);
}

/** WeChat takes JPEG or PNG as a cover (permanent image material). */
const COVER_TYPES: readonly string[] = ['image/jpeg', 'image/png'];

/** The chosen WeChat cover must be a current JPEG/PNG attachment of this very item (checked when the revision is written). */
export async function requireWechatCover(db: Queryable, contentId: string, attachmentId: string): Promise<void> {
  const a = await findAttachment(db, attachmentId);
  if (!a || a.contentId !== contentId || a.removedAt) throw badInput('微信封面须从本条内容的图片附件中选择（该附件不存在或已删除）', { field: 'variants.wechatCoverId' });
  if (!COVER_TYPES.includes(a.mediaType)) throw badInput(`附件「${a.fileName}」是 ${a.typeLabel} 文件，微信封面只能用 JPG 或 PNG 图片`, { field: 'variants.wechatCoverId' });
}

/**
 * The cover's bytes for the WeChat adapter, from the media store (the adapter never fetches a URL for it).
 * Null when none was chosen; a chosen cover whose file is missing is an error, never silently replaced.
 */
export async function wechatCoverOf(deps: Deps, db: Queryable, variants: ChannelVariants | null | undefined): Promise<CoverImage | null> {
  if (!variants?.wechatCoverId) return null;
  const a = await findAttachment(db, variants.wechatCoverId);
  const bytes = a && COVER_TYPES.includes(a.mediaType) ? await mediaStoreOf(deps).get(a.sha256) : null;
  if (!a || !bytes) throw new Error(`wechat cover ${variants.wechatCoverId} is missing from the media store`);
  return { bytes: new Uint8Array(bytes), contentType: a.mediaType as CoverImage['contentType'] };
}

/** Above this the review preview names the cover instead of inlining it (a data: URI in a GraphQL answer). */
const PREVIEW_INLINE_BYTES = 2 * 1024 * 1024;

/** The chosen WeChat cover as the review preview shows it (the caller has already been allowed to read the item). */
export async function wechatCoverPreview(deps: Deps, variants: ChannelVariants | null | undefined): Promise<{ attachmentId: string; fileName: string; dataUrl: string | null } | null> {
  if (!variants?.wechatCoverId) return null;
  const a = await findAttachment(deps.pool, variants.wechatCoverId);
  if (!a) return null;
  const bytes = a.sizeBytes <= PREVIEW_INLINE_BYTES && COVER_TYPES.includes(a.mediaType) ? await mediaStoreOf(deps).get(a.sha256) : null;
  return { attachmentId: a.id, fileName: a.fileName, dataUrl: bytes ? `data:${a.mediaType};base64,${bytes.toString('base64')}` : null };
}

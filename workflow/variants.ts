import { z } from 'zod';
import type { ChannelVariants } from '../channels/Channel.js';
import { redactText, scanText, type ScanOptions } from '../review/gate.js';
import { verdictOf, type Verdict } from '../review/types.js';
import type { ContentRecord, StoredFinding, VariantField } from '../store/contents.js';
import { findVariants } from '../store/variants.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { NEVER_PUBLISHED_WHOLE } from './gate.js';
import { isCleanText } from './text.js';

/** 渠道文案 as the editor sends them; empty strings mean "derive from the item". */
export interface VariantsInput {
  weiboText?: string | null;
  wechatDigest?: string | null;
  wechatAuthor?: string | null;
  sourceUrl?: string | null;
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
});

/** Null when nothing was written (every channel derives its copy from the item). */
export function validateVariants(raw: VariantsInput | null | undefined): ChannelVariants | null {
  if (!raw) return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.message, { field: `variants.${String(issue.path[0] ?? '')}` });
  }
  const v = parsed.data;
  return v.weiboText || v.wechatDigest || v.wechatAuthor || v.sourceUrl ? v : null;
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
    if (text) for (const finding of scanText(text, options).findings) findings.push({ ...finding, id: findings.length, field });
  }
  return { verdict: verdictOf(findings), findings };
}

/** The approved copy: the same redactions as the item's text (kept findings stay, except what is never published whole). */
export function renderVariants(variants: ChannelVariants, findings: StoredFinding[], keptIds: ReadonlySet<number>): ChannelVariants {
  const out: ChannelVariants = { ...variants };
  for (const [field, key] of TEXT_FIELDS) {
    const text = variants[key];
    if (!text) continue;
    const apply = findings.filter((f) => f.field === field && f.replacement !== null && f.kind !== 'wording' && (!keptIds.has(f.id) || NEVER_PUBLISHED_WHOLE.has(f.type)));
    out[key] = redactText(text, apply);
  }
  return out;
}

/** The 渠道文案 of the item's current revision as written (the caller has already been allowed to read the item). */
export function variantsOf(deps: Pick<Deps, 'pool'>, content: Pick<ContentRecord, 'id' | 'revision'>): Promise<ChannelVariants | null> {
  return findVariants(deps.pool, content.id, content.revision);
}

import type { ChannelKind, ChannelVariants } from '../channels/Channel.js';
import { HOSTED_KINDS, isChannelKind } from '../channels/catalogue.js';
import { canonicalJson } from '../audit/canonical.js';
import { createHash } from 'node:crypto';
import type { Disclosure } from '../store/contents.js';
import { badInput } from './errors.js';
import { validateVariants, type VariantsInput } from './variants.js';
import { htmlNestingDepth, INVALID_TEXT_MESSAGE, isCleanText } from './text.js';

const DISCLOSURES: readonly Disclosure[] = ['proactive', 'on_request', 'not_public'];

export interface ContentInput {
  title: string;
  body: string;
  summary?: string | null;
  categoryCode: string;
  channels?: string[] | null;
  disclosure?: string | null;
  disclosureReason?: string | null;
  /** 办事条件变更: must be published within one working day of approval (the inspection checks it). */
  serviceChange?: boolean | null;
  /** 渠道文案: Weibo text, WeChat digest and author, 原文链接. */
  variants?: VariantsInput | null;
}

export interface ValidContent {
  title: string;
  bodyHtml: string;
  summary: string;
  categoryCode: string;
  channels: ChannelKind[];
  disclosure: Disclosure;
  disclosureReason: string | null;
  serviceChange: boolean;
  variants: ChannelVariants | null;
}

const MAX_BODY = 1_000_000;
/** Far beyond any real document (tables in lists in quotes reach ~15); deep enough nesting overflows recursive HTML walkers. */
export const MAX_BODY_NESTING = 100;

/** Validation at the edge of the workflow: every entry point (GraphQL, CLI, demo seed) passes here. */
export function validateContentInput(input: ContentInput): ValidContent {
  for (const field of ['title', 'body', 'summary', 'disclosureReason', 'categoryCode'] as const) {
    const value = input[field];
    if (typeof value === 'string' && !isCleanText(value)) throw badInput(INVALID_TEXT_MESSAGE, { field });
  }
  const title = (input.title ?? '').trim();
  if (!title) throw badInput('标题不能为空', { field: 'title' });
  if ([...title].length > 200) throw badInput('标题不能超过 200 字', { field: 'title' });
  if (typeof input.body !== 'string' || !input.body.trim()) throw badInput('正文不能为空', { field: 'body' });
  if (input.body.length > MAX_BODY) throw badInput('正文过长（上限 1,000,000 字符）', { field: 'body' });
  if (htmlNestingDepth(input.body, MAX_BODY_NESTING) > MAX_BODY_NESTING) throw badInput(`正文的标签嵌套超过 ${MAX_BODY_NESTING} 层，请简化格式`, { field: 'body' });
  const summary = (input.summary ?? '').trim();
  if ([...summary].length > 500) throw badInput('摘要不能超过 500 字', { field: 'summary' });
  const channels = [...new Set((input.channels ?? HOSTED_KINDS).map((c) => c.toUpperCase()))];
  if (channels.length === 0) throw badInput('至少选择一个发布渠道', { field: 'channels' });
  for (const channel of channels) if (!isChannelKind(channel)) throw badInput(`未知渠道 ${channel}`, { field: 'channels' });
  const disclosure = (input.disclosure ?? 'proactive').toLowerCase() as Disclosure;
  if (!DISCLOSURES.includes(disclosure)) throw badInput(`未知公开属性 ${input.disclosure}`, { field: 'disclosure' });
  const disclosureReason = input.disclosureReason?.trim() || null;
  if (disclosure !== 'proactive' && !disclosureReason) throw badInput('依申请公开或不予公开须说明理由', { field: 'disclosureReason' });
  if (!input.categoryCode) throw badInput('须指定栏目', { field: 'categoryCode' });
  return { title, bodyHtml: input.body, summary, categoryCode: input.categoryCode, channels: channels as ChannelKind[], disclosure, disclosureReason, serviceChange: input.serviceChange === true, variants: validateVariants(input.variants) };
}

/** What an approval is bound to: any change to any of these fields is a different item to review. */
export function contentHash(c: ValidContent): string {
  return createHash('sha256')
    .update(canonicalJson({
      title: c.title, body: c.bodyHtml, summary: c.summary, category: c.categoryCode, channels: [...c.channels].sort(), disclosure: c.disclosure, reason: c.disclosureReason, serviceChange: c.serviceChange,
      // Only when written, so that the hashes of items without channel copy stay what they were.
      ...(c.variants ? { variants: { ...c.variants } } : {}),
    }))
    .digest('hex');
}

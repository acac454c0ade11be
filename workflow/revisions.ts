import type { ChannelVariants } from '../channels/Channel.js';
import { articlePath } from '../channels/hub.js';
import { markedLink } from '../channels/marker.js';
import { WEIBO_MAX_LENGTH, weiboTextFits } from '../channels/weibo/index.js';
import { findCategory } from '../store/categories.js';
import { insertVariants } from '../store/variants.js';
import { gateVariants, requireWechatCover } from './variants.js';
import { insertRevision, setRevisionFindings } from '../store/contents.js';
import type { Tx } from '../store/db.js';
import { setRevisionWordingVersions } from '../store/wording.js';
import { beijingDate } from '../review/wording/index.js';
import type { Actor } from './actor.js';
import { contentHash, type ValidContent } from './contentInput.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { gateOf } from './offload.js';
import { wordingRulesFor } from './wording.js';

/** The Weibo text and the portal link (with the adapter's marker) must fit one post, counted as Weibo counts. */
function requireWeiboFit(variants: ChannelVariants, portalUrl: string): void {
  if (variants.weiboText && !weiboTextFits(variants.weiboText, markedLink(portalUrl, 'x'.repeat(12)))) {
    throw badInput(`微博文案加上门户链接超过 ${WEIBO_MAX_LENGTH} 字（按微博计数：两个英文字母或数字算一个字），请缩短`, { field: 'variants.weiboText' });
  }
}

export async function requireCategory(tx: Tx, code: string): Promise<void> {
  const category = await findCategory(tx, code);
  if (!category || !category.active) throw badInput(`栏目 ${code} 不存在`, { field: 'categoryCode' });
}

/**
 * Stores a revision together with the gate's findings on it: editors see findings while drafting. The
 * wording check uses the unit's roster and the dictionaries' current versions (recorded on the revision),
 * judged as of the day the revision is written.
 */
export async function writeRevision(deps: Deps, tx: Tx, contentId: string, revision: number, input: ValidContent, actor: Actor, unitId: string): Promise<void> {
  await insertRevision(tx, { contentId, revision, title: input.title, bodyHtml: input.bodyHtml, summary: input.summary, contentHash: contentHash(input), createdBy: actor.id ?? '' });
  const rules = await wordingRulesFor(tx, unitId);
  const publishedOn = beijingDate(deps.now());
  let gate = await gateOf(input, { rules, publishedOn });
  if (input.variants) {
    requireWeiboFit(input.variants, `${deps.config.publicBaseUrl}${articlePath(contentId)}`);
    if (input.variants.wechatCoverId) await requireWechatCover(tx, contentId, input.variants.wechatCoverId);
    await insertVariants(tx, contentId, revision, input.variants);
    gate = gateVariants(input.variants, gate, { categoryCode: input.categoryCode, wording: rules, publishedOn });
  }
  await setRevisionFindings(tx, contentId, revision, gate.verdict, gate.findings);
  await setRevisionWordingVersions(tx, contentId, revision, rules.versions);
}


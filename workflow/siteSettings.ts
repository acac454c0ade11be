import { z } from 'zod';
import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { readSiteSettings, writeSiteSettings } from '../store/siteSettings.js';
import { requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';
import { markIn, markMessage } from './publicLabel.js';
import { stripHiddenControls } from '../text/index.js';

/** The site's identity as a government website must show it (政府网站发展指引, 国办发〔2017〕47号). */
export interface SiteSettings {
  siteName: string;
  /** 主办单位 */
  sponsor: string;
  /** 承办单位 */
  organizer: string;
  /** 网站标识码: ten characters issued by the national government website register. */
  siteCode: string;
  icpNumber: string;
  psbNumber: string;
  /** Where the 公安机关备案号 links to; derived from the number when unset. */
  psbLink: string;
  contactAddress: string;
  contactPostcode: string;
  contactPhone: string;
  contactEmail: string;
  contactHours: string;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  siteName: '政府信息公开平台', sponsor: '', organizer: '', siteCode: '', icpNumber: '', psbNumber: '', psbLink: '',
  contactAddress: '', contactPostcode: '', contactPhone: '', contactEmail: '', contactHours: '',
};

/** Shown in every page's footer: no mark, and none of the characters that would make it show something else. */
const text = (label: string, max: number, min = 0) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 字`).min(min, `${label}不能为空`).transform(stripHiddenControls).superRefine((v, ctx) => {
    const mark = markIn(v);
    if (mark) ctx.addIssue({ code: 'custom', message: markMessage(label, v, mark) });
  });
const optional = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.literal('')]).nullish();

const SiteSettingsInput = z.object({
  siteName: text('网站名称', 50, 1).nullish(),
  sponsor: text('主办单位', 100).nullish(),
  organizer: text('承办单位', 100).nullish(),
  siteCode: optional(z.string().trim().regex(/^[0-9A-Za-z]{10}$/, '网站标识码应为 10 位数字或字母，例如 1508000001')),
  icpNumber: optional(z.string().trim().regex(/^[\u4e00-\u9fff]ICP备\d{6,10}号(-\d{1,3})?$/u, 'ICP备案号格式应为「蒙ICP备05003356号」或「蒙ICP备05003356号-1」')),
  psbNumber: optional(z.string().trim().regex(/^[\u4e00-\u9fff]公网安备\s?\d{14}号$/u, '公安机关备案号格式应为「蒙公网安备 15080202000123号」（14 位数字）')),
  psbLink: optional(z.string().trim().url('公安机关备案号链接须为完整网址').refine((u) => /^https?:\/\//.test(u), '公安机关备案号链接须以 http:// 或 https:// 开头')),
  contactAddress: text('通讯地址', 200).nullish(),
  contactPostcode: optional(z.string().trim().regex(/^\d{6}$/, '邮政编码应为 6 位数字')),
  contactPhone: text('联系电话', 50).nullish(),
  contactEmail: optional(z.string().trim().email('电子邮箱格式不正确')),
  contactHours: text('办公时间', 100).nullish(),
});
export type SiteSettingsInput = z.input<typeof SiteSettingsInput>;

/** Public: the portal reads them on every page. Unknown stored keys are ignored, missing ones defaulted. */
export async function getSiteSettings(deps: Deps): Promise<SiteSettings> {
  const stored = (await readSiteSettings(deps.pool)) ?? {};
  const merged = { ...DEFAULT_SITE_SETTINGS };
  for (const key of Object.keys(DEFAULT_SITE_SETTINGS) as (keyof SiteSettings)[]) if (typeof stored[key] === 'string') merged[key] = stored[key] as string;
  return merged;
}

/** The record page of the 全国互联网安全管理服务平台 for a 公网安备 number. */
export function psbLinkOf(settings: Pick<SiteSettings, 'psbNumber' | 'psbLink'>): string | null {
  if (settings.psbLink) return settings.psbLink;
  const digits = /(\d{14})/.exec(settings.psbNumber)?.[1];
  return digits ? `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}` : null;
}

/** Admins only; omitted fields stay, empty strings clear. Audited with the old and new values. */
export async function updateSiteSettings(deps: Deps, actor: Actor | null, raw: SiteSettingsInput): Promise<SiteSettings> {
  const who = requireRole(actor, 'admin');
  const parsed = SiteSettingsInput.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.message, { field: String(issue.path[0] ?? '') });
  }
  const before = await getSiteSettings(deps);
  const after = { ...before };
  const changed: Record<string, { from: string; to: string }> = {};
  for (const [key, value] of Object.entries(parsed.data) as [keyof SiteSettings, string | null | undefined][]) {
    if (value === undefined || value === null) continue;
    if (after[key] !== value) changed[key] = { from: after[key], to: value };
    after[key] = value;
  }
  await withTransaction(deps.pool, async (tx) => {
    await writeSiteSettings(tx, after, who.username);
    await appendAudit(tx, { actor: who.username, action: 'site.settings', targetType: 'site', targetId: 'site', unitCode: who.unitCode, details: { changed } });
  });
  return after;
}

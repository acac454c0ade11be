import { z } from 'zod';
import { appendAudit } from '../audit/chain.js';
import { findContentInfo, updateContentInfo, type ContentInfoPatch, type ContentInfoRecord, type Validity } from '../store/contentInfo.js';
import { findContent, type ContentRecord } from '../store/contents.js';
import { withTransaction } from '../store/db.js';
import { requireRole, requireSameUnit, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput, notFound } from './errors.js';
import { publicLabel } from './publicLabel.js';

/** 主题分类: the State Council's subject classification of government information (国务院公文主题分类). */
export const INFO_TOPICS: readonly string[] = [
  '综合政务', '国民经济管理、国有资产监管', '财政、金融、审计', '国土资源、能源', '农业、林业、水利', '工业、交通', '商贸、海关、旅游',
  '市场监管、安全生产监管', '城乡建设、环境保护', '科技、教育', '文化、广电、新闻出版', '卫生、体育', '人口与计划生育、妇女儿童工作',
  '劳动、人事、监察', '公安、安全、司法', '民政、扶贫、救灾', '民族、宗教', '对外事务', '港澳台侨工作', '国防', '其他',
];

export const VALIDITY_LABELS: Record<Validity, string> = { valid: '有效', expired: '失效', repealed: '废止' };

/**
 * 文号: 机关代字〔年份〕序号号, e.g. 巴政办字〔2018〕62号 or 国办发〔2019〕19号. Editors type the year brackets in
 * many ways (〔〕, ［］, [], （）, ()); they are normalised to the standard hexagonal brackets 〔〕 (GB/T 9704).
 */
const DOC_NUMBER = /^([\u4e00-\u9fff]{1,20}[A-Za-z0-9\u4e00-\u9fff]{0,10}?)〔(\d{4})〕(\d{1,5})号$/u;

export function normalizeDocNumber(raw: string): string {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  // NFKC turns ［］ into [], （） into (); 〔〕 are left alone.
  return text.replace(/[[(【]\s*(\d{4})\s*[\])】]/u, '〔$1〕');
}

export function validateDocNumber(raw: string): string {
  const text = normalizeDocNumber(raw);
  const match = DOC_NUMBER.exec(text);
  if (!match) throw badInput(`文号「${raw}」格式不正确，应为「机关代字〔年份〕序号号」，例如 巴政办字〔2018〕62号`, { field: 'documentNumber' });
  const year = Number(match[2]);
  if (year < 1949 || year > 2100) throw badInput(`文号「${raw}」中的年份 ${year} 不正确`, { field: 'documentNumber' });
  if (Number(match[3]) === 0) throw badInput(`文号「${raw}」的序号不能为 0`, { field: 'documentNumber' });
  return text;
}

const day = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}须为 YYYY-MM-DD 格式的日期`).refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, `${label}不是有效的日期`);

/** The editable fields; omitted means unchanged, null clears. */
const InfoIndexInputSchema = z.object({
  issuingBody: z.string().trim().max(100, '发布机构不能超过 100 字').nullish(),
  documentNumber: z.string().trim().max(50, '文号不能超过 50 字').nullish(),
  writtenOn: day('成文日期').nullish(),
  topic: z.string().trim().nullish().refine((t) => !t || INFO_TOPICS.includes(t), { message: `主题分类须为以下之一：${INFO_TOPICS.join('、')}` }),
  validity: z.enum(['VALID', 'EXPIRED', 'REPEALED']).nullish(),
  validityDate: day('失效/废止日期').nullish(),
  publicityUntil: day('公示截止日期').nullish(),
});
export type InfoIndexInput = z.input<typeof InfoIndexInputSchema>;

function toPatch(raw: InfoIndexInput): ContentInfoPatch {
  const parsed = InfoIndexInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue.message, { field: String(issue.path[0] ?? '') });
  }
  const input = parsed.data;
  const patch: ContentInfoPatch = {};
  if (input.issuingBody !== undefined) patch.issuingBody = input.issuingBody ? publicLabel(input.issuingBody, '发布机构', 'issuingBody') : null;
  if (input.documentNumber !== undefined) patch.docNumber = input.documentNumber ? publicLabel(validateDocNumber(input.documentNumber), '文号', 'documentNumber') : null;
  if (input.writtenOn !== undefined) patch.writtenOn = input.writtenOn;
  if (input.topic !== undefined) patch.topic = input.topic || null;
  if (input.validity) patch.validity = input.validity.toLowerCase() as Validity;
  if (input.validityDate !== undefined) patch.validityDate = input.validityDate;
  if (input.publicityUntil !== undefined) patch.publicityUntil = input.publicityUntil;
  return patch;
}

/**
 * Edits an item's 信息索引. The box describes the document rather than being part of its text, so it may
 * change after publication without a new review (a policy is 废止 years after it was published); every change
 * is audited with its old and new values, and the portal shows it at once.
 */
export async function updateInfoIndex(deps: Deps, actor: Actor | null, contentId: string, raw: InfoIndexInput): Promise<ContentRecord> {
  const who = requireRole(actor, 'editor');
  const patch = toPatch(raw);
  await withTransaction(deps.pool, async (tx) => {
    const content = await findContent(tx, contentId, true);
    if (!content) throw notFound('内容');
    requireSameUnit(who, content.unitId);
    const before = await findContentInfo(tx, contentId);
    if (!before) throw new Error(`content ${contentId} has no 信息索引 row`);
    const validity = patch.validity ?? before.validity;
    const validityDate = patch.validityDate !== undefined ? patch.validityDate : before.validityDate;
    if (validity !== 'valid' && !validityDate) throw badInput(`标为${VALIDITY_LABELS[validity]}须填写${VALIDITY_LABELS[validity]}日期`, { field: 'validityDate' });
    if (validity === 'valid' && patch.validity === 'valid' && patch.validityDate === undefined) patch.validityDate = null;
    await updateContentInfo(tx, contentId, patch);
    const changed = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { from: (before[k as keyof ContentInfoPatch] as string | null) ?? null, to: v ?? null }]));
    await appendAudit(tx, { actor: who.username, action: 'content.info_index', targetType: 'content', targetId: contentId, revision: content.revision, unitCode: content.unitCode, details: { indexNumber: before.indexNumber, changed } });
  });
  return (await findContent(deps.pool, contentId))!;
}

export interface InfoIndexView {
  indexNumber: string;
  issuingBody: string;
  documentNumber: string | null;
  writtenOn: string | null;
  topic: string | null;
  validity: Validity;
  validityLabel: string;
  validityDate: string | null;
  publicityUntil: string | null;
}

export function infoIndexView(info: ContentInfoRecord, unitName: string): InfoIndexView {
  return {
    indexNumber: info.indexNumber, issuingBody: info.issuingBody ?? unitName, documentNumber: info.docNumber, writtenOn: info.writtenOn, topic: info.topic,
    validity: info.validity, validityLabel: VALIDITY_LABELS[info.validity], validityDate: info.validityDate, publicityUntil: info.publicityUntil,
  };
}

export async function infoIndexOf(deps: Deps, content: ContentRecord): Promise<InfoIndexView> {
  const info = await findContentInfo(deps.pool, content.id);
  if (!info) throw new Error(`content ${content.id} has no 信息索引 row`);
  return infoIndexView(info, content.unitName);
}

/**
 * 政府信息公开工作年度报告 in the format fixed by 国办公开办函〔2021〕30号: six parts, four of them tables.
 * Part three (applications received and handled) is counted from the hub's records; parts two and four
 * (proactive disclosure of rules and decisions, administrative review and litigation) and the text parts
 * come from the other systems and from people, so staff enter them. The report exports as HTML (which the
 * body sanitizer keeps, so it can be published) and DOCX, and is published like any item: as a draft in
 * the 政府信息公开年报 column, through review.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { z } from 'zod';
import { appendAudit } from '../../audit/chain.js';
import { withTransaction } from '../../store/db.js';
import { applicationYearCounts, findAnnualReport, saveAnnualReport, type ApplicantType, type ApplicationYearRow } from '../../store/disclosure.js';
import { findUnitByCode } from '../../store/organisation.js';
import { requireRole, requireSameUnit, type Actor } from '../actor.js';
import { createContent } from '../content.js';
import type { Deps } from '../deps.js';
import { badInput } from '../errors.js';
import { escapeHtml } from '../../channels/portal/html.js';
import { parseInput, REPLY_GROUNDS } from './applications.js';

export const ANNUAL_REPORT_CATEGORY = 'zfxxgknb';

/** Columns of the application table, in the official order; 总计 is their sum. */
export const APPLICANT_COLUMNS: readonly { key: ApplicantType; label: string }[] = [
  { key: 'natural_person', label: '自然人' }, { key: 'business', label: '商业企业' }, { key: 'research', label: '科研机构' },
  { key: 'social_org', label: '社会公益组织' }, { key: 'legal_service', label: '法律服务机构' }, { key: 'other', label: '其他' },
];

export interface TableRowView {
  /** Row heading as the official table prints it. */
  label: string;
  /** 0 for the numbered parts, 1 for （一）…, 2 for 1. 2. … */
  level: number;
  /** One value per APPLICANT_COLUMNS entry, then the total. */
  values: number[];
}

type Matcher = (row: ApplicationYearRow) => boolean;
const result = (type: string, ground?: string): Matcher => (r) => r.bucket === 'result' && r.replyType === type && (ground === undefined || r.replyGround === ground);

function groundRows(type: 'NOT_PUBLIC' | 'UNAVAILABLE' | 'NOT_PROCESSED' | 'OTHER'): { label: string; level: number; match: Matcher }[] {
  return Object.entries(REPLY_GROUNDS[type]).map(([code, label], i) => ({ label: `${i + 1}.${label}`, level: 2, match: result(type, code) }));
}

/** The rows of part three, each with the records it counts. */
const APPLICATION_ROWS: { label: string; level: number; match?: Matcher; sumOf?: 'results' }[] = [
  { label: '一、本年新收政府信息公开申请数量', level: 0, match: (r) => r.bucket === 'received' },
  { label: '二、上年结转政府信息公开申请数量', level: 0, match: (r) => r.bucket === 'carried' },
  { label: '三、本年度办理结果', level: 0 },
  { label: '（一）予以公开', level: 1, match: result('PUBLIC') },
  { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 1, match: result('PARTIAL') },
  { label: '（三）不予公开', level: 1 },
  ...groundRows('NOT_PUBLIC'),
  { label: '（四）无法提供', level: 1 },
  ...groundRows('UNAVAILABLE'),
  { label: '（五）不予处理', level: 1 },
  ...groundRows('NOT_PROCESSED'),
  { label: '（六）其他处理', level: 1 },
  ...groundRows('OTHER'),
  { label: '（七）总计', level: 1, sumOf: 'results' },
  { label: '四、结转下年度继续办理', level: 0, match: (r) => r.bucket === 'pending' },
];

export function applicationTable(counts: readonly ApplicationYearRow[]): TableRowView[] {
  const sum = (match: Matcher): number[] => {
    const values = APPLICANT_COLUMNS.map((c) => counts.filter((r) => r.applicantType === c.key && match(r)).reduce((n, r) => n + r.n, 0));
    return [...values, values.reduce((a, b) => a + b, 0)];
  };
  return APPLICATION_ROWS.map((row) => {
    if (row.sumOf === 'results') return { label: row.label, level: row.level, values: sum((r) => r.bucket === 'result') };
    if (row.match) return { label: row.label, level: row.level, values: sum(row.match) };
    // A heading row (三、本年度办理结果, （三）不予公开 …) carries no figures of its own.
    return { label: row.label, level: row.level, values: [] };
  });
}

const count = z.number({ error: '须为数字' }).int('须为整数').min(0, '不能为负数').max(100_000_000);
const amount = z.number({ error: '须为数字' }).min(0, '不能为负数').max(1e10);
const regulationRow = z.object({ made: count.default(0), repealed: count.default(0), inForce: count.default(0) }).default({ made: 0, repealed: 0, inForce: 0 });
const outcomes = z.object({ upheld: count.default(0), corrected: count.default(0), other: count.default(0), pending: count.default(0) })
  .default({ upheld: 0, corrected: 0, other: 0, pending: 0 });

/** What staff enter; every figure defaults to 0 and every text to empty. */
export const annualReportEntries = z.object({
  overview: z.string().max(20_000).default(''),
  rules: regulationRow,
  normativeDocuments: regulationRow,
  licensing: count.default(0),
  penalties: count.default(0),
  enforcement: count.default(0),
  feesTenThousandYuan: amount.default(0),
  review: outcomes,
  litigationDirect: outcomes,
  litigationAfterReview: outcomes,
  problems: z.string().max(20_000).default(''),
  otherMatters: z.string().max(20_000).default(''),
});
export type AnnualReportEntries = z.output<typeof annualReportEntries>;

export interface AnnualReport {
  year: number;
  unitCode: string;
  unitName: string;
  entries: AnnualReportEntries;
  applications: TableRowView[];
  contentId: string | null;
}

async function unitFor(deps: Deps, actor: Actor, unitCode?: string | null) {
  const unit = await findUnitByCode(deps.pool, unitCode ?? actor.unitCode ?? '');
  if (!unit) throw badInput('请指定单位', { field: 'unitCode' });
  return unit;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2008 || year > 2200) throw badInput('年度须为四位年份', { field: 'year' });
}

export async function annualReport(deps: Deps, actor: Actor | null, year: number, unitCode?: string | null): Promise<AnnualReport> {
  const who = requireRole(actor, 'editor', 'overseer');
  checkYear(year);
  const unit = await unitFor(deps, who, unitCode);
  if (who.role !== 'overseer') requireSameUnit(who, unit.id);
  const [saved, counts] = await Promise.all([findAnnualReport(deps.pool, unit.id, year), applicationYearCounts(deps.pool, unit.id, year)]);
  return { year, unitCode: unit.code, unitName: unit.name, entries: annualReportEntries.parse(saved?.entries ?? {}), applications: applicationTable(counts), contentId: saved?.contentId ?? null };
}

export async function saveAnnualReportEntries(deps: Deps, actor: Actor | null, year: number, raw: unknown, unitCode?: string | null): Promise<AnnualReport> {
  const who = requireRole(actor, 'editor');
  checkYear(year);
  const entries = parseInput(annualReportEntries, raw);
  const unit = await unitFor(deps, who, unitCode);
  requireSameUnit(who, unit.id);
  await withTransaction(deps.pool, async (tx) => {
    await saveAnnualReport(tx, { unitId: unit.id, year, entries, updatedBy: who.username });
    await appendAudit(tx, { actor: who.username, action: 'annual_report.save', targetType: 'annual_report', targetId: `${unit.code}:${year}`, unitCode: unit.code, details: { year } });
  });
  return annualReport(deps, actor, year, unit.code);
}

/* ---- Rendering: one table model, two outputs ---- */

interface Grid {
  caption: string;
  /** Header rows: cells with spans. */
  head: { text: string; colSpan?: number; rowSpan?: number }[][];
  body: { label: string; level?: number; cells: (string | number)[] }[];
}

function grids(r: AnnualReport): Grid[] {
  const e = r.entries;
  const o = (x: AnnualReportEntries['review']) => [x.upheld, x.corrected, x.other, x.pending, x.upheld + x.corrected + x.other + x.pending];
  return [
    {
      caption: '二、主动公开政府信息情况',
      head: [[{ text: '第二十条第（一）项' }, { text: '本年制发件数' }, { text: '本年废止件数' }, { text: '现行有效件数' }]],
      body: [
        { label: '规章', cells: [e.rules.made, e.rules.repealed, e.rules.inForce] },
        { label: '行政规范性文件', cells: [e.normativeDocuments.made, e.normativeDocuments.repealed, e.normativeDocuments.inForce] },
        { label: '第二十条第（五）项 行政许可（本年处理决定数量）', cells: [e.licensing, '', ''] },
        { label: '第二十条第（六）项 行政处罚（本年处理决定数量）', cells: [e.penalties, '', ''] },
        { label: '行政强制（本年处理决定数量）', cells: [e.enforcement, '', ''] },
        { label: '第二十条第（八）项 行政事业性收费（本年收费金额，单位：万元）', cells: [e.feesTenThousandYuan, '', ''] },
      ],
    },
    {
      caption: '三、收到和处理政府信息公开申请情况',
      head: [
        [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowSpan: 3 }, { text: '申请人情况', colSpan: 7 }],
        [{ text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 }, { text: '总计', rowSpan: 2 }],
        APPLICANT_COLUMNS.slice(1).map((c) => ({ text: c.label })),
      ],
      body: r.applications.map((row) => ({ label: row.label, level: row.level, cells: row.values.length ? row.values : new Array(APPLICANT_COLUMNS.length + 1).fill('') })),
    },
    {
      caption: '四、政府信息公开行政复议、行政诉讼情况',
      head: [
        [{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
        [{ text: '结果维持', rowSpan: 2 }, { text: '结果纠正', rowSpan: 2 }, { text: '其他结果', rowSpan: 2 }, { text: '尚未审结', rowSpan: 2 }, { text: '总计', rowSpan: 2 },
          { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
        ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => ({ text })),
      ],
      body: [{ label: '', cells: [...o(e.review), ...o(e.litigationDirect), ...o(e.litigationAfterReview)] }],
    },
  ];
}

function paragraphs(text: string): string[] {
  return text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

export function titleOf(r: AnnualReport): string {
  return `${r.unitName}${r.year}年政府信息公开工作年度报告`;
}

/** HTML the body sanitizer keeps (tables with spans and header scopes), ready to publish. */
export function annualReportHtml(r: AnnualReport): string {
  const table = (g: Grid): string => {
    const head = g.head.map((row) => `<tr>${row.map((c) => `<th scope="col"${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${escapeHtml(c.text)}</th>`).join('')}</tr>`).join('');
    const body = g.body.map((row) => `<tr>${row.label ? `<th scope="row">${escapeHtml(row.label)}</th>` : ''}${row.cells.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`).join('');
    return `<h2>${escapeHtml(g.caption)}</h2><table><thead>${head}</thead><tbody>${body}</tbody></table>`;
  };
  const text = (heading: string, value: string) => `<h2>${escapeHtml(heading)}</h2>${(paragraphs(value).length ? paragraphs(value) : ['无。']).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`;
  const [proactive, applications, review] = grids(r);
  return [
    `<p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。</p>`,
    text('一、总体情况', r.entries.overview),
    table(proactive),
    table(applications),
    table(review),
    text('五、存在的主要问题及改进情况', r.entries.problems),
    text('六、其他需要报告的事项', r.entries.otherMatters),
  ].join('\n');
}

export async function annualReportDocx(r: AnnualReport): Promise<Buffer> {
  const cell = (text: string | number, opts: { bold?: boolean; colSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({ columnSpan: opts.colSpan, rowSpan: opts.rowSpan, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(text), bold: opts.bold })] })] });
  const table = (g: Grid) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...g.head.map((row) => new TableRow({ tableHeader: true, children: row.map((c) => cell(c.text, { bold: true, colSpan: c.colSpan, rowSpan: c.rowSpan })) })),
      ...g.body.map((row) => new TableRow({ children: [...(row.label ? [cell(row.label)] : []), ...row.cells.map((c) => cell(c))] })),
    ],
  });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ heading: level, children: [new TextRun(text)] });
  const text = (value: string) => (paragraphs(value).length ? paragraphs(value) : ['无。']).map((p) => new Paragraph({ children: [new TextRun(p)] }));
  const [proactive, applications, review] = grids(r);
  const doc = new Document({
    creator: 'Tongfa',
    title: titleOf(r),
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(titleOf(r))] }),
        heading('一、总体情况'), ...text(r.entries.overview),
        heading(proactive.caption), table(proactive),
        heading(applications.caption), table(applications),
        heading(review.caption), table(review),
        heading('五、存在的主要问题及改进情况'), ...text(r.entries.problems),
        heading('六、其他需要报告的事项'), ...text(r.entries.otherMatters),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** Publishes the report as a draft in 政府信息公开年报: it goes through review like any item. */
export async function draftAnnualReport(deps: Deps, actor: Actor | null, year: number): Promise<{ report: AnnualReport; contentId: string }> {
  const who = requireRole(actor, 'editor');
  const report = await annualReport(deps, who, year);
  const content = await createContent(deps, who, { title: titleOf(report), body: annualReportHtml(report), categoryCode: ANNUAL_REPORT_CATEGORY });
  const unit = (await findUnitByCode(deps.pool, report.unitCode))!;
  await withTransaction(deps.pool, async (tx) => {
    await saveAnnualReport(tx, { unitId: unit.id, year, contentId: content.id, updatedBy: who.username });
    await appendAudit(tx, { actor: who.username, action: 'annual_report.draft', targetType: 'annual_report', targetId: `${unit.code}:${year}`, unitCode: unit.code, details: { year, contentId: content.id } });
  });
  return { report: { ...report, contentId: content.id }, contentId: content.id };
}

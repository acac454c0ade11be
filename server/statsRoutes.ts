import { Router, type Request, type Response } from 'express';
import { csvField } from '../audit/export.js';
import { HTTP_STATUS } from './httpStatus.js';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import { AppError, badInput } from '../workflow/errors.js';
import { disclosureStatistics, type DisclosureStatistics } from '../workflow/statistics.js';


/**
 * Category and unit names are typed by people; a spreadsheet would run one starting with = + - @ as a
 * formula (CSV injection), so such a cell is prefixed with an apostrophe, which spreadsheets hide.
 */
const cell = (value: string | number): string => csvField(typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** One table, `section,key,label,value`, so a single sheet holds the whole report and sorts or pivots well. */
export function statisticsCsv(s: DisclosureStatistics): string {
  const rows: (string | number)[][] = [
    ['section', 'key', 'label', 'value'],
    ['range', 'from', '起始日期', s.from],
    ['range', 'to', '截止日期', s.to],
    ['range', 'unit', '单位', s.unitCode ?? '全部'],
    ['summary', 'published', '主动公开信息数', s.published],
    ...s.byCategory.map((r) => ['category', r.key, r.label, r.count]),
    ...s.byChannel.map((r) => ['channel', r.key, r.label, r.count]),
    ...s.byUnit.map((r) => ['unit', r.key, r.label, r.count]),
    ...s.byMonth.map((r) => ['month', r.key, r.label, r.count]),
    ['review', 'approved', '审核通过', s.reviews.approved],
    ['review', 'rejected', '审核退回', s.reviews.rejected],
    ['review', 'median_hours', '审核用时中位数（小时）', s.reviews.medianSeconds === null ? '' : (s.reviews.medianSeconds / 3600).toFixed(2)],
    ['failures', 'total', '发布失败', s.publicationFailures],
    ...s.failuresByChannel.map((r) => ['failures', r.key, r.label, r.count]),
    ['retractions', 'total', '撤回', s.retractions],
  ];
  // A byte-order mark first: Excel otherwise reads UTF-8 Chinese in the local code page.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function singleParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined || typeof value === 'string') return value;
  throw badInput(`查询参数 ${name} 只能出现一次`, { field: name });
}

/**
 * `GET /stats/disclosure.csv?from=YYYY-MM-DD&to=YYYY-MM-DD` (or `?year=2025`, optionally `&unit=CODE`):
 * the annual-report figures for a bearer token, with the same visibility rules as the GraphQL query.
 */
export function statsRouter(deps: Deps): Router {
  const router = Router();
  router.get('/stats/disclosure.csv', async (req: Request, res: Response) => {
    let stats: DisclosureStatistics;
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const session = await authenticate(deps, token);
      const year = singleParam(req, 'year');
      if (year !== undefined && !/^\d{4}$/.test(year)) throw badInput('year 须为四位年份', { field: 'year' });
      stats = await disclosureStatistics(deps, session?.actor ?? null, {
        year: year === undefined ? null : Number(year), from: singleParam(req, 'from'), to: singleParam(req, 'to'), unitCode: singleParam(req, 'unit'),
      });
    } catch (error) {
      const status = error instanceof AppError ? HTTP_STATUS[error.code] : undefined;
      if (!status || !(error instanceof AppError)) throw error;
      if (status === 401) res.set('WWW-Authenticate', 'Bearer');
      res.status(status).json({ error: { code: error.code, message: error.message, ...(error.details ?? {}) } });
      return;
    }
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="disclosure-${stats.from}-${stats.to}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    }).send(statisticsCsv(stats));
  });
  return router;
}

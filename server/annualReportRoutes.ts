import { Router, type Request, type Response } from 'express';
import { authenticate } from '../workflow/auth.js';
import type { Deps } from '../workflow/deps.js';
import { annualReport, annualReportDocx, titleOf } from '../workflow/disclosure/annualReport.js';
import { AppError, badInput } from '../workflow/errors.js';
import { HTTP_STATUS } from './httpStatus.js';

/** `GET /reports/annual/2026.docx?unit=CODE` with a bearer token: the annual report as a Word document. */
export function annualReportRouter(deps: Deps): Router {
  const router = Router();
  router.get('/reports/annual/:file', async (req: Request, res: Response) => {
    try {
      const match = /^(\d{4})\.docx$/.exec(String(req.params.file));
      if (!match) throw badInput('请求 /reports/annual/<四位年份>.docx', { field: 'year' });
      const unit = typeof req.query.unit === 'string' ? req.query.unit : null;
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const session = await authenticate(deps, token);
      const report = await annualReport(deps, session?.actor ?? null, Number(match[1]), unit);
      const body = await annualReportDocx(report);
      res.status(200)
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .set('Content-Disposition', `attachment; filename="annual-report-${report.year}.docx"; filename*=UTF-8''${encodeURIComponent(`${titleOf(report)}.docx`)}`)
        .set('Cache-Control', 'no-store')
        .send(body);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(HTTP_STATUS[error.code] ?? 400).type('text/plain; charset=utf-8').send(error.message);
    }
  });
  return router;
}

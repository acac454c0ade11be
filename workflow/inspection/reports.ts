import { appendAudit } from '../../audit/chain.js';
import type { Json } from '../../audit/canonical.js';
import { isUuid } from '../../store/contents.js';
import { withTransaction } from '../../store/db.js';
import { findReport, insertReport, listFindings, listReports, readInspectionOverrides, type FindingRecord, type ReportRecord } from '../../store/inspection.js';
import { findUsersWithRole } from '../../store/organisation.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { badInput } from '../errors.js';
import { notify } from '../notify.js';
import { countBySeverity, inspectionDigest, type InspectionTrigger } from './digest.js';
import { inspect } from './rules/index.js';
import { readerScope } from './scope.js';
import { settingsFrom } from './settings.js';

/** A report as one reader may see it: counts and findings limited to `scopeUnitId` when set. */
export interface ReportView extends ReportRecord {
  scopeUnitId: string | null;
}

/**
 * Runs the inspection and stores its report with an audit event. The digest goes to every overseer
 * after the report is committed: scheduled runs mail by default; an on-demand run returns the report to
 * whoever asked and mails only when asked to.
 */
export async function runInspection(deps: Deps, actor: Actor | null, options: { trigger: InspectionTrigger; notify?: boolean | null }): Promise<ReportView> {
  const { who, scopeUnitId } = readerScope(actor);
  const settings = settingsFrom(await readInspectionOverrides(deps.pool));
  const runAt = deps.now();
  const findings = await inspect(deps, settings);
  const id = await withTransaction(deps.pool, async (tx) => {
    const reportId = await insertReport(tx, { runAt, trigger: options.trigger, requestedBy: who.username, settings: settings as unknown as { [key: string]: Json }, findings });
    await appendAudit(tx, {
      actor: who.username, action: 'inspection.run', targetType: 'inspection_report', targetId: reportId,
      details: { trigger: options.trigger, runAt: runAt.toISOString(), ...countBySeverity(findings) },
    });
    return reportId;
  });
  if (options.notify ?? options.trigger === 'schedule') {
    const overseers = await findUsersWithRole(deps.pool, ['overseer']);
    const digest = inspectionDigest({ id, runAt, trigger: options.trigger, requestedBy: who.username }, findings);
    await notify(deps, overseers, digest.subject, digest.text);
  }
  return { ...(await findReport(deps.pool, id, scopeUnitId))!, scopeUnitId };
}

export async function getInspectionReport(deps: Deps, actor: Actor | null, id: string): Promise<ReportView | null> {
  const { scopeUnitId } = readerScope(actor);
  if (!isUuid(id)) return null;
  const report = await findReport(deps.pool, id, scopeUnitId);
  return report && { ...report, scopeUnitId };
}

export async function listInspectionReports(
  deps: Deps,
  actor: Actor | null,
  options: { first: number; after: { runAt: Date; id: string } | null },
): Promise<{ items: ReportView[]; hasNextPage: boolean }> {
  const { scopeUnitId } = readerScope(actor);
  if (options.after && !isUuid(options.after.id)) throw badInput('无效的分页游标', { field: 'after' });
  const rows = await listReports(deps.pool, { unitId: scopeUnitId, after: options.after, limit: options.first + 1 });
  return { items: rows.slice(0, options.first).map((r) => ({ ...r, scopeUnitId })), hasNextPage: rows.length > options.first };
}

export function reportFindings(deps: Deps, report: ReportView): Promise<FindingRecord[]> {
  return listFindings(deps.pool, report.id, report.scopeUnitId);
}

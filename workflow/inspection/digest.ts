import type { FindingRecord, FindingSeverity } from '../../store/inspection.js';
import { beijingDate, beijingDateTime } from '../../time/beijing.js';
import { RULE_TITLES, type InspectionRule } from './rule.js';

export type InspectionTrigger = 'schedule' | 'manual';

export function countBySeverity(findings: { severity: FindingSeverity }[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { veto: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const SEVERITY_TITLES: Record<FindingSeverity, string> = { veto: '单项否决', warn: '警告', info: '提示' };
/** A digest is read on a phone: past this many lines per rule the rest is a count and a pointer to the report. */
const DIGEST_LINES_PER_RULE = 20;

export function inspectionDigest(report: { id: string; runAt: Date; trigger: InspectionTrigger; requestedBy: string }, findings: FindingRecord[]): { subject: string; text: string } {
  const counts = countBySeverity(findings);
  const subject = `网上督查 ${beijingDate(report.runAt)}：${(Object.keys(SEVERITY_TITLES) as FindingSeverity[]).map((s) => `${SEVERITY_TITLES[s]} ${counts[s]} 项`).join('，')}`;
  const lines = [
    `督查时间：${beijingDateTime(report.runAt)}`,
    `触发方式：${report.trigger === 'schedule' ? '每日定时' : `手动（${report.requestedBy}）`}`,
    `报告编号：${report.id}`,
    '',
  ];
  if (findings.length === 0) lines.push('本次督查未发现问题。');
  for (const severity of Object.keys(SEVERITY_TITLES) as FindingSeverity[]) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`【${SEVERITY_TITLES[severity]}】${ofSeverity.length} 项`);
    for (const rule of [...new Set(ofSeverity.map((f) => f.rule))]) {
      const ofRule = ofSeverity.filter((f) => f.rule === rule);
      lines.push(`  ${RULE_TITLES[rule as InspectionRule] ?? rule}（${ofRule.length}）`);
      for (const f of ofRule.slice(0, DIGEST_LINES_PER_RULE)) lines.push(`    · ${f.unitCode ? `[${f.unitCode}] ` : ''}${f.message}`);
      if (ofRule.length > DIGEST_LINES_PER_RULE) lines.push(`    ……另有 ${ofRule.length - DIGEST_LINES_PER_RULE} 项，详见报告`);
    }
    lines.push('');
  }
  return { subject, text: lines.join('\n') };
}

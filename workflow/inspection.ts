/**
 * 每天一次网上督查: the checks of the national indicators for government websites and new media
 * (国办秘函〔2019〕19号) that the hub can answer from its own data, run daily by a job and on demand.
 *
 * In inspection/: settings.ts — thresholds admins tune; rule.ts — the rule vocabulary; rules/ — one file per area;
 * reports.ts — running, storing and reading reports; digest.ts — the overseers' mail; scope.ts — who reads what.
 */
export { articleLinks } from '../text/links.js';
export { inspectionDigest, type InspectionTrigger } from './inspection/digest.js';
export { getInspectionReport, listInspectionReports, reportFindings, runInspection, type ReportView } from './inspection/reports.js';
export { RULE_TITLES, type Finding, type InspectionRule } from './inspection/rule.js';
export { inspect } from './inspection/rules/index.js';
export { DEFAULT_INSPECTION_SETTINGS, getInspectionSettings, updateInspectionSettings, type InspectionSettings } from './inspection/settings.js';

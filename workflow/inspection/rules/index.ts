import { loadCalendar } from '../../calendarDays.js';
import type { Deps } from '../../deps.js';
import { disclosureFindings } from '../../disclosure/inspectionRules.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import type { InspectionSettings } from '../settings.js';
import { accountStatus, staleAccounts } from './accounts.js';
import { categories } from './categories.js';
import { reviews, serviceChanges } from './deadlines.js';
import { brokenLinks } from './links.js';
import { publications } from './publications.js';
import { publicityExpiring, publicityOverdue } from './publicity.js';

const RULES: Rule[] = [
  staleAccounts, accountStatus, categories, publications, reviews, serviceChanges, brokenLinks, publicityOverdue, publicityExpiring, disclosureFindings,
];

/** Runs every rule at `deps.now()` and returns the findings, without storing anything. */
export async function inspect(deps: Deps, settings: InspectionSettings): Promise<Finding[]> {
  const ctx: RuleContext = {
    db: deps.pool, now: deps.now(), settings, publicBaseUrl: deps.config.publicBaseUrl,
    calendar: await loadCalendar(deps.pool, { start: settings.workdayStart, end: settings.workdayEnd }),
  };
  return (await Promise.all(RULES.map((rule) => rule(ctx)))).flat();
}

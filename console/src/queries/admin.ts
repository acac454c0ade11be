import { op } from '../api';

/** The admins' screens 栏目 and 设置: their GraphQL documents, with the data and variables types beside them. */

export interface CatalogueRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  requiredApprovals: number;
  requiresInterpretation: boolean;
  publicityDays: number | null;
  active: boolean;
  sortOrder: number;
  namePolicy: { allNames: boolean; roles: string[] };
}

export const CATALOGUE = op<{ catalogue: CatalogueRow[] }>(`query Catalogue { catalogue { code name parentCode kind requiredApprovals requiresInterpretation publicityDays active sortOrder namePolicy { allNames roles } } }`);
export const CREATE_CATEGORY = op<{ createCategory: { code: string } }, { input: { code: string; name: string; parentCode: string | null; kind: string; requiredApprovals: number } }>(
  `mutation CreateCategory($input: CategoryInput!) { createCategory(input: $input) { code } }`,
);
export const UPDATE_CATEGORY = op<{ updateCategory: { code: string } }, { code: string; input: { name?: string; kind?: string; requiredApprovals?: number } }>(
  `mutation UpdateCategory($code: String!, $input: CategoryPatchInput!) { updateCategory(code: $code, input: $input) { code name kind requiredApprovals } }`,
);
export const MOVE_CATEGORY = op<{ moveCategory: { code: string } }, { code: string; direction: 'UP' | 'DOWN' }>(
  `mutation MoveCategory($code: String!, $direction: MoveDirection!) { moveCategory(code: $code, direction: $direction) { code sortOrder } }`,
);
export const SET_CATEGORY_ACTIVE = op<{ setCategoryActive: { code: string } }, { code: string; active: boolean }>(
  `mutation SetCategoryActive($code: String!, $active: Boolean!) { setCategoryActive(code: $code, active: $active) { code active } }`,
);
export const SET_REQUIRES_INTERPRETATION = op<{ setCategoryRequiresInterpretation: { code: string } }, { code: string; required: boolean }>(
  `mutation SetCategoryRequiresInterpretation($code: String!, $required: Boolean!) { setCategoryRequiresInterpretation(code: $code, required: $required) { code requiresInterpretation } }`,
);
export const SET_PUBLICITY_DAYS = op<{ setCategoryPublicityDays: number | null }, { code: string; days: number | null }>(
  `mutation SetCategoryPublicityDays($code: String!, $days: Int) { setCategoryPublicityDays(code: $code, days: $days) }`,
);

export interface UnitRow { id: string; code: string; name: string }
export const UNITS = op<{ units: UnitRow[]; users: { unit: { code: string } }[] }>(`query UnitsAndUsers { units { id code name } users { unit { code } } }`);
export const CREATE_UNIT = op<{ createUnit: UnitRow }, { code: string; name: string }>(`mutation CreateUnit($code: String!, $name: String!) { createUnit(code: $code, name: $name) { id code name } }`);
export const RENAME_UNIT = op<{ renameUnit: UnitRow }, { code: string; name: string }>(`mutation RenameUnit($code: String!, $name: String!) { renameUnit(code: $code, name: $name) { id code name } }`);

export interface CalendarDayRow { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string; updatedBy: string; updatedAt: string }
export const CALENDAR_DAYS = op<{ calendarDays: CalendarDayRow[] }, { from: string; to: string }>(
  `query CalendarDays($from: String!, $to: String!) { calendarDays(from: $from, to: $to) { date kind name updatedBy updatedAt } }`,
);
export const SET_CALENDAR_DAY = op<{ setCalendarDay: CalendarDayRow }, { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }>(
  `mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) { setCalendarDay(date: $date, kind: $kind, name: $name) { date kind name updatedBy updatedAt } }`,
);
export const REMOVE_CALENDAR_DAY = op<{ removeCalendarDay: boolean }, { date: string }>(`mutation RemoveCalendarDay($date: String!) { removeCalendarDay(date: $date) }`);

export interface InspectionSettingsRow {
  staleAccountDays: number;
  staleCategoryMonths: number;
  staleCategoryKinds: string[];
  emptyCategoryLimit: number;
  stuckPublicationMinutes: number;
  reviewWorkingHours: number;
  serviceChangeWorkingDays: number;
  reportSuspendedAccounts: boolean;
  workdayStart: string;
  workdayEnd: string;
}
const INSPECTION_FIELDS = 'staleAccountDays staleCategoryMonths staleCategoryKinds emptyCategoryLimit stuckPublicationMinutes reviewWorkingHours serviceChangeWorkingDays reportSuspendedAccounts workdayStart workdayEnd';
export const INSPECTION_SETTINGS = op<{ inspectionSettings: InspectionSettingsRow }>(`query InspectionSettings { inspectionSettings { ${INSPECTION_FIELDS} } }`);
export const UPDATE_INSPECTION_SETTINGS = op<{ updateInspectionSettings: InspectionSettingsRow }, { input: Partial<InspectionSettingsRow> }>(
  `mutation UpdateInspectionSettings($input: InspectionSettingsInput!) { updateInspectionSettings(input: $input) { ${INSPECTION_FIELDS} } }`,
);

export interface SiteSettingsRow {
  siteName: string; sponsor: string; organizer: string; siteCode: string; icpNumber: string; psbNumber: string; psbLink: string | null;
  contactAddress: string; contactPostcode: string; contactPhone: string; contactEmail: string; contactHours: string;
}
const SITE_FIELDS = 'siteName sponsor organizer siteCode icpNumber psbNumber psbLink contactAddress contactPostcode contactPhone contactEmail contactHours';
export const SITE_SETTINGS = op<{ siteSettings: SiteSettingsRow }>(`query SiteSettings { siteSettings { ${SITE_FIELDS} } }`);
export const UPDATE_SITE_SETTINGS = op<{ updateSiteSettings: SiteSettingsRow }, { input: Partial<SiteSettingsRow> }>(
  `mutation UpdateSiteSettings($input: SiteSettingsInput!) { updateSiteSettings(input: $input) { ${SITE_FIELDS} } }`,
);

export const SYNONYMS = op<{ searchSynonyms: string[][] }>(`query SearchSynonyms { searchSynonyms }`);
export const SET_SYNONYMS = op<{ setSearchSynonyms: string[][] }, { groups: string[][] }>(`mutation SetSearchSynonyms($groups: [[String!]!]!) { setSearchSynonyms(groups: $groups) }`);

/** 文字关 dictionaries: entries are never deleted (revisions were checked against them), only deactivated. */
export interface TypoRow { id: string; wrong: string; correction: string; note: string; active: boolean; updatedBy: string; updatedAt: string }
export interface OutdatedRow { id: string; term: string; current: string; ceasedOn: string; note: string; active: boolean; updatedBy: string; updatedAt: string }
export const TYPO_ENTRIES = op<{ typoEntries: TypoRow[] }>(`query TypoEntries { typoEntries(includeInactive: true) { id wrong correction note active updatedBy updatedAt } }`);
export const SAVE_TYPO = op<{ saveTypoEntry: { id: string } }, { input: { wrong: string; correction: string; note?: string } }>(`mutation SaveTypoEntry($input: TypoEntryInput!) { saveTypoEntry(input: $input) { id } }`);
export const SET_TYPO_ACTIVE = op<{ setTypoEntryActive: { id: string } }, { id: string; active: boolean }>(`mutation SetTypoEntryActive($id: ID!, $active: Boolean!) { setTypoEntryActive(id: $id, active: $active) { id active } }`);
export const OUTDATED_TERMS = op<{ outdatedTerms: OutdatedRow[] }>(`query OutdatedTerms { outdatedTerms(includeInactive: true) { id term current ceasedOn note active updatedBy updatedAt } }`);
export const SAVE_OUTDATED = op<{ saveOutdatedTerm: { id: string } }, { input: { term: string; current: string; ceasedOn: string; note?: string } }>(`mutation SaveOutdatedTerm($input: OutdatedTermInput!) { saveOutdatedTerm(input: $input) { id } }`);
export const SET_OUTDATED_ACTIVE = op<{ setOutdatedTermActive: { id: string } }, { id: string; active: boolean }>(`mutation SetOutdatedTermActive($id: ID!, $active: Boolean!) { setOutdatedTermActive(id: $id, active: $active) { id active } }`);

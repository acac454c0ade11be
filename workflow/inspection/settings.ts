import { appendAudit } from '../../audit/chain.js';
import type { Json } from '../../audit/canonical.js';
import type { CategoryKind } from '../../store/categories.js';
import { withTransaction } from '../../store/db.js';
import { readInspectionOverrides, writeInspectionOverrides } from '../../store/inspection.js';
import { requireRole, type Actor } from '../actor.js';
import { parseClock } from '../calendar.js';
import { KINDS } from '../categories.js';
import type { Deps } from '../deps.js';
import { badInput } from '../errors.js';

/** The thresholds of the daily inspection: defaults, overlaid with what admins changed. */
export interface InspectionSettings {
  /** 政务新媒体: an active account silent this long is a 单项否决 item. */
  staleAccountDays: number;
  /** 通知公告/政策文件 columns with nothing new for this long are a 单项否决 item. */
  staleCategoryMonths: number;
  staleCategoryKinds: CategoryKind[];
  /** More empty columns (空白栏目) than this is a 单项否决 item; each one is a warning anyway. */
  emptyCategoryLimit: number;
  /** A publication claimed, or due, this long ago and not finished means a worker is down or stuck. */
  stuckPublicationMinutes: number;
  reviewWorkingHours: number;
  /** 办事条件变更 must be out within this many working days of approval. */
  serviceChangeWorkingDays: number;
  reportSuspendedAccounts: boolean;
  /** Office hours that working-hour deadlines count (HH:MM, Asia/Shanghai). */
  workdayStart: string;
  workdayEnd: string;
}

export const DEFAULT_INSPECTION_SETTINGS: Readonly<InspectionSettings> = Object.freeze<InspectionSettings>({
  staleAccountDays: 14,
  staleCategoryMonths: 6,
  staleCategoryKinds: ['notice', 'policy'],
  emptyCategoryLimit: 5,
  stuckPublicationMinutes: 30,
  reviewWorkingHours: 16,
  serviceChangeWorkingDays: 1,
  reportSuspendedAccounts: true,
  workdayStart: '09:00',
  workdayEnd: '17:00',
});

const INT_RANGES: Partial<Record<keyof InspectionSettings, [number, number]>> = {
  staleAccountDays: [1, 365],
  staleCategoryMonths: [1, 60],
  emptyCategoryLimit: [0, 1000],
  stuckPublicationMinutes: [1, 7 * 24 * 60],
  reviewWorkingHours: [1, 2000],
  serviceChangeWorkingDays: [1, 60],
};

/** Checks one settings field; throws BAD_USER_INPUT naming it. */
function validField(key: keyof InspectionSettings, value: unknown): Json {
  const range = INT_RANGES[key];
  if (range) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1]) throw badInput(`${key} 须为 ${range[0]} 到 ${range[1]} 之间的整数`, { field: key });
    return value;
  }
  switch (key) {
    case 'staleCategoryKinds':
      if (!Array.isArray(value) || value.some((k) => !KINDS.includes(k as CategoryKind))) throw badInput(`${key} 须为栏目类型（${KINDS.join('|')}）的列表`, { field: key });
      return [...new Set(value as string[])];
    case 'reportSuspendedAccounts':
      if (typeof value !== 'boolean') throw badInput(`${key} 须为布尔值`, { field: key });
      return value;
    case 'workdayStart':
    case 'workdayEnd':
      parseClock(value as string, key);
      return value as string;
    default:
      throw badInput(`未知的督查设置 ${String(key)}`, { field: String(key) });
  }
}

function checkOfficeHours(settings: InspectionSettings): void {
  if (parseClock(settings.workdayEnd, 'workdayEnd') <= parseClock(settings.workdayStart, 'workdayStart')) throw badInput('下班时间须晚于上班时间', { field: 'workdayEnd' });
}

/** Defaults, overlaid with what admins changed. A stored value that no longer validates falls back to the default. */
export function settingsFrom(overrides: Record<string, unknown>): InspectionSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_INSPECTION_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_INSPECTION_SETTINGS)) continue;
    try {
      settings[key] = validField(key as keyof InspectionSettings, value);
    } catch {
      // keep the default
    }
  }
  return settings as unknown as InspectionSettings;
}

export async function getInspectionSettings(deps: Deps, actor: Actor | null): Promise<InspectionSettings> {
  requireRole(actor, 'overseer', 'channel_admin');
  return settingsFrom(await readInspectionOverrides(deps.pool));
}

/** Admins tune the thresholds; a field given as null goes back to its default. */
export async function updateInspectionSettings(deps: Deps, actor: Actor | null, input: Partial<Record<keyof InspectionSettings, unknown>>): Promise<InspectionSettings> {
  const who = requireRole(actor, 'admin');
  return withTransaction(deps.pool, async (tx) => {
    const overrides = { ...(await readInspectionOverrides(tx)) } as Record<string, Json>;
    const changes: Record<string, Json> = {};
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (!(key in DEFAULT_INSPECTION_SETTINGS)) throw badInput(`未知的督查设置 ${key}`, { field: key });
      if (value === null) delete overrides[key];
      else overrides[key] = validField(key as keyof InspectionSettings, value);
      changes[key] = value === null ? null : overrides[key];
    }
    const settings = settingsFrom(overrides);
    checkOfficeHours(settings);
    await writeInspectionOverrides(tx, overrides, who.username);
    await appendAudit(tx, { actor: who.username, action: 'inspection.settings.update', targetType: 'inspection_settings', targetId: 'inspection', details: { changes } });
    return settings;
  });
}

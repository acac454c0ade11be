/**
 * 文字关 dictionaries as data: who may read and edit them, how an edit is versioned and audited, and
 * the compiled rules the gate runs with for a unit. The shipped files are version 1 of the typo and
 * outdated lists, written into the database by whichever caller first needs them.
 */
import { z } from 'zod';
import { appendAudit } from '../audit/chain.js';
import type { Json } from '../audit/canonical.js';
import { normalizeTerm } from '../review/normalize.js';
import {
  buildWordingRules, loadShippedOutdated, loadShippedTypos, TYPO_CONTEXTS, isDate, type WordingRules, type WordingVersions,
} from '../review/wording/index.js';
import { withTransaction, type Tx } from '../store/db.js';
import { findUnitByCode } from '../store/organisation.js';
import {
  bumpVersion, claimFirstVersion, findOutdated, findRosterEntry, findTypo, getWordingVersions, insertOutdatedSeeds, insertRosterEntry,
  insertTypoSeeds, listOutdated, listRoster, listTypos, setOutdatedActive, setRosterActive, setTypoActive, updateRosterEntry, upsertOutdated,
  upsertTypo, type OutdatedRecord, type RosterRecord, type TypoRecord,
} from '../store/wording.js';
import { requireActor, requireRole, seesAllUnits, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput, forbidden, notFound } from './errors.js';

const SEEDER = 'system:wording-seed';

/**
 * Writes the shipped lists as version 1 where a dictionary has no version yet (once per database, audited).
 * Returns the current versions.
 */
export async function ensureWordingSeeded(tx: Tx): Promise<WordingVersions> {
  const v = await getWordingVersions(tx);
  if (v.typo > 0 && v.outdated > 0) return v;
  if (v.typo === 0 && (await claimFirstVersion(tx, 'typo'))) {
    const entries = loadShippedTypos();
    await insertTypoSeeds(tx, entries, SEEDER);
    await appendAudit(tx, { actor: SEEDER, action: 'wording.typo.seed', targetType: 'wording_typo', details: { version: 1, entries: entries.length } });
  }
  if (v.outdated === 0 && (await claimFirstVersion(tx, 'outdated'))) {
    const entries = loadShippedOutdated();
    await insertOutdatedSeeds(tx, entries, SEEDER);
    await appendAudit(tx, { actor: SEEDER, action: 'wording.outdated.seed', targetType: 'wording_outdated', details: { version: 1, entries: entries.length } });
  }
  return getWordingVersions(tx);
}

/** Compiled rules by versions and unit: a dictionary edit bumps a version, so stale entries are never used. */
const compiled = new Map<string, WordingRules>();
const COMPILED_MAX = 64;

/** The rules a unit's content is checked with now: the active entries of every dictionary's current version. */
export async function wordingRulesFor(tx: Tx, unitId: string): Promise<WordingRules> {
  const versions = await ensureWordingSeeded(tx);
  const key = `${versions.typo}/${versions.outdated}/${versions.roster}/${unitId}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  // One client runs one query at a time: sequential, not Promise.all.
  const typos = await listTypos(tx, false);
  const outdated = await listOutdated(tx, false);
  const roster = await listRoster(tx, { unitId, includeInactive: false });
  const rules = buildWordingRules({ typos, outdated, roster, versions });
  if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, rules);
  return rules;
}

// ---- validation at the edge ------------------------------------------------------------------------------

const text = (label: string, max: number) => z.string({ error: `${label}须为文字` }).trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字`);
const date = (label: string) => z.string().trim().refine(isDate, `${label}须为 YYYY-MM-DD 格式的日期`);

const TypoInput = z.object({
  wrong: text('错误写法', 50),
  correction: text('正确写法', 50),
  severity: z.enum(['block', 'warn', 'info'], { error: '严重程度须为 BLOCK、WARN 或 INFO' }).default('warn'),
  context: z.enum(TYPO_CONTEXTS as [string, ...string[]], { error: `语境规则须为 ${TYPO_CONTEXTS.join('、')} 之一` }).nullish(),
  note: z.string().trim().max(200, '说明不能超过 200 个字').nullish(),
}).refine((v) => normalizeTerm(v.wrong).length > 0, { message: '错误写法须包含文字', path: ['wrong'] })
  .refine((v) => normalizeTerm(v.wrong) !== normalizeTerm(v.correction), { message: '错误写法与正确写法相同', path: ['correction'] });

const OutdatedInput = z.object({
  term: text('旧名称', 50),
  current: text('现名称', 50),
  ceasedOn: date('停用日期'),
  note: z.string().trim().max(200, '说明不能超过 200 个字').nullish(),
}).refine((v) => normalizeTerm(v.term) !== normalizeTerm(v.current), { message: '旧名称与现名称相同', path: ['current'] });

const RosterInput = z.object({
  unitCode: text('单位', 64),
  name: z.string().trim().regex(/^[\u3400-\u9fff·•]{2,20}$/u, '姓名须为 2 至 20 个汉字（可含间隔号）'),
  title: text('职务', 50),
  rank: z.number().int('排序须为整数').min(1, '排序须为 1 至 999').max(999, '排序须为 1 至 999'),
  validFrom: date('任职起始日期'),
  validTo: date('任职截止日期').nullish(),
}).refine((v) => !v.validTo || v.validTo >= v.validFrom, { message: '任职截止日期不能早于起始日期', path: ['validTo'] });

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw badInput(issue.message, { field: issue.path.join('.') });
}

export interface TypoInputRaw { wrong: string; correction: string; severity?: string | null; context?: string | null; note?: string | null }
export interface OutdatedInputRaw { term: string; current: string; ceasedOn: string; note?: string | null }
export interface RosterInputRaw { unitCode: string; name: string; title: string; rank: number; validFrom: string; validTo?: string | null }

// ---- reading ------------------------------------------------------------------------------------------

/** Any signed-in user reads the lists (editors check their drafts against them); the roster per unit. */
export async function getWordingVersionsFor(deps: Deps, actor: Actor | null): Promise<WordingVersions> {
  requireActor(actor);
  return withTransaction(deps.pool, (tx) => ensureWordingSeeded(tx));
}

export async function typoEntries(deps: Deps, actor: Actor | null, includeInactive: boolean): Promise<TypoRecord[]> {
  requireActor(actor);
  return withTransaction(deps.pool, async (tx) => {
    await ensureWordingSeeded(tx);
    return listTypos(tx, includeInactive);
  });
}

export async function outdatedTerms(deps: Deps, actor: Actor | null, includeInactive: boolean): Promise<OutdatedRecord[]> {
  requireActor(actor);
  return withTransaction(deps.pool, async (tx) => {
    await ensureWordingSeeded(tx);
    return listOutdated(tx, includeInactive);
  });
}

/** Unit-scoped roles see their own unit's roster; overseers and admins any (all when no unit is named). */
export async function leaderRoster(deps: Deps, actor: Actor | null, unitCode: string | null, includeInactive: boolean): Promise<RosterRecord[]> {
  const who = requireActor(actor);
  const code = unitCode ?? (seesAllUnits(who) ? null : who.unitCode);
  if (code !== null && !seesAllUnits(who) && code !== who.unitCode) throw forbidden('只能查看本单位的领导名单');
  let unitId: string | null = null;
  if (code !== null) {
    const unit = await findUnitByCode(deps.pool, code);
    if (!unit) throw notFound(`单位 ${code}`);
    unitId = unit.id;
  }
  return listRoster(deps.pool, { unitId, includeInactive });
}

// ---- editing (admins) ---------------------------------------------------------------------------------

async function audited(tx: Tx, who: Actor, action: string, dictionary: 'typo' | 'outdated' | 'roster', targetId: string, details: { [k: string]: Json }): Promise<number> {
  const version = await bumpVersion(tx, dictionary);
  await appendAudit(tx, { actor: who.username, action, targetType: `wording_${dictionary}`, targetId, details: { ...details, version } });
  return version;
}

const typoJson = (t: TypoRecord | null): Json => (t ? { wrong: t.wrong, correction: t.correction, severity: t.severity, context: t.context, note: t.note, active: t.active } : null);
const outdatedJson = (o: OutdatedRecord | null): Json => (o ? { term: o.term, current: o.current, ceasedOn: o.ceasedOn, note: o.note, active: o.active } : null);
const rosterJson = (r: RosterRecord | null): Json =>
  (r ? { unitCode: r.unitCode, name: r.name, title: r.title, rank: r.rank, validFrom: r.validFrom, validTo: r.validTo, active: r.active } : null);

export async function saveTypoEntry(deps: Deps, actor: Actor | null, raw: TypoInputRaw): Promise<TypoRecord> {
  const who = requireRole(actor, 'admin');
  const v = parse(TypoInput, { ...raw, severity: raw.severity?.toLowerCase() ?? undefined });
  return withTransaction(deps.pool, async (tx) => {
    await ensureWordingSeeded(tx);
    const before = (await listTypos(tx, true)).find((t) => t.wrong === v.wrong) ?? null;
    const saved = await upsertTypo(tx, { wrong: v.wrong, correction: v.correction, severity: v.severity, context: (v.context ?? null) as TypoRecord['context'], note: v.note ?? '' }, who.username);
    await audited(tx, who, 'wording.typo.save', 'typo', saved.id, { before: typoJson(before), after: typoJson(saved) });
    return saved;
  });
}

export async function saveOutdatedTerm(deps: Deps, actor: Actor | null, raw: OutdatedInputRaw): Promise<OutdatedRecord> {
  const who = requireRole(actor, 'admin');
  const v = parse(OutdatedInput, raw);
  return withTransaction(deps.pool, async (tx) => {
    await ensureWordingSeeded(tx);
    const before = (await listOutdated(tx, true)).find((o) => o.term === v.term) ?? null;
    const saved = await upsertOutdated(tx, { term: v.term, current: v.current, ceasedOn: v.ceasedOn, note: v.note ?? '' }, who.username);
    await audited(tx, who, 'wording.outdated.save', 'outdated', saved.id, { before: outdatedJson(before), after: outdatedJson(saved) });
    return saved;
  });
}

/** Adds a roster entry, or (with `id`) changes one: a new title or term of office is a new entry or a new valid_to. */
export async function saveRosterEntry(deps: Deps, actor: Actor | null, id: string | null, raw: RosterInputRaw): Promise<RosterRecord> {
  const who = requireRole(actor, 'admin');
  const v = parse(RosterInput, raw);
  return withTransaction(deps.pool, async (tx) => {
    const unit = await findUnitByCode(tx, v.unitCode);
    if (!unit) throw badInput(`单位 ${v.unitCode} 不存在`, { field: 'unitCode' });
    const row = { unitId: unit.id, name: v.name, title: v.title, rank: v.rank, validFrom: v.validFrom, validTo: v.validTo ?? null };
    let before: RosterRecord | null = null;
    let savedId: string;
    if (id !== null) {
      before = await findRosterEntry(tx, id);
      if (!before) throw notFound('领导名单条目');
      await updateRosterEntry(tx, id, row, who.username);
      savedId = id;
    } else {
      savedId = await insertRosterEntry(tx, row, who.username);
    }
    const saved = (await findRosterEntry(tx, savedId))!;
    await audited(tx, who, 'wording.roster.save', 'roster', savedId, { before: rosterJson(before), after: rosterJson(saved) });
    return saved;
  });
}

/** How to enable or disable an entry of one dictionary (the same audited skeleton for all three). */
interface Toggle<R> {
  dictionary: 'typo' | 'outdated' | 'roster';
  label: string;
  find(tx: Tx, id: string): Promise<R | null>;
  set(tx: Tx, id: string, active: boolean, by: string): Promise<unknown>;
  json(record: R): Json;
}

async function toggleEntry<R>(deps: Deps, actor: Actor | null, id: string, active: boolean, t: Toggle<R>): Promise<R> {
  const who = requireRole(actor, 'admin');
  if (typeof active !== 'boolean') throw badInput('active 须为布尔值', { field: 'active' });
  return withTransaction(deps.pool, async (tx) => {
    const before = await t.find(tx, id);
    if (!before) throw notFound(t.label);
    await t.set(tx, id, active, who.username);
    const saved = (await t.find(tx, id))!;
    await audited(tx, who, `wording.${t.dictionary}.${active ? 'enable' : 'disable'}`, t.dictionary, id, { before: t.json(before), after: t.json(saved) });
    return saved;
  });
}

const TYPO_TOGGLE: Toggle<TypoRecord> = { dictionary: 'typo', label: '错别字词条', find: findTypo, set: setTypoActive, json: typoJson };
const OUTDATED_TOGGLE: Toggle<OutdatedRecord> = { dictionary: 'outdated', label: '过期提法词条', find: findOutdated, set: setOutdatedActive, json: outdatedJson };
const ROSTER_TOGGLE: Toggle<RosterRecord> = { dictionary: 'roster', label: '领导名单条目', find: findRosterEntry, set: setRosterActive, json: rosterJson };

export const setTypoEntryActive = (deps: Deps, actor: Actor | null, id: string, active: boolean): Promise<TypoRecord> =>
  toggleEntry(deps, actor, id, active, TYPO_TOGGLE);
export const setOutdatedTermActive = (deps: Deps, actor: Actor | null, id: string, active: boolean): Promise<OutdatedRecord> =>
  toggleEntry(deps, actor, id, active, OUTDATED_TOGGLE);
export const setRosterEntryActive = (deps: Deps, actor: Actor | null, id: string, active: boolean): Promise<RosterRecord> =>
  toggleEntry(deps, actor, id, active, ROSTER_TOGGLE);

import { appendAudit } from '../audit/chain.js';
import {
  findCategory, listCategories, listSiblings, renumberSiblings, setCategorySubtreeActive, upsertCategory, type Category, type CategoryKind,
} from '../store/categories.js';
import { withTransaction, type Tx } from '../store/db.js';
import { requireActor, requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { AppError, badInput, notFound } from './errors.js';
import { publicLabel } from './publicLabel.js';

export const KINDS: readonly CategoryKind[] = ['general', 'notice', 'policy', 'interpretation', 'penalty', 'guide'];

export async function getCategories(deps: Deps, actor: Actor | null): Promise<Category[]> {
  requireActor(actor);
  return listCategories(deps.pool);
}

export interface CategoryInput {
  code: string;
  name: string;
  parentCode?: string | null;
  kind?: string | null;
  requiredApprovals?: number | null;
  active?: boolean | null;
}

/** The catalogue is the admins' to edit; codes are stable because URLs and statistics use them. */
export async function saveCategory(deps: Deps, actor: Actor | null, input: CategoryInput): Promise<Category> {
  const who = requireRole(actor, 'admin');
  if (!/^[a-z0-9_-]{1,64}$/.test(input.code)) throw badInput('栏目代码须为小写字母、数字或 _-', { field: 'code' });
  const name = cleanName(input.name);
  const kind = (input.kind ?? 'general') as CategoryKind;
  if (!KINDS.includes(kind)) throw badInput(`栏目类型须为 ${KINDS.join('|')}`, { field: 'kind' });
  const requiredApprovals = input.requiredApprovals ?? 1;
  if (requiredApprovals !== 1 && requiredApprovals !== 2) throw badInput('审核次数须为 1 或 2', { field: 'requiredApprovals' });
  return withTransaction(deps.pool, async (tx) => {
    if (input.parentCode && !(await findCategory(tx, input.parentCode))) throw badInput(`上级栏目 ${input.parentCode} 不存在`, { field: 'parentCode' });
    if (input.parentCode === input.code) throw badInput('栏目不能是自己的上级', { field: 'parentCode' });
    const existing = await findCategory(tx, input.code);
    const saved = await upsertCategory(tx, {
      code: input.code, name, parentCode: input.parentCode ?? null, kind, requiredApprovals,
      sortOrder: existing?.sortOrder ?? 1000, active: input.active ?? true,
    });
    await appendAudit(tx, { actor: who.username, action: existing ? 'category.update' : 'category.create', targetType: 'category', targetId: input.code, details: { name, kind, requiredApprovals } });
    return saved;
  });
}

/** The admins' view of the catalogue: inactive categories too, so they can be reactivated. */
export async function getCatalogue(deps: Deps, actor: Actor | null): Promise<Category[]> {
  requireRole(actor, 'admin');
  return listCategories(deps.pool, true);
}

const CODE = /^[a-z0-9_-]{1,64}$/;

function cleanName(name: string | null | undefined): string {
  const clean = name?.trim();
  if (!clean) throw badInput('栏目名称不能为空', { field: 'name' });
  if (clean.length > 50) throw badInput('栏目名称不能超过 50 个字', { field: 'name' });
  return publicLabel(clean, '栏目名称', 'name');
}

function checkApprovals(value: number): 1 | 2 {
  if (value !== 1 && value !== 2) throw badInput('审核次数须为 1（一审）或 2（一审一核）', { field: 'requiredApprovals' });
  return value;
}

async function requireCategory(tx: Tx, code: string): Promise<Category> {
  const category = await findCategory(tx, code);
  if (!category) throw notFound(`栏目 ${code}`);
  return category;
}

/**
 * A new category at the end of its siblings. Unlike `saveCategory` (an upsert, for scripts), an existing
 * code is a CONFLICT: a form must never overwrite a category someone else created under the same code.
 */
export async function createCategory(deps: Deps, actor: Actor | null, input: CategoryInput): Promise<Category> {
  const who = requireRole(actor, 'admin');
  if (!CODE.test(input.code)) throw badInput('栏目代码须为 1–64 位小写字母、数字或 _-', { field: 'code' });
  const name = cleanName(input.name);
  const kind = (input.kind ?? 'general') as CategoryKind;
  if (!KINDS.includes(kind)) throw badInput('栏目类型不在可选范围内', { field: 'kind' });
  const requiredApprovals = checkApprovals(input.requiredApprovals ?? 1);
  return withTransaction(deps.pool, async (tx) => {
    if (await findCategory(tx, input.code)) throw new AppError('CONFLICT', `栏目代码 ${input.code} 已被使用，请换一个代码`, { field: 'code' });
    const parentCode = input.parentCode || null;
    if (parentCode) {
      const parent = await findCategory(tx, parentCode);
      if (!parent) throw badInput(`上级栏目 ${parentCode} 不存在`, { field: 'parentCode' });
      if (!parent.active) throw badInput(`上级栏目「${parent.name}」已停用，请先启用它`, { field: 'parentCode' });
    }
    const siblings = await listSiblings(tx, parentCode);
    const sortOrder = Math.max(0, ...siblings.map((s) => s.sortOrder)) + 10;
    const saved = await upsertCategory(tx, { code: input.code, name, parentCode, kind, requiredApprovals, sortOrder, active: true });
    await appendAudit(tx, { actor: who.username, action: 'category.create', targetType: 'category', targetId: input.code, details: { name, parentCode, kind, requiredApprovals } });
    return saved;
  });
}

export interface CategoryPatch {
  name?: string | null;
  kind?: string | null;
  requiredApprovals?: number | null;
}

/** Renames a category or changes its kind or 一审一核; omitted fields stay. The code never changes (URLs and statistics use it). */
export async function updateCategory(deps: Deps, actor: Actor | null, code: string, patch: CategoryPatch): Promise<Category> {
  const who = requireRole(actor, 'admin');
  const name = patch.name == null ? undefined : cleanName(patch.name);
  if (patch.kind != null && !KINDS.includes(patch.kind as CategoryKind)) throw badInput('栏目类型不在可选范围内', { field: 'kind' });
  const requiredApprovals = patch.requiredApprovals == null ? undefined : checkApprovals(patch.requiredApprovals);
  return withTransaction(deps.pool, async (tx) => {
    const current = await requireCategory(tx, code);
    const next: Category = { ...current, name: name ?? current.name, kind: (patch.kind as CategoryKind | null) ?? current.kind, requiredApprovals: requiredApprovals ?? current.requiredApprovals };
    const changes = Object.fromEntries((['name', 'kind', 'requiredApprovals'] as const).filter((k) => next[k] !== current[k]).map((k) => [k, { from: current[k], to: next[k] }]));
    if (Object.keys(changes).length === 0) return current;
    const saved = await upsertCategory(tx, next);
    await appendAudit(tx, { actor: who.username, action: 'category.update', targetType: 'category', targetId: code, details: { changes } });
    return saved;
  });
}

/** Moves a category one place up or down among its siblings; at either end it stays where it is. */
export async function moveCategory(deps: Deps, actor: Actor | null, code: string, direction: 'up' | 'down'): Promise<Category> {
  const who = requireRole(actor, 'admin');
  return withTransaction(deps.pool, async (tx) => {
    // Serialises concurrent moves among the same siblings, so two admins' clicks never interleave renumberings.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['categories.order']);
    const current = await requireCategory(tx, code);
    const codes = (await listSiblings(tx, current.parentCode)).map((s) => s.code);
    const from = codes.indexOf(code);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= codes.length) return current;
    [codes[from], codes[to]] = [codes[to], codes[from]];
    await renumberSiblings(tx, codes);
    await appendAudit(tx, { actor: who.username, action: 'category.move', targetType: 'category', targetId: code, details: { direction, position: to + 1, of: codes.length } });
    return (await findCategory(tx, code))!;
  });
}

/**
 * Deactivating hides a category and its whole subtree from editors and the portal (items already in it
 * stay); reactivating brings back that one category, and only under an active parent.
 */
export async function setCategoryActive(deps: Deps, actor: Actor | null, code: string, active: boolean): Promise<Category> {
  const who = requireRole(actor, 'admin');
  return withTransaction(deps.pool, async (tx) => {
    const current = await requireCategory(tx, code);
    if (active && current.parentCode) {
      const parent = await requireCategory(tx, current.parentCode);
      if (!parent.active) throw badInput(`上级栏目「${parent.name}」已停用，请先启用上级栏目`, { field: 'parentCode' });
    }
    const changed = await setCategorySubtreeActive(tx, code, active);
    if (changed.length > 0) {
      await appendAudit(tx, { actor: who.username, action: active ? 'category.reactivate' : 'category.deactivate', targetType: 'category', targetId: code, details: { name: current.name, codes: changed } });
    }
    return (await findCategory(tx, code))!;
  });
}

import { appendAudit } from '../audit/chain.js';
import { findCategory, listCategories, upsertCategory, type Category, type CategoryKind } from '../store/categories.js';
import { withTransaction } from '../store/db.js';
import { requireActor, requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';

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
  const name = input.name?.trim();
  if (!name) throw badInput('栏目名称不能为空', { field: 'name' });
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

import type { Queryable } from './db.js';

export type CategoryKind = 'general' | 'notice' | 'policy' | 'interpretation' | 'penalty' | 'guide';

export interface Category {
  code: string;
  name: string;
  parentCode: string | null;
  kind: CategoryKind;
  requiredApprovals: 1 | 2;
  sortOrder: number;
  active: boolean;
  /** The name on the Mongolian portal (migration 0017); absent where the category has none. */
  nameMn?: string | null;
}

export const COLUMNS = `code, name, parent_code AS "parentCode", kind, required_approvals AS "requiredApprovals", sort_order AS "sortOrder", active, name_mn AS "nameMn"`;

export async function listCategories(db: Queryable, includeInactive = false): Promise<Category[]> {
  const { rows } = await db.query<Category>(`SELECT ${COLUMNS} FROM categories ${includeInactive ? '' : 'WHERE active'} ORDER BY sort_order, code`);
  return rows;
}

export async function findCategory(db: Queryable, code: string): Promise<Category | null> {
  const { rows } = await db.query<Category>(`SELECT ${COLUMNS} FROM categories WHERE code = $1`, [code]);
  return rows[0] ?? null;
}

export async function upsertCategory(db: Queryable, c: Category): Promise<Category> {
  const { rows } = await db.query<Category>(
    `INSERT INTO categories (code, name, parent_code, kind, required_approvals, sort_order, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code, kind = EXCLUDED.kind,
       required_approvals = EXCLUDED.required_approvals, sort_order = EXCLUDED.sort_order, active = EXCLUDED.active
     RETURNING ${COLUMNS}`,
    [c.code, c.name, c.parentCode, c.kind, c.requiredApprovals, c.sortOrder, c.active],
  );
  return rows[0];
}

/** The children of `parentCode` (null: the top level), in the order readers see them. */
export async function listSiblings(db: Queryable, parentCode: string | null): Promise<Category[]> {
  const { rows } = await db.query<Category>(`SELECT ${COLUMNS} FROM categories WHERE parent_code IS NOT DISTINCT FROM $1 ORDER BY sort_order, code`, [parentCode]);
  return rows;
}

/** Numbers siblings 10, 20, 30 … in the given order: only the order among siblings matters to the tree. */
export async function renumberSiblings(db: Queryable, codes: readonly string[]): Promise<void> {
  await db.query(`UPDATE categories c SET sort_order = o.n * 10 FROM unnest($1::text[]) WITH ORDINALITY AS o(code, n) WHERE c.code = o.code`, [codes]);
}

/** Sets `active` on a category and, when deactivating, on its whole subtree; returns the codes changed. */
export async function setCategorySubtreeActive(db: Queryable, code: string, active: boolean): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `WITH RECURSIVE subtree AS (
       SELECT code FROM categories WHERE code = $1
       UNION ALL SELECT c.code FROM categories c JOIN subtree s ON c.parent_code = s.code WHERE NOT $2
     )
     UPDATE categories c SET active = $2 FROM subtree s WHERE c.code = s.code AND c.active <> $2 RETURNING c.code`,
    [code, active],
  );
  return rows.map((r) => r.code);
}

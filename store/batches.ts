import { COLUMNS as ACCOUNT_COLUMNS, FROM as ACCOUNT_FROM, type AccountRecord } from './accounts.js';
import { COLUMNS as CATEGORY_COLUMNS, type Category } from './categories.js';
import { REVISION_COLUMNS, type RevisionRecord } from './contents.js';
import type { Queryable } from './db.js';

/**
 * One query for many keys, for the GraphQL field resolvers' batch loaders: a page of 20 items reads its
 * revisions, categories and accounts in three statements instead of sixty. Results come back in the
 * order of the keys asked for (null where there is none), as DataLoader requires.
 */
export async function findRevisionsByKey(db: Queryable, keys: readonly { contentId: string; revision: number }[]): Promise<(RevisionRecord | null)[]> {
  const { rows } = await db.query<RevisionRecord>(
    `SELECT ${REVISION_COLUMNS} FROM content_revisions
     WHERE (content_id, revision) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`,
    [keys.map((k) => k.contentId), keys.map((k) => k.revision)],
  );
  const byKey = new Map(rows.map((r) => [`${r.contentId}:${r.revision}`, r]));
  return keys.map((k) => byKey.get(`${k.contentId}:${k.revision}`) ?? null);
}

export async function listRevisionsByContent(db: Queryable, contentIds: readonly string[]): Promise<RevisionRecord[][]> {
  const { rows } = await db.query<RevisionRecord>(`SELECT ${REVISION_COLUMNS} FROM content_revisions WHERE content_id = ANY($1::uuid[]) ORDER BY content_id, revision`, [contentIds]);
  return contentIds.map((id) => rows.filter((r) => r.contentId === id));
}

export async function findCategoriesByCode(db: Queryable, codes: readonly string[]): Promise<(Category | null)[]> {
  const { rows } = await db.query<Category>(`SELECT ${CATEGORY_COLUMNS} FROM categories WHERE code = ANY($1::text[])`, [codes]);
  const byCode = new Map(rows.map((c) => [c.code, c]));
  return codes.map((code) => byCode.get(code) ?? null);
}

export async function findAccountsById(db: Queryable, ids: readonly string[]): Promise<(AccountRecord | null)[]> {
  const { rows } = await db.query<AccountRecord>(`SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNT_FROM} WHERE a.id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
}

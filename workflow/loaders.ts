import DataLoader from 'dataloader';
import type { AccountRecord } from '../store/accounts.js';
import { findAccountsById, findCategoriesByCode, findRevisionsByKey, listRevisionsByContent } from '../store/batches.js';
import type { Category } from '../store/categories.js';
import type { RevisionRecord } from '../store/contents.js';
import type { Queryable } from '../store/db.js';

/** Per-request batch loaders: created with each request's context, so nothing is cached across requests. */
export interface Loaders {
  revision: DataLoader<{ contentId: string; revision: number }, RevisionRecord | null, string>;
  revisions: DataLoader<string, RevisionRecord[]>;
  category: DataLoader<string, Category | null>;
  account: DataLoader<string, AccountRecord | null>;
}

export function createLoaders(db: Queryable): Loaders {
  return {
    revision: new DataLoader((keys) => findRevisionsByKey(db, keys), { cacheKeyFn: (k) => `${k.contentId}:${k.revision}` }),
    revisions: new DataLoader((ids) => listRevisionsByContent(db, ids)),
    category: new DataLoader((codes) => findCategoriesByCode(db, codes)),
    account: new DataLoader((ids) => findAccountsById(db, ids)),
  };
}

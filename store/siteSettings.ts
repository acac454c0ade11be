import type { Queryable } from './db.js';

/** The stored settings document (validated by workflow/siteSettings.ts before it is written). */
export async function readSiteSettings(db: Queryable): Promise<Record<string, unknown> | null> {
  const { rows } = await db.query<{ settings: Record<string, unknown> }>('SELECT settings FROM site_settings WHERE id');
  return rows[0]?.settings ?? null;
}

export async function writeSiteSettings(db: Queryable, settings: object, by: string): Promise<void> {
  await db.query(
    `INSERT INTO site_settings (id, settings, updated_by) VALUES (true, $1, $2)
     ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [JSON.stringify(settings), by],
  );
}

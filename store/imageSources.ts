import type { Queryable } from './db.js';

export async function listImageSourceHosts(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ host: string }>('SELECT host FROM image_source_hosts ORDER BY host');
  return rows.map((r) => r.host);
}

/** Replaces the whole list (the admin edits it as one setting). */
export async function replaceImageSourceHosts(db: Queryable, hosts: readonly string[], by: string): Promise<void> {
  await db.query('DELETE FROM image_source_hosts WHERE host <> ALL($1)', [hosts]);
  await db.query('INSERT INTO image_source_hosts (host, added_by) SELECT unnest($1::text[]), $2 ON CONFLICT (host) DO NOTHING', [hosts, by]);
}

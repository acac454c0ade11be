import type { ContentStatus } from './contents.js';
import type { Queryable } from './db.js';

/** States in which a content's current revision has passed review: approved, or on its way out, or out. */
export const APPROVED_STATES: readonly ContentStatus[] = ['APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED'];

/**
 * Links an interpretation to its policy. Returns false when the interpretation already explains another
 * policy (an interpretation explains one); linking the same pair again is a no-op that returns true.
 */
export async function insertInterpretationLink(db: Queryable, policyId: string, interpretationId: string, linkedBy: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO policy_interpretations (policy_id, interpretation_id, linked_by) VALUES ($1, $2, $3)
     ON CONFLICT (interpretation_id) DO UPDATE SET linked_by = policy_interpretations.linked_by
       WHERE policy_interpretations.policy_id = EXCLUDED.policy_id`,
    [policyId, interpretationId, linkedBy],
  );
  return rowCount === 1;
}

export async function listInterpretationIds(db: Queryable, policyId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT interpretation_id AS id FROM policy_interpretations WHERE policy_id = $1 ORDER BY linked_at, interpretation_id', [policyId]);
  return rows.map((r) => r.id);
}

export async function findInterpretedPolicyId(db: Queryable, interpretationId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT policy_id AS id FROM policy_interpretations WHERE interpretation_id = $1', [interpretationId]);
  return rows[0]?.id ?? null;
}

/**
 * How many interpretations of the policy have their current revision approved. The rows are locked for
 * share until the caller's transaction ends, so none of them can be edited back into review while the
 * policy's approval that relies on them commits.
 */
export async function countApprovedInterpretations(db: Queryable, policyId: string): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM policy_interpretations pi JOIN contents c ON c.id = pi.interpretation_id
     WHERE pi.policy_id = $1 AND c.status = ANY($2) AND c.approved_revision = c.revision
     FOR SHARE OF c`,
    [policyId, APPROVED_STATES],
  );
  return rows.length;
}

export async function categoryRequiresInterpretation(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query<{ required: boolean }>('SELECT requires_interpretation AS required FROM categories WHERE code = $1', [code]);
  return rows[0]?.required ?? false;
}

/** Returns false when there is no such category. */
export async function setCategoryRequiresInterpretation(db: Queryable, code: string, required: boolean): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE categories SET requires_interpretation = $2 WHERE code = $1', [code, required]);
  return rowCount === 1;
}

export interface PortalLink {
  contentId: string;
  title: string;
}

/**
 * For a portal article: its newest interpretation live on the portal, and the policy it interprets if
 * that is live there. Nothing unpublished is ever linked from a public page.
 */
export async function findPortalCounterparts(db: Queryable, contentId: string): Promise<{ interpretation: PortalLink | null; interprets: PortalLink | null }> {
  const { rows } = await db.query<PortalLink & { role: 'interpretation' | 'interprets' }>(
    `SELECT DISTINCT ON (role) role, p.content_id AS "contentId", r.title
     FROM (SELECT 'interpretation' AS role, interpretation_id AS other FROM policy_interpretations WHERE policy_id = $1
           UNION ALL SELECT 'interprets', policy_id FROM policy_interpretations WHERE interpretation_id = $1) links
     JOIN publications p ON p.content_id = links.other AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
     JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
     ORDER BY role, p.published_at DESC, p.revision DESC`,
    [contentId],
  );
  const pick = (role: 'interpretation' | 'interprets'): PortalLink | null => {
    const row = rows.find((r) => r.role === role);
    return row ? { contentId: row.contentId, title: row.title } : null;
  };
  return { interpretation: pick('interpretation'), interprets: pick('interprets') };
}

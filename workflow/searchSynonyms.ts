import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { listSynonyms, replaceSynonyms } from '../store/search.js';
import { requireActor, requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';

/** The list as groups, the word every other one folds to first. */
export async function synonymGroups(deps: Deps, actor: Actor | null): Promise<string[][]> {
  requireActor(actor);
  const groups = new Map<string, string[]>();
  for (const { term, canonical } of await listSynonyms(deps.pool)) groups.set(canonical, [...(groups.get(canonical) ?? [canonical]), term]);
  return [...groups.values()];
}

/**
 * Admins replace the whole list: each group's words find one another (the first is what the others fold
 * to). Every published document is re-indexed in the same transaction, so search never mixes two lists.
 */
export async function setSynonymGroups(deps: Deps, actor: Actor | null, groups: string[][]): Promise<string[][]> {
  const who = requireRole(actor, 'admin');
  const seen = new Set<string>();
  const pairs: { term: string; canonical: string }[] = [];
  for (const raw of groups) {
    const words = [...new Set(raw.map((w) => w.trim()).filter(Boolean))];
    if (words.length < 2) throw badInput('每组同义词至少两个词', { field: 'groups' });
    for (const w of words) {
      if (/\s/.test(w) || [...w].length > 20) throw badInput(`同义词「${w}」不能含空格，且不超过 20 字`, { field: 'groups' });
      if (seen.has(w)) throw badInput(`「${w}」出现在多个同义词组中`, { field: 'groups' });
      seen.add(w);
    }
    for (const w of words.slice(1)) pairs.push({ term: w, canonical: words[0] });
  }
  if (pairs.length > 1000) throw badInput('同义词不能超过 1000 条', { field: 'groups' });
  await withTransaction(deps.pool, async (tx) => {
    const reindexed = await replaceSynonyms(tx, pairs);
    await appendAudit(tx, { actor: who.username, action: 'search.synonyms', targetType: 'search', targetId: 'synonyms', unitCode: who.unitCode, details: { groups, reindexed } });
  });
  return synonymGroups(deps, who);
}

/**
 * A merit's citation (荣立三等功, 连立二等功, 荣记个人一等功): the verb of a merit (立, 记) after a surname-like
 * character (荣, 连) reads as a given name, and the merit's rank as a third character (荣立三). A reading that holds
 * the verb with the merit right after it is the citation, not a person; the person stands elsewhere in the clause.
 */
const MERIT_VERBS = new Set(['立', '记']);
/** Whose merit it is, between the verb and the rank (荣立个人三等功, 记集体二等功). */
const HOLDERS = ['个人', '集体'];
const RANKS = new Set(['一', '二', '三', '特']);

/** True when a verb of merit inside `s`–`e` (after its first character) is followed by a merit's rank and 等功. */
export function meritCited(text: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) {
    if (!MERIT_VERBS.has(text[k])) continue;
    let q = k + 1;
    for (const h of HOLDERS) if (text.startsWith(h, q)) q += h.length;
    if (RANKS.has(text[q]) && text.startsWith('等功', q + 1)) return true;
  }
  return false;
}

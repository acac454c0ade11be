/**
 * A person the document itself shows acting in office is the body's staff at every mention: a 村务财务 ledger
 * names its 村会计 in the 经手人 column of each row and once more at the foot (制表：村会计　X). The row cells
 * read as names on their own and the later mention used to be carried to the foot; here the foot wins.
 * Only mentions carried by propagation are asked, and only whether a staff label stands right before them (a
 * staff label elsewhere in the clause — 工作人员已与当事人X见面 — says nothing of X); a name a role label
 * introduced (申请人, 当事人 …) stays a person.
 */
import type { NameCandidate } from './names.js';

export function withoutStaffNames(
  found: NameCandidate[],
  originals: ReadonlySet<number>,
  isStaff: (s: number) => boolean,
): NameCandidate[] {
  let staff: Set<string> | null = null;
  for (const f of found) {
    if (originals.has(f.start) || f.role !== null || staff?.has(f.name)) continue;
    if (isStaff(f.start)) (staff ??= new Set()).add(f.name);
  }
  if (staff === null) return found;
  // A name a role label introduced anywhere is a party, whatever its other mentions say.
  for (const f of found) if (f.role !== null) staff.delete(f.name);
  const drop = staff;
  return drop.size === 0 ? found : found.filter((f) => !drop.has(f.name));
}

/**
 * The owner of a person's effects: `内有X的银行卡`, `捡到X的身份证`, `冒用X的社保卡`. A bank card, an identity card, a
 * wallet or a passbook belongs to a person, so the run right before `的` and such a noun is one when its characters
 * read as an ordinary name under a known surname. One pass over the document's 的, a few lookups each.
 */
import * as chars from './chars.js';
import { gluedToPrevious, isCommonWord, nameScore, surnameAt } from './model/index.js';
import type { NameCandidate } from './names.js';

/** Effects only a natural person owns (a body has an account, a licence, a seal: not these). */
const EFFECTS = ['银行卡', '身份证', '钱包', '存折', '户口本', '户口簿', '社保卡', '医保卡', '驾驶证', '驾照', '护照', '工资卡', '手机', '证件', '行李', '背包', '挎包'];
/** The effects' first units: 的 is the commonest character, and almost none is followed by an effect. */
const EFFECT_FIRST = chars.unitTable(EFFECTS.map((w) => w[0]));
/** What the run's characters must score as a name (the kin anchors' own floor, kinNames.ts). */
const MIN_SCORE = 4;

/**
 * The surname of `run` (two to four Han characters) when it reads as an ordinary name under a known surname, else ''.
 * Four characters only under a compound surname (司马长风), so that its last three are not read as 马长风.
 */
export function ordinarySurname(run: string): string {
  if (run.length < 2 || run.length > 4) return '';
  for (let i = 0; i < run.length; i++) if (!chars.isHanCode(run.charCodeAt(i))) return '';
  const surname = surnameAt(run, 0);
  if (surname === '' || surname.length >= run.length || (run.length === 4 && surname.length !== 2)) return '';
  return !isCommonWord(run) && nameScore(run, surname) >= MIN_SCORE ? surname : '';
}

/** Names of owners before `的` + an effect, not already among `found`. */
export function ownersOfEffects(text: string, found: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let taken: Set<number> | null = null;
  for (let q = text.indexOf('的'); q >= 0; q = text.indexOf('的', q + 1)) {
    if (EFFECT_FIRST[text.charCodeAt(q + 1)] !== 1 || !EFFECTS.some((w) => text.startsWith(w, q + 1))) continue;
    for (let length = 4; length >= 2; length--) {
      const s = q - length;
      if (s < 0) continue;
      const run = text.slice(s, q);
      const surname = ordinarySurname(run);
      if (surname === '') continue;
      // 之类的 / 对于的: a surname glued to the character before it is the end of a word, not a name's start.
      if (s > 0 && gluedToPrevious(text.charCodeAt(s - 1), text.charCodeAt(s))) continue;
      taken ??= new Set(found.map((f) => f.start));
      if (!taken.has(s)) out.push({ start: s, end: q, role: null, surname, name: run });
      break;
    }
  }
  return out;
}

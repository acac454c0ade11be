/**
 * A name the document ties to a child or a sex bracket: `A、B之子C`, `其表姐X之女Y`, `儿童X（女，2023年…出生）`. The
 * anchor (之子, 之女, 之妻, 之夫 or a bracket opening 男/女) says a person stands right before it, so a word-like
 * surname (wordSurnames.ts) counts there, and so does a known one scoring as an ordinary name; the run must start
 * at a boundary (punctuation, a line's start, 、, or a kinship or person noun). Up to MAX_LISTED names joined by 、
 * before a 之 anchor are read. Work is a few lookups per anchor.
 */
import * as chars from './chars.js';
import { isCommonWord, nameScore, surnameAt } from './model/index.js';
import type { NameCandidate } from './names.js';
import { wordSurnameName } from './wordSurnames.js';

const KIN_AFTER = ['之子', '之女', '之妻', '之夫', '之母', '之父'];
/** Nouns that end right before a person's name: kinship and what a child or a dead person is called. */
const BEFORE = [
  '表姐', '表妹', '表哥', '表弟', '堂姐', '堂妹', '堂哥', '堂弟', '姐姐', '妹妹', '哥哥', '弟弟', '儿子', '女儿', '其妻', '其夫', '妻子', '丈夫',
  '生父', '生母', '养父', '养母', '父亲', '母亲', '侄子', '侄女', '外甥', '孙子', '孙女', '儿童', '婴儿', '弃婴', '女婴', '男婴', '之子', '之女',
];
const MIN_KNOWN_SCORE = 4;
const MAX_LISTED = 3;

function nameEndingAt(text: string, q: number): { start: number; surname: string } | null {
  for (let length = 3; length >= 2; length--) {
    const s = q - length;
    if (s < 0) continue;
    const run = text.slice(s, q);
    let surname = wordSurnameName(run)?.surname ?? '';
    if (!surname) {
      const known = surnameAt(run, 0);
      if (known.length === 1 && !isCommonWord(run) && nameScore(run, known) >= MIN_KNOWN_SCORE) surname = known;
    }
    if (!surname) continue;
    if (s === 0 || !chars.isHanCode(text.charCodeAt(s - 1)) || BEFORE.some((w) => text.startsWith(w, s - w.length))) return { start: s, surname };
  }
  return null;
}

/** Collects the names found; the list and the set of starts are made on the first name (most texts have none). */
class KinFinds {
  out: NameCandidate[] | null = null;
  taken: Set<number> | null = null;
  constructor(
    private readonly text: string,
    private readonly found: readonly NameCandidate[],
  ) {}

  push(start: number, end: number, surname: string): void {
    const taken = (this.taken ??= new Set(this.found.map((f) => f.start)));
    if (taken.has(start)) return;
    taken.add(start);
    (this.out ??= []).push({ start, end, role: null, surname, name: this.text.slice(start, end) });
  }
}

const NONE: readonly NameCandidate[] = [];

export function kinNames(text: string, found: readonly NameCandidate[]): readonly NameCandidate[] {
  let finds: KinFinds | null = null;
  for (let i = text.indexOf('之'); i >= 0; i = text.indexOf('之', i + 1)) {
    if (!KIN_AFTER.some((w) => text.startsWith(w, i))) continue;
    let q = i;
    for (let k = 0; k < MAX_LISTED; k++) {
      const n = nameEndingAt(text, q);
      if (!n) break;
      (finds ??= new KinFinds(text, found)).push(n.start, q, n.surname);
      if (text[n.start - 1] !== '、') break;
      q = n.start - 1;
    }
  }
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    if (text[i + 1] !== '男' && text[i + 1] !== '女') continue;
    if (text[i + 2] !== '，' && text[i + 2] !== ',' && text[i + 2] !== '）' && text[i + 2] !== '、') continue;
    const n = nameEndingAt(text, i);
    if (n) (finds ??= new KinFinds(text, found)).push(n.start, i, n.surname);
  }
  return finds?.out ?? NONE;
}

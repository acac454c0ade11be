/**
 * A name under a surname no table holds, where the structure on both sides says a person stands: a strong anchor
 * before it (a kinship word tied to a person, 其母亲/其子/其妻; a dead person or a depositor, 逝者/寄存人; a serving
 * soldier, 现役军人; the head of a private business, 合作社负责人) and a strong context after it (a sex frame, a verb of
 * speech or of acting for someone, 说/代为/配合, a place it is at, 在, whose home or grandmother, 的家中/的奶奶, a residence bracket, 现住/家住,
 * a household registration, 户籍地). A label's colon (救助对象：) counts as an anchor only before a sex frame, and a
 * sentence's start only before 户籍. Between them any surname families carry (model/attestedSurnames.ts) opens a name,
 * when the run is no word (承诺, 同意: model/attestedWords.ts and the model's own list) and its given part scores as a
 * name's. One pass reads a table per character
 * and works only where an anchor's first character stands.
 */
import * as chars from './chars.js';
import { isUnlistedAttestedCode, isWordOfAnySurname } from './model/attested.js';
import { givenScore } from './model/index.js';
import { GIVEN_NAME_WORDS } from './model/givenWords.js';
import type { NameCandidate } from './names.js';
import { SEX_AFTER } from './unlistedLabelled.js';


/** What a strong anchor lets follow. `kin`: a context verb or frame; `slot`: also plain punctuation (逝者X，). */
type AnchorKind = 'kin' | 'slot' | 'colon' | 'start';

/**
 * A kinship noun after a pronoun ties it to a person (其母亲, 您母亲, 我丈夫); the one-character ones (其子, 其妻) only after
 * 其, where they are a document's way of naming a relative. Longest first at one place: 母亲 before 母.
 */
const PRONOUNS = '其您你我他她';
const KIN_NOUNS = ['母亲', '父亲', '儿子', '女儿', '丈夫', '妻子', '爱人', '孙子', '孙女'];
const KIN_CHARS = new Set('母父子女妻夫兄弟姐妹孙');
const SLOT_ANCHORS = ['现役军人', '退役军人', '逝者', '死者', '寄存人'];
/** 负责人 heads a private business only after one of these (合作社, 公司, 门店, 农场): a public body's is staff. */
const HEAD = '负责人';
const PRIVATE_BEFORE = new Set('社司店厂场坊铺');

/** The last character of a label naming a person (申请人, 救助对象, 姓名, 户主, 家属, 学员): its colon may be an anchor. */
const PERSON_LABEL_END = new Set('人者象名主属员');
/** Contexts after a person's name that a kinship or slot anchor needs. */
const AFTER = ['在', '说', '称', '表示', '代为', '代其', '配合', '位于', '的家', '的奶奶', '的爷爷', '的父亲', '的母亲', '的妻子', '的丈夫', '的儿子', '的女儿', '（现住', '（家住', '(现住', '，现住', '，家住', '户籍'];
const SLOT_END = new Set('，,。；;、');
const SENTENCE_START = new Set('；;。\n');

/** What each given character of a three-character name must score, and the two together (小红: 2 + 3). */
const GIVEN_EACH_MIN = 2;
const GIVEN_PAIR_MIN = 5;
/** What the one given character of a two-character name must score (静, 娟, 宇). */
const GIVEN_ONE_MIN = 3;

function givenReads(given: string): boolean {
  if (given.length === 1) return givenScore(given) >= GIVEN_ONE_MIN;
  if (GIVEN_NAME_WORDS.has(given)) return true;
  const a = givenScore(given[0]);
  const b = givenScore(given[1]);
  return a >= GIVEN_EACH_MIN && b >= GIVEN_EACH_MIN && a + b >= GIVEN_PAIR_MIN;
}

function contextAfter(text: string, q: number, kind: AnchorKind): boolean {
  const next = text.slice(q, q + 3);
  if (SEX_AFTER.test(next)) return true;
  if (kind === 'colon') return false;
  if (kind === 'start') return text.startsWith('户籍', q);
  if (kind === 'slot' && SLOT_END.has(text[q])) return true;
  return AFTER.some((w) => text.startsWith(w, q));
}

/** The length (3 or 2) of the name opening at `p` between an anchor of `kind` and its context, or 0. */
function nameAt(text: string, p: number, kind: AnchorKind): number {
  for (let length = 3; length >= 2; length--) {
    if (kind === 'start' && length === 2) break;
    const q = p + length;
    if (q > text.length) continue;
    const run = text.slice(p, q);
    let han = true;
    for (let i = 0; i < run.length; i++) if (!chars.isHanCode(run.charCodeAt(i))) han = false;
    if (!han || !contextAfter(text, q, kind)) continue;
    if (isWordOfAnySurname(run) || isWordOfAnySurname(run.slice(0, 2))) return 0;
    return givenReads(run.slice(1)) ? length : 0;
  }
  return 0;
}

function push(out: NameCandidate[], text: string, p: number, length: number, role: string): void {
  out.push({ start: p, end: p + length, role, surname: text[p], name: text.slice(p, p + length) });
}

const PRONOUN = 1;
const SLOT = 2;
const HEAD_FIRST = 3;
const COLON = 4;
const REGISTRATION = 5;
const QI = '其'.charCodeAt(0);
/** What kind of anchor each character may open (0: none). */
const ANCHOR_FIRST = new Uint8Array(0x10000);
for (const c of PRONOUNS) ANCHOR_FIRST[c.charCodeAt(0)] = PRONOUN;
for (const a of SLOT_ANCHORS) ANCHOR_FIRST[a.charCodeAt(0)] = SLOT;
ANCHOR_FIRST[HEAD.charCodeAt(0)] = HEAD_FIRST;
ANCHOR_FIRST['：'.charCodeAt(0)] = COLON;
ANCHOR_FIRST['户'.charCodeAt(0)] = REGISTRATION;

const KIN_NOUN_FIRST: ReadonlySet<string> = new Set(KIN_NOUNS.map((n) => n[0]));

/** The length of the kinship noun at `q` (母亲, 丈夫), or 0. */
function kinNounAt(text: string, q: number): number {
  for (const noun of KIN_NOUNS) if (text.startsWith(noun, q)) return noun.length;
  return 0;
}

/** Names the anchors point at that no earlier pass found (`found` sorted or not). */
export function anchoredUnlisted(text: string, found: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  const visit = (p: number, kind: AnchorKind, role: string): void => {
    // Listed surnames are the other passes' to read: only a surname no table holds is looked at here.
    const length = p < text.length && isUnlistedAttestedCode(text.charCodeAt(p)) ? nameAt(text, p, kind) : 0;
    // Rare: the overlap test runs only for a name read.
    if (length === 0 || found.some((f) => f.start < p + length && f.end > p) || out.some((o) => o.start === p)) return;
    push(out, text, p, length, role);
  };
  // One pass: a table read per character, and work only where an anchor's first character stands.
  for (let i = 0; i < text.length; i++) {
    const at = ANCHOR_FIRST[text.charCodeAt(i)];
    if (at === 0) continue;
    if (at === PRONOUN) {
      // Most pronouns (我, 他) are followed by no kinship word: one set lookup turns them away.
      if (!KIN_NOUN_FIRST.has(text[i + 1] ?? '') && !KIN_CHARS.has(text[i + 1] ?? '')) continue;
      const noun = kinNounAt(text, i + 1);
      if (noun > 0) visit(i + 1 + noun, 'kin', text.slice(i, i + 1 + noun));
      else if (text.charCodeAt(i) === QI && KIN_CHARS.has(text[i + 1])) visit(i + 2, 'kin', text.slice(i, i + 2));
    } else if (at === SLOT) {
      for (const anchor of SLOT_ANCHORS) if (text.startsWith(anchor, i)) visit(i + anchor.length, 'slot', anchor);
    } else if (at === HEAD_FIRST) {
      if (i > 0 && PRIVATE_BEFORE.has(text[i - 1]) && text.startsWith(HEAD, i)) visit(i + HEAD.length, 'kin', HEAD);
    } else if (at === COLON) {
      if (i > 0 && PERSON_LABEL_END.has(text[i - 1])) visit(i + 1, 'colon', '：');
    } else if (text.startsWith('户籍', i)) {
      const p = i - 3;
      if (p >= 0 && (p === 0 || SENTENCE_START.has(text[p - 1]))) visit(p, 'start', '户籍');
    }
  }
  return out;
}

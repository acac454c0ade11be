/**
 * Derives the compact name-model tables (data.ts) from the dictionary that ships with @node-rs/jieba:
 *
 *   node --import tsx review/pii/model/build.ts > review/pii/model/data.ts
 *   node --import tsx review/pii/model/build.ts vocabulary > review/pii/model/vocabulary.ts
 *   node --import tsx review/pii/model/build.ts attested > review/pii/model/attestedWords.ts
 *
 * Run offline, once, when the tables should change; the output is committed and nothing is read or
 * downloaded at run time. What is taken from the 349k-word dictionary (word, frequency, part of speech):
 *
 * - Given-name characters: every entry tagged `nr` (person name) of three Han characters whose first
 *   character is a common surname contributes its second and third characters. Each character's score
 *   is the log ratio of its share among given-name characters to its share in ordinary vocabulary
 *   (all entries not tagged as names), in half-nats, clipped to [-6, 6]: 华 and 芳 score high, 的 and 局
 *   low. Characters seen fewer than three times in names are left out (the model treats them as rare).
 * - Surname weights: how many such names each surname of the lexicon starts, bucketed 0–3.
 * - Ordinary words: entries not tagged as names, two or three Han characters long, starting with a
 *   surname character or a transliteration character, with a dictionary frequency of at least
 *   WORD_MIN_FREQ, plus entries tagged as names with a frequency only words reach (荣誉 and 光荣 carry
 *   `nr` in the dictionary). A candidate name that *is* one of these (高度, 万元, 于是, 张贴, 王府井, 乌兰察布 …) needs
 *   strong context to count as a name.
 * - Vocabulary characters: those standing in at least VOCABULARY_MIN_WORDS ordinary words; the others may be a
 *   surname no table holds where a structure says a name follows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ADDED_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES, TRANSLITERATED_NAME_PARTS } from '../lexicon.js';

const WORD_MIN_FREQ = 20;
/** Entries tagged as names this frequent are ordinary words the tagger got wrong (荣誉, 光荣, 丘陵 are `nr`). */
const MISTAGGED_NAME_FREQ = 300;
const GIVEN_MIN_COUNT = 3;
const ENDING_MIN_FREQ = 20;
/** A character in at least this many ordinary words is vocabulary, not a candidate for an unlisted surname. */
const VOCABULARY_MIN_WORDS = 12;
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
const HAN = /^[\u4e00-\u9fff]+$/;

const require = createRequire(import.meta.url);
const dictPath = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
const rows = readFileSync(dictPath, 'utf8')
  .split('\n')
  .map((l) => l.trim().split(' '))
  .filter((r) => r.length === 3 && HAN.test(r[0]))
  .map(([word, freq, tag]) => ({ word, freq: Number(freq), tag }));

const givenCount = new Map<string, number>();
const backgroundCount = new Map<string, number>();
const surnameCount = new Map<string, number>();
let givenTotal = 0;
let backgroundTotal = 0;
const bump = (m: Map<string, number>, k: string, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

for (const { word, freq, tag } of rows) {
  if (NAME_TAGS.has(tag)) {
    if (tag === 'nr' && word.length === 3 && SINGLE_SURNAMES.has(word[0])) {
      bump(surnameCount, word[0]);
      if (ADDED_SURNAMES.includes(word[0])) continue;
      for (const c of word.slice(1)) {
        bump(givenCount, c);
        givenTotal++;
      }
    }
    continue;
  }
  // Ordinary vocabulary, each word weighted by the log of its frequency so that 的 does not swamp everything.
  const w = Math.log(1 + freq);
  for (const c of word) {
    bump(backgroundCount, c, w);
    backgroundTotal += w;
  }
}

const byScore = new Map<number, string[]>();
for (const [c, g] of givenCount) {
  if (g < GIVEN_MIN_COUNT) continue;
  const b = backgroundCount.get(c) ?? 0;
  const ratio = (g + 0.5) / givenTotal / ((b + 0.5) / backgroundTotal);
  const score = Math.max(-6, Math.min(6, Math.round(2 * Math.log(ratio))));
  const list = byScore.get(score) ?? [];
  list.push(c);
  byScore.set(score, list);
}

/**
 * Surnames the dictionary's name list over-counts: its `nr` entries include transliterated foreign names
 * (贝克汉, 沃尔夫, 阴丽华 beside 阴阳师-like fiction), so these rare Chinese surnames would outweigh 洪 or 赖.
 */
const SURNAME_WEIGHT_CAP: ReadonlyMap<string, number> = new Map([['贝', 1], ['沃', 0], ['阴', 1]]);

const surnameWeights: string[] = ['', '', '', ''];
for (const s of SINGLE_SURNAMES) {
  const n = surnameCount.get(s) ?? 0;
  const bucket = Math.min(n >= 150 ? 3 : n >= 50 ? 2 : n >= 15 ? 1 : 0, SURNAME_WEIGHT_CAP.get(s) ?? 3);
  surnameWeights[bucket] += s;
}

const translitChars = new Set(TRANSLITERATED_NAME_PARTS.join(''));
const starters = new Set([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES.map((s) => s[0]), ...translitChars]);
const words: string[] = [];
for (const { word, freq, tag } of rows) {
  if (freq < WORD_MIN_FREQ || (NAME_TAGS.has(tag) && freq < MISTAGGED_NAME_FREQ)) continue;
  if ((word.length === 2 || word.length === 3) && starters.has(word[0])) words.push(word);
  // Place names made of transliteration syllables (乌兰察布, 巴彦淖尔) are not people.
  else if (word.length === 4 && tag === 'ns' && translitChars.has(word[0])) words.push(word);
}
words.sort();

// Two-character words ending in a surname character (同向, 对于, 提高): a trigger or word before a surname
// that forms one of these with it has taken the surname character into a word.
const endings: string[] = [];
for (const { word, freq, tag } of rows) {
  if (NAME_TAGS.has(tag) || freq < ENDING_MIN_FREQ || word.length !== 2) continue;
  if (SINGLE_SURNAMES.has(word[1])) endings.push(word);
}
endings.sort();

// Characters of ordinary vocabulary: in how many words (not names, frequent enough) each character stands. A character
// in few of them (菅, 恽, 朔, 睢) is rare in prose, so where a person noun says a name follows, it may be a surname no
// table holds; a character in many (作, 证, 健) opens a word there (电工作业, 残疾人证).
const wordsWith = new Map<string, number>();
for (const { word, freq, tag } of rows) {
  if (NAME_TAGS.has(tag) || freq < WORD_MIN_FREQ) continue;
  for (const c of new Set(word)) bump(wordsWith, c);
}
const vocabularyChars = [...wordsWith].filter(([, n]) => n >= VOCABULARY_MIN_WORDS).map(([c]) => c).sort();

const scores = [...byScore.keys()].sort((a, b) => b - a);
const out: string[] = [];
out.push('// Generated by review/pii/model/build.ts from the @node-rs/jieba dictionary; do not edit by hand.');
out.push('');
out.push('/** Given-name character scores (half-nats, name share over vocabulary share), keyed by score. */');
out.push('export const GIVEN_CHAR_SCORES: Readonly<Record<string, string>> = {');
for (const s of scores) out.push(`  '${s}': '${byScore.get(s)!.sort().join('')}',`);
out.push('};');
out.push('');
out.push('/** Surnames by how many dictionary names they start: index 0 = few, 3 = very many. */');
out.push(`export const SURNAME_WEIGHTS: readonly string[] = ${JSON.stringify(surnameWeights)};`);
out.push('');
out.push(`/** Ordinary words (${words.length}) that start like a name, space-separated. */`);
const chunks: string[] = [];
for (let i = 0; i < words.length; i += 400) chunks.push(words.slice(i, i + 400).join(' '));
out.push('export const COMMON_WORDS: string = [');
for (const c of chunks) out.push(`  '${c}',`);
out.push("].join(' ');");
out.push('');
out.push(`/** Two-character words (${endings.length}) whose second character is a surname, space-separated. */`);
out.push('export const WORDS_ENDING_IN_SURNAME: string = [');
for (let i = 0; i < endings.length; i += 400) out.push(`  '${endings.slice(i, i + 400).join(' ')}',`);
out.push("].join(' ');");
// `vocabulary` writes vocabulary.ts alone: data.ts stays as built for the lexicon of its day.
const vocabulary: string[] = [];
vocabulary.push('// Generated by review/pii/model/build.ts vocabulary from the @node-rs/jieba dictionary; do not edit by hand.');
vocabulary.push('');
vocabulary.push(`/** Characters (${vocabularyChars.length}) standing in at least ${VOCABULARY_MIN_WORDS} ordinary words. */`);
vocabulary.push('export const VOCABULARY_CHARS: string = [');
for (let i = 0; i < vocabularyChars.length; i += 400) vocabulary.push(`  '${vocabularyChars.slice(i, i + 400).join('')}',`);
vocabulary.push("].join('');");
if (process.argv[2] !== 'attested') process.stdout.write(`${(process.argv[2] === 'vocabulary' ? vocabulary : out).join('\n')}\n`);

// `attested` writes attestedWords.ts: the ordinary words (two or three characters, frequent enough, names mistagged as
// above) that open with a surname of attestedSurnames.ts, so a run after an anchor that is one of them (承诺, 同意, 位于)
// is refused though the model's word list, built for the lexicon's surnames, lacks it.
if (process.argv[2] === 'attested') {
  const { ATTESTED_SURNAMES } = await import('./attestedSurnames.js');
  const attested = new Set(ATTESTED_SURNAMES);
  const attestedWords = rows
    .filter(({ word, freq, tag }) => (word.length === 2 || word.length === 3) && attested.has(word[0]) && freq >= WORD_MIN_FREQ && !(NAME_TAGS.has(tag) && freq < MISTAGGED_NAME_FREQ))
    .map(({ word }) => word)
    .sort();
  const lines = ['// Generated by review/pii/model/build.ts attested from the @node-rs/jieba dictionary; do not edit by hand.', ''];
  lines.push(`/** Ordinary words (${attestedWords.length}) opening with a surname of attestedSurnames.ts, space-separated. */`);
  lines.push('export const ATTESTED_WORDS: string = [');
  for (let i = 0; i < attestedWords.length; i += 400) lines.push(`  '${attestedWords.slice(i, i + 400).join(' ')}',`);
  lines.push("].join(' ');");
  process.stderr.write(`${attestedWords.length} attested words\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}

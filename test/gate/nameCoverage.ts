/**
 * Coverage of the name model against the person names of the @node-rs/jieba dictionary (entries tagged `nr`),
 * read at run time and never copied into the repository: what share of its two- and three-character names the
 * gate finds in neutral contexts, where only the name's own characters and an ordinary sentence speak for it.
 *
 *   node --import tsx test/gate/nameCoverage.ts        (prints the shares; the test asserts floors)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectPii } from '../../review/pii/index.js';
import { COMPOUND_SURNAMES } from '../../review/pii/lexicon.js';

/** Entries tagged as names this frequent are ordinary words the tagger got wrong (荣誉, 光荣), as in model/build.ts. */
const MISTAGGED_NAME_FREQ = 300;
const HAN = /^[\u4e00-\u9fff]+$/;

export interface Coverage {
  context: string;
  length: number;
  total: number;
  found: number;
  share: number;
}

/** Person names of the jieba dictionary of `length` characters, in dictionary order. */
export function jiebaNames(length: 2 | 3): string[] {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
  const out: string[] = [];
  for (const line of readFileSync(dict, 'utf8').split('\n')) {
    const [word, freq, tag] = line.trim().split(' ');
    if (tag === 'nr' && word.length === length && HAN.test(word) && Number(freq) < MISTAGGED_NAME_FREQ) out.push(word);
  }
  return out;
}

/** Neutral sentences: one name after an ordinary opening and before a date, and three names in an enumeration. */
const CONTEXTS: Record<string, (names: readonly string[]) => { text: string; spans: [number, number][] }> = {
  prose: ([x]) => {
    const before = '经调查，';
    return { text: `${before}${x}于2023年5月在村内建房。`, spans: [[before.length, before.length + x.length]] };
  },
  enumeration: ([x, y, z]) => {
    const text = `${x}、${y}、${z}等人参加了培训。`;
    const a = x.length + 1;
    const b = a + y.length + 1;
    return { text, spans: [[0, x.length], [a, a + y.length], [b, b + z.length]] };
  },
};

/** Share of `names` found exactly (the whole name, nothing more) in each neutral context. */
export function coverage(names: readonly string[], length: number): Coverage[] {
  const out: Coverage[] = [];
  for (const [context, build] of Object.entries(CONTEXTS)) {
    const group = context === 'enumeration' ? 3 : 1;
    let total = 0;
    let found = 0;
    for (let i = 0; i + group <= names.length; i += group) {
      const { text, spans } = build(names.slice(i, i + group));
      const got = new Set(detectPii(text).filter((c) => c.type === 'person_name').map((c) => `${c.start}:${c.end}`));
      for (const [s, e] of spans) {
        total++;
        if (got.has(`${s}:${e}`)) found++;
      }
    }
    out.push({ context, length, total, found, share: total === 0 ? 1 : found / total });
  }
  return out;
}

/** A compound surname with a given character or two, in the prose context: found whole, not as a word. */
export function compoundSurnameMisses(given: readonly string[]): string[] {
  const misses: string[] = [];
  for (const s of COMPOUND_SURNAMES)
    for (const g of given) {
      const name = s + g;
      const before = '经调查，';
      const text = `${before}${name}于2023年5月在村内建房。`;
      const hit = detectPii(text).some((c) => c.type === 'person_name' && c.start === before.length && c.end === before.length + name.length);
      if (!hit) misses.push(name);
    }
  return misses;
}

export function formatCoverage(rows: readonly Coverage[]): string {
  return ['| context | length | names | found | share |', '|---|---:|---:|---:|---:|', ...rows.map((r) => `| ${r.context} | ${r.length} | ${r.total} | ${r.found} | ${r.share.toFixed(3)} |`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = [...coverage(jiebaNames(3), 3), ...coverage(jiebaNames(2), 2)];
  process.stdout.write(`${formatCoverage(rows)}\n`);
}

/**
 * Same results, before and after a change to the gate's speed: `node --import tsx bench/gate.differential.ts
 * <baseline root>` scans every text below with the baseline checkout's gate and with this tree's, and prints how
 * many results it compared and how many differ (exit code 1 when any does). A root is a checkout of the
 * repository (see gate.ab.ts).
 *
 * Texts: the gate's corpora (test/gate/corpus/**.jsonl), the wording passages, every string literal holding a
 * Chinese character in the gate's and the wording's tests, runs of five corpus texts joined into one document,
 * and the bench's document, items and article. Each through scanText (shipped rules, and with the passages'
 * roster, on two dates either side of the 2018 reform), scanHtml, scanField and a category's policy, and with
 * the bench's 20,000-term dictionary. Results are compared whole (verdict, findings, redacted text).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInputs } from './gate.bench.js';
import type { Dictionary, DictionaryEntry } from '../review/dictionary.js';
import type { GateResult } from '../review/types.js';
import type { RosterEntry, WordingRules } from '../review/wording/index.js';

interface Gate {
  scanText(text: string, opts?: object): GateResult;
  scanHtml(html: string, opts?: object): GateResult;
  scanField(text: string, opts?: object): GateResult;
  buildDictionary(entries: DictionaryEntry[]): Dictionary;
  shippedWordingRules(roster?: RosterEntry[]): WordingRules;
}

async function gateAt(root: string): Promise<Gate> {
  const at = (file: string): string => path.join(path.resolve(root), file);
  return {
    ...((await import(at('review/gate.ts'))) as Pick<Gate, 'scanText' | 'scanHtml' | 'scanField'>),
    ...((await import(at('review/dictionary.ts'))) as Pick<Gate, 'buildDictionary'>),
    ...((await import(at('review/wording/index.ts'))) as Pick<Gate, 'shippedWordingRules'>),
  };
}

const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;

/** A source literal's text, escapes read as JavaScript reads them (as far as JSON can); the raw text otherwise. */
function literalText(raw: string): string {
  const json = raw
    .replace(/\\'/g, "'")
    .replace(/\\`/g, '`')
    .replace(/"/g, '\\"')
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_m, hex: string) =>
      [...String.fromCodePoint(parseInt(hex, 16))].join('').split('').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return raw;
  }
}

function corpusTexts(here: string): { texts: string[]; counts: Record<string, number> } {
  const texts: string[] = [];
  const corpus = path.join(here, 'test/gate/corpus');
  const jsonl = [corpus, path.join(corpus, 'realistic')].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(d, f)));
  for (const file of jsonl) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
  }
  const corpusCount = texts.length;
  let literals = 0;
  for (const dir of ['test/gate', 'test/gate/corpus', 'test/gate/corpus/realistic', 'test/wording']) {
    for (const file of fs.readdirSync(path.join(here, dir)).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(here, dir, file), 'utf8').matchAll(LITERAL)) {
        const raw = m[1] ?? m[2] ?? m[3] ?? '';
        if (!/[\u4e00-\u9fff]/.test(raw)) continue;
        texts.push(literalText(raw));
        literals++;
      }
    }
  }
  let joined = 0;
  for (let i = 0; i + 5 <= corpusCount; i += 5, joined++) texts.push(texts.slice(i, i + 5).join('\n'));
  return { texts, counts: { corpus: corpusCount, literals, joined } };
}

async function main(): Promise<void> {
  const baseRoot = process.argv[2];
  if (!baseRoot) throw new Error('usage: gate.differential.ts <baseline root>');
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const [a, b] = [await gateAt(baseRoot), await gateAt(here)];
  const { PASSAGES, ROSTER } = (await import(path.join(here, 'test/wording/passages.ts'))) as {
    PASSAGES: { text: string }[];
    ROSTER: RosterEntry[];
  };
  const { texts, counts } = corpusTexts(here);
  for (const p of PASSAGES) texts.push(p.text);
  const bench = benchInputs();
  let compared = 0;
  let differences = 0;
  const compare = (label: string, text: string, run: (g: Gate, side: 0 | 1) => GateResult): void => {
    compared++;
    const x = JSON.stringify(run(a, 0));
    const y = JSON.stringify(run(b, 1));
    if (x === y) return;
    differences++;
    if (differences <= 5) console.log(`differs: ${label} ${JSON.stringify(text.slice(0, 60))}\n  baseline ${x.slice(0, 300)}\n  this     ${y.slice(0, 300)}`);
  };
  const roster = [a.shippedWordingRules(ROSTER), b.shippedWordingRules(ROSTER)];
  const dictionaries = [a.buildDictionary(bench.entries), b.buildDictionary(bench.entries)];
  const benchRules = [a.shippedWordingRules(bench.roster), b.shippedWordingRules(bench.roster)];
  const html = (t: string): string => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '</p><p>')}</p>`;
  for (const t of texts) {
    for (const on of ['2025-06-01', '2017-01-01']) {
      compare('scanText', t, (g) => g.scanText(t, { publishedOn: on }));
      compare('scanText + roster', t, (g, s) => g.scanText(t, { publishedOn: on, wording: roster[s] }));
    }
    compare('scanHtml', t, (g) => g.scanHtml(html(t), { publishedOn: '2025-06-01' }));
    compare('scanField', t, (g) => g.scanField(t, { publishedOn: '2025-06-01' }));
    compare('scanText, category penalty', t, (g) => g.scanText(t, { publishedOn: '2025-06-01', categoryCode: 'penalty' }));
    compare('scanText, 20k dictionary', t, (g, s) => g.scanText(t, { dictionary: dictionaries[s], wording: benchRules[s], publishedOn: '2025-06-01' }));
  }
  const benchTexts = [bench.doc, ...bench.items, bench.article];
  for (const t of benchTexts) {
    compare('bench', t, (g, s) => g.scanText(t, { dictionary: dictionaries[s], wording: benchRules[s], publishedOn: '2025-06-01' }));
  }
  console.log(
    `texts: corpus ${counts.corpus}, test literals ${counts.literals}, joined ${counts.joined}, passages ${PASSAGES.length}, bench ${benchTexts.length}`,
  );
  console.log(`compared ${compared} results, differences ${differences}`);
  process.exitCode = differences === 0 ? 0 : 1;
}

await main();

/**
 * Recall of names and addresses on realistic-corpus records typeset as PDFs whose paragraphs wrap at the margin:
 * every line of a record wrapped at 28–40 characters (the width varies by record), first lines indented two
 * glyphs, 30 lines a page with a page number; a line laid out in columns (bars, tabs, two spaces, or single spaces on
 * a line without clause punctuation) is a table row, its cells placed at their columns and not wrapped, as a table
 * is typeset. Read as before the reflow (each page line by line, the text pdfjs
 * gives) and as the gate reads it now (pdfText.ts), beside the same records unwrapped.
 *   node --import tsx test/gate/wrappedPdfEval.ts [records]
 */
import { pdfText } from '../../workflow/pdfText.js';
import { detectPii } from '../../review/pii/index.js';
import { pdfDocument, type PdfText } from '../helpers/pdfWriter.js';
import { loadCorpus, type CorpusRecord } from './corpusEval.js';

const TYPES = ['person_name', 'address'] as const;
const BLOCK = 435;
const LEFT = 80;

/** The record's lines wrapped at `width` glyphs, as visual lines with their indent. */
function typeset(text: string, width: number): PdfText[][] {
  const size = BLOCK / width;
  const visual: { text: string; indent: number; cells?: { text: string; column: number }[] }[] = [];
  for (const line of text.split('\n')) {
    const body = line.trim();
    if (body === '') continue;
    const cell = /[|｜]/.test(body) ? /[^|｜\s](?:[^|｜]*[^|｜\s])?/g : /\S(?: {2,}|\t)\S/.test(body) ? /\S+(?: \S+)*/g : (body.match(/ /g)?.length ?? 0) >= 2 && !/[，。；]/.test(body) ? /\S+/g : null;
    if (cell) {
      visual.push({ text: body, indent: 0, cells: [...body.matchAll(cell)].map((m) => ({ text: m[0], column: m.index })) });
      continue;
    }
    const chars = [...body];
    let first = true;
    for (let i = 0; i < chars.length; ) {
      const room = first ? width - 2 : width;
      visual.push({ text: chars.slice(i, i + room).join(''), indent: first ? 2 : 0 });
      i += room;
      first = false;
    }
  }
  const pages: PdfText[][] = [];
  for (let p = 0; p * 30 < visual.length; p++) {
    const lines = visual.slice(p * 30, p * 30 + 30).flatMap((v, i) => {
      const y = 780 - i * size * 1.75;
      // A table is set in a smaller size when its rows are wider than the page (pdfjs drops text beyond it).
      const cell = v.cells ? Math.min(size, 500 / v.text.length) : size;
      return v.cells ? v.cells.map((c) => ({ text: c.text, x: LEFT + c.column * cell, y, size: cell })) : [{ text: v.text, x: LEFT + v.indent * size, y, size }];
    });
    pages.push([...lines, { text: `- ${p + 1} -`, x: 280, y: 30, size: 10 }]);
  }
  return pages;
}

interface Tally {
  gold: number;
  found: number;
}

/** Gold values found among the predictions, compared without whitespace; an address may be cut 10% short or run 8 long. */
function tally(r: CorpusRecord, text: string, into: Record<string, Tally>): void {
  const predicted = detectPii(text).map((c) => ({ type: c.type, value: text.slice(c.start, c.end).replace(/\s+/g, '') }));
  for (const type of TYPES) {
    const gold = r.pii.filter((p) => p.type === type).flatMap((p) => Array.from({ length: r.text.split(p.value).length - 1 }, () => p.value.replace(/\s+/g, '')));
    const left = predicted.filter((p) => p.type === type).map((p) => p.value);
    into[type].gold += gold.length;
    for (const g of gold) {
      const i = left.findIndex((v) => (type === 'address' ? (v.includes(g.slice(0, Math.ceil(g.length * 0.9))) || g.includes(v) && v.length >= 0.9 * g.length) && v.length <= g.length + 8 : v === g));
      if (i >= 0) {
        into[type].found++;
        left.splice(i, 1);
      }
    }
  }
}

const fresh = (): Record<string, Tally> => Object.fromEntries(TYPES.map((t) => [t, { gold: 0, found: 0 }]));

async function main(): Promise<void> {
  const limit = Number(process.argv[2] ?? Infinity);
  const records = loadCorpus('realistic/realistic.jsonl').slice(0, limit);
  const plain = fresh();
  const before = fresh();
  const after = fresh();
  let n = 0;
  for (const r of records) {
    const width = 28 + (n++ % 13);
    const read = await pdfText(pdfDocument({ pages: typeset(r.text, width) }));
    tally(r, r.text, plain);
    tally(r, read.layout.join('\n'), before);
    tally(r, read.text, after);
  }
  const cell = (t: Tally): string => `${t.found}/${t.gold} = ${(t.found / Math.max(1, t.gold)).toFixed(3)}`;
  console.log(`${records.length} records, wrapped at 28–40 glyphs`);
  for (const type of TYPES) console.log(`${type.padEnd(12)} unwrapped ${cell(plain[type])}   PDF line by line ${cell(before[type])}   PDF reflowed ${cell(after[type])}`);
}

await main();

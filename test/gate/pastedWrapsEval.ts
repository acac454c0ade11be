/**
 * Personal data in corpus records pasted out of a PDF (test/helpers/pastedText.ts): each record's prose lines
 * hard-wrapped at 26–40 characters (the width varies by record, every other record indented), table rows whole,
 * labels mapped through the wraps. Scored as the gate read such text before (line by line: `detectPii(text, null)`)
 * and as it reads it now (soft wraps removed, review/pastedWraps.ts), beside the same records unwrapped; then the
 * same with widths counted in glyphs (Latin letters and digits half wide, as a PDF sets them).
 *   node --import tsx test/gate/pastedWrapsEval.ts [--errors]
 */
import { fileURLToPath } from 'node:url';
import { detectPii } from '../../review/pii/index.js';
import type { PiiType } from '../../review/types.js';
import { wrapRecord, type WrapOptions } from '../helpers/pastedText.js';
import { evaluate, loadCorpus, PII_TYPES, type CorpusRecord, type Evaluation } from './corpusEval.js';

const CORPORA = ['pii.jsonl', 'realistic/realistic.jsonl', 'realistic/structures.jsonl'];

/** Records already wrapped (a label holds a line break) stay out: their wraps are the corpus's own. */
function corpus(): CorpusRecord[] {
  return CORPORA.flatMap((f) => loadCorpus(f)).filter((r) => !r.pii.some((p) => p.value.includes('\n')));
}

export function wrappedCorpus(measure: WrapOptions['measure']): { original: CorpusRecord[]; wrapped: CorpusRecord[] } {
  const original: CorpusRecord[] = [];
  const wrapped: CorpusRecord[] = [];
  corpus().forEach((r, n) => {
    const w = wrapRecord(r, { width: 26 + (n % 15), measure, indent: n % 2 === 1 });
    if (w.text === r.text) return;
    original.push(r);
    wrapped.push(w);
  });
  return { original, wrapped };
}

const cell = (e: Evaluation, type: PiiType): string => {
  const s = e.perType.find((p) => p.type === type)!;
  return `${s.found}/${s.gold} ${s.recall.toFixed(3)} · ${s.correct}/${s.predicted} ${s.precision.toFixed(3)}`;
};

function report(measure: WrapOptions['measure'], errors: boolean): void {
  const { original, wrapped } = wrappedCorpus(measure);
  const unwrapped = evaluate(original);
  const before = evaluate(wrapped, (t) => detectPii(t, null));
  const after = evaluate(wrapped);
  const kinds = new Set(wrapped.map((r) => r.source.replace(/\d+$/, ''))).size;
  console.log(`\n${wrapped.length} records (${kinds} kinds of document) wrapped at 26–40 ${measure}; recall found/labelled · precision correct/predicted`);
  console.log(`| type | unwrapped | wrapped, before | wrapped, after |\n|---|---|---|---|`);
  for (const type of PII_TYPES) console.log(`| ${type} | ${cell(unwrapped, type)} | ${cell(before, type)} | ${cell(after, type)} |`);
  const all = (e: Evaluation): string => `${e.overall.recall.toFixed(3)} · ${e.overall.precision.toFixed(3)}`;
  console.log(`| **all** | ${all(unwrapped)} | ${all(before)} | ${all(after)} |`);
  console.log(`decoys flagged: unwrapped ${unwrapped.decoyHits.length}, before ${before.decoyHits.length}, after ${after.decoyHits.length}`);
  if (!errors) return;
  const show = (s: string): string => JSON.stringify(s);
  for (const m of after.misses) console.log(`  MISS ${m.id} ${m.type} ${show(m.text)}`);
  for (const f of after.falsePositives) console.log(`  FP ${f.id} ${f.type} ${show(f.text)}`);
  for (const d of after.decoyHits) console.log(`  DECOY ${d.id} ${show(d.decoy)} ${show(d.found)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const errors = process.argv.includes('--errors');
  report('chars', errors);
  report('glyphs', errors);
}

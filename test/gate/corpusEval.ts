/**
 * Scores the pii detectors against the labelled corpus (corpus/pii.jsonl). Shared by corpus.test.ts and
 * anyone who wants the figures without jest:  node --import tsx test/gate/corpusEval.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPii } from '../../review/pii/index.js';
import type { PiiType } from '../../review/types.js';

export interface CorpusRecord {
  id: string;
  source: string;
  text: string;
  pii: { type: PiiType; value: string }[];
  decoys: string[];
}

export interface Span {
  type: PiiType;
  start: number;
  end: number;
}

export const PII_TYPES: readonly PiiType[] = ['id_card', 'mobile', 'landline', 'email', 'bank_card', 'passport', 'plate', 'person_name', 'address'];

/** The older corpus (corpus/pii.jsonl), or another file under corpus/ in the same format. */
export function loadCorpus(file = 'pii.jsonl'): CorpusRecord[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return readFileSync(join(here, 'corpus', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRecord);
}

function occurrences(text: string, value: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length)) out.push(i);
  return out;
}

export function goldSpans(r: CorpusRecord): Span[] {
  return r.pii.flatMap((l) => occurrences(r.text, l.value).map((start) => ({ type: l.type, start, end: start + l.value.length })));
}

/**
 * Exact boundaries for everything except addresses, where where an address ends is a judgement call:
 * there the prediction must cover at least 90% of the labelled span and run at most 8 characters past it.
 */
export function matches(gold: Span, pred: Span): boolean {
  if (gold.type !== pred.type) return false;
  if (gold.type !== 'address') return gold.start === pred.start && gold.end === pred.end;
  const overlap = Math.min(gold.end, pred.end) - Math.max(gold.start, pred.start);
  return overlap >= 0.9 * (gold.end - gold.start) && pred.end - pred.start <= gold.end - gold.start + 8;
}

export interface Score {
  type: PiiType;
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface Evaluation {
  perType: Score[];
  overall: { gold: number; predicted: number; correct: number; recall: number; precision: number };
  decoyHits: { id: string; decoy: string; found: string }[];
  misses: { id: string; type: PiiType; text: string }[];
  falsePositives: { id: string; type: PiiType; text: string }[];
  spans: number;
  records: number;
}

/** `detect`: the detector scored, by default the gate's (another reading of the same text, for a before/after). */
export function evaluate(records: readonly CorpusRecord[] = loadCorpus(), detect: (text: string) => readonly Span[] = detectPii): Evaluation {
  const stats = new Map<PiiType, { gold: number; found: number; predicted: number; correct: number }>();
  for (const t of PII_TYPES) stats.set(t, { gold: 0, found: 0, predicted: 0, correct: 0 });
  const decoyHits: Evaluation['decoyHits'] = [];
  const misses: Evaluation['misses'] = [];
  const falsePositives: Evaluation['falsePositives'] = [];
  let spans = 0;
  for (const r of records) {
    const gold = goldSpans(r);
    spans += gold.length;
    const pred: Span[] = detect(r.text).map((c) => ({ type: c.type, start: c.start, end: c.end }));
    for (const g of gold) {
      const s = stats.get(g.type)!;
      s.gold++;
      if (pred.some((p) => matches(g, p))) s.found++;
      else misses.push({ id: r.id, type: g.type, text: r.text.slice(g.start, g.end) });
    }
    for (const p of pred) {
      const s = stats.get(p.type)!;
      s.predicted++;
      if (gold.some((g) => matches(g, p))) s.correct++;
      else falsePositives.push({ id: r.id, type: p.type, text: r.text.slice(p.start, p.end) });
    }
    for (const d of r.decoys) {
      for (const at of occurrences(r.text, d)) {
        const hit = pred.find((p) => p.start < at + d.length && p.end > at);
        if (hit) decoyHits.push({ id: r.id, decoy: d, found: `${hit.type}:${r.text.slice(hit.start, hit.end)}` });
      }
    }
  }
  const perType = PII_TYPES.map((type) => {
    const s = stats.get(type)!;
    return { type, ...s, recall: s.gold ? s.found / s.gold : 1, precision: s.predicted ? s.correct / s.predicted : 1 };
  });
  const tot = perType.reduce((a, s) => ({ gold: a.gold + s.gold, found: a.found + s.found, predicted: a.predicted + s.predicted, correct: a.correct + s.correct }), { gold: 0, found: 0, predicted: 0, correct: 0 });
  return {
    perType,
    overall: { gold: tot.gold, predicted: tot.predicted, correct: tot.correct, recall: tot.found / tot.gold, precision: tot.correct / tot.predicted },
    decoyHits,
    misses,
    falsePositives,
    spans,
    records: records.length,
  };
}

export function formatTable(e: Evaluation): string {
  const rows = [`| type | labelled | found | recall | predicted | precision |`, `|---|---:|---:|---:|---:|---:|`];
  for (const s of e.perType) rows.push(`| ${s.type} | ${s.gold} | ${s.found} | ${s.recall.toFixed(3)} | ${s.predicted} | ${s.precision.toFixed(3)} |`);
  rows.push(`| **all** | ${e.overall.gold} | ${Math.round(e.overall.recall * e.overall.gold)} | ${e.overall.recall.toFixed(3)} | ${e.overall.predicted} | ${e.overall.precision.toFixed(3)} |`);
  return `${rows.join('\n')}\n(${e.records} records, ${e.spans} labelled spans, ${e.decoyHits.length} decoy hits)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const e = evaluate(loadCorpus(process.argv[2] ?? 'pii.jsonl'));
  console.log(formatTable(e));
  for (const m of e.misses) console.log('MISS', m.id, m.type, m.text);
  for (const f of e.falsePositives) console.log('FP  ', f.id, f.type, f.text);
  for (const d of e.decoyHits) console.log('DECOY', d.id, d.decoy, d.found);
}

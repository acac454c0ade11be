/**
 * The development slice of the ninth tuning (corpus/realistic/structures.jsonl, built by structures.ts): the
 * name structures of the third reading beside their decoys. Figures printed like corpus.test.ts's.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluate, formatTable, goldSpans, loadCorpus } from './corpusEval.js';

describe('structures corpus (third reading: lists, columns, third parties, bylines)', () => {
  const records = loadCorpus('realistic/structures.jsonl');

  it('holds what its builder claims', () => {
    const spans = records.flatMap((r) => goldSpans(r));
    expect(spans.filter((s) => s.type === 'person_name').length).toBeGreaterThanOrEqual(100);
    expect(spans.filter((s) => s.type === 'address').length).toBeGreaterThanOrEqual(10);
    expect(records.some((r) => r.pii.length === 0 && r.decoys.length > 0)).toBe(true);
  });

  it('finds the names and homes and flags no decoy', () => {
    const e = evaluate(records);
    console.log(`structures corpus figures\n${formatTable(e)}`);
    if (e.misses.length || e.falsePositives.length) console.log([...e.misses, ...e.falsePositives].map((m) => `  ${m.id} ${m.type} ${m.text}`).join('\n'));
    for (const s of e.perType) {
      if (s.gold === 0 && s.predicted === 0) continue;
      expect({ type: s.type, recall: s.recall >= 0.9, precision: s.precision >= 0.95 }).toEqual({ type: s.type, recall: true, precision: true });
    }
    expect(e.decoyHits).toEqual([]);
  });
});

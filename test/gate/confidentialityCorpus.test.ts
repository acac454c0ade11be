/**
 * Recall per mark type and overall precision of scanConfidentiality on the labelled corpus
 * (corpus/confidentiality.jsonl; format and provenance in corpus/buildConfidentialityCorpus.ts).
 *
 * A labelled mark is found when a finding of the same type overlaps it (the scanner may include or
 * leave out a neighbouring ★ term or a deictic subject; what matters is that the document blocks for
 * the right reason at the right place). A finding that overlaps no label of its type is a false positive.
 */
import { readFileSync } from 'node:fs';
import { scanConfidentiality } from '../../review/confidentiality.js';
import type { DeclaredDisclosure } from '../../review/types.js';

interface Label {
  type: string;
  start: number;
  end: number;
  text: string;
}
interface CorpusRecord {
  id: string;
  text: string;
  marks: Label[];
  disclosure: DeclaredDisclosure | null;
}

const records: CorpusRecord[] = readFileSync(new URL('./corpus/confidentiality.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as CorpusRecord);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe('confidentiality corpus', () => {
  const gold = new Map<string, { total: number; found: number }>();
  let predicted = 0;
  let correct = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  let disclosureRight = 0;
  const disclosureWrong: string[] = [];

  for (const r of records) {
    const { findings, declaredDisclosure } = scanConfidentiality(r.text);
    for (const m of r.marks) {
      const g = gold.get(m.type) ?? { total: 0, found: 0 };
      g.total++;
      if (findings.some((f) => f.type === m.type && overlaps(f, m))) g.found++;
      else misses.push(`${r.id}: ${m.type} ${m.text}`);
      gold.set(m.type, g);
    }
    for (const f of findings) {
      predicted++;
      if (r.marks.some((m) => m.type === f.type && overlaps(f, m))) correct++;
      else falsePositives.push(`${r.id}: ${f.type} ${f.text} @${f.start}`);
    }
    if (declaredDisclosure === r.disclosure) disclosureRight++;
    else disclosureWrong.push(`${r.id}: expected ${String(r.disclosure)}, got ${String(declaredDisclosure)}`);
  }

  it('is a corpus of substance', () => {
    const total = [...gold.values()].reduce((s, g) => s + g.total, 0);
    expect(total).toBeGreaterThanOrEqual(80);
    for (const type of ['classification_mark', 'internal_mark', 'not_public_mark']) {
      expect(gold.get(type)?.total ?? 0).toBeGreaterThanOrEqual(20);
    }
    for (const r of records) for (const m of r.marks) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(['classification_mark', 'internal_mark', 'not_public_mark'])('recall of %s is at least 0.99', (type) => {
    const g = gold.get(type) ?? { total: 0, found: 0 };
    const recall = g.found / g.total;
    if (!(recall >= 0.99)) throw new Error(`recall ${recall}: ${misses.filter((m) => m.includes(type)).join('; ')}`);
  });

  it('precision is at least 0.95', () => {
    if (predicted > 0 && correct / predicted < 0.95) throw new Error(`precision ${correct / predicted}: ${falsePositives.join('; ')}`);
    expect(predicted).toBeGreaterThan(0);
  });

  it('reads every declared disclosure', () => {
    expect(disclosureWrong).toEqual([]);
    expect(disclosureRight).toBe(records.length);
  });

  afterAll(() => {
    const rows = [...gold.entries()].map(([type, g]) => `${type} recall ${(g.found / g.total).toFixed(3)} (${g.found}/${g.total})`);
    rows.push(`precision ${(correct / predicted).toFixed(3)} (${correct}/${predicted}); false positives: ${falsePositives.length}`);
    if (process.env.GATE_CORPUS_REPORT) process.stdout.write(`${rows.join('\n')}\n${misses.concat(falsePositives).join('\n')}\n`);
  });
});

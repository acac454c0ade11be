import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shippedWordingRules, type WordingType } from '../../review/wording/index.js';
import { PASSAGES, ROSTER } from './passages.js';

const TYPES: WordingType[] = ['typo', 'outdated_term', 'leader_title'];
const rules = shippedWordingRules(ROSTER);

describe('labelled wording passages', () => {
  it('finds the seeded errors of each class and leaves the decoys alone', () => {
    const stats = new Map(TYPES.map((t) => [t, { labelled: 0, found: 0, falsePositives: 0 }]));
    const misses: string[] = [];
    const extras: string[] = [];
    let decoyHits = 0;
    for (const p of PASSAGES) {
      const got = rules.scan(p.text, { on: p.on ?? '2025-06-01' });
      for (const f of got) expect(p.text.slice(f.start, f.end)).toBe(f.text);
      const key = (f: { type: string; text: string; replacement: string | null }) => `${f.type}|${f.text}|${f.replacement}`;
      const want = new Set(p.expect.map(key));
      const seen = new Set(got.map(key));
      for (const e of p.expect) {
        const s = stats.get(e.type)!;
        s.labelled++;
        if (seen.has(key(e))) s.found++;
        else misses.push(`${p.id} ${key(e)}`);
      }
      for (const f of got) {
        if (want.has(key(f))) continue;
        stats.get(f.type as WordingType)!.falsePositives++;
        extras.push(`${p.id} ${key(f)}`);
        if (p.expect.length === 0) decoyHits++;
      }
    }
    const rows = TYPES.map((t) => {
      const s = stats.get(t)!;
      return `| ${t} | ${s.labelled} | ${s.found} | ${(s.found / s.labelled).toFixed(3)} | ${s.falsePositives} |`;
    });
    const decoys = PASSAGES.filter((p) => p.expect.length === 0).length;
    console.log(['| class | labelled | found | recall | false positives |', '|---|---:|---:|---:|---:|', ...rows,
      `(${PASSAGES.length} passages, ${decoys} of them clean decoys; ${decoyHits} decoy hits)`,
      misses.length ? `misses:\n  ${misses.join('\n  ')}` : 'misses: none', extras.length ? `false positives:\n  ${extras.join('\n  ')}` : 'false positives: none'].join('\n'));
    for (const t of TYPES) {
      const s = stats.get(t)!;
      expect(s.labelled).toBeGreaterThanOrEqual(10);
      expect(s.found / s.labelled).toBeGreaterThanOrEqual(0.9);
      expect(s.falsePositives).toBeLessThanOrEqual(1);
    }
    expect(decoyHits).toBe(0);
  });
});

describe('government-style text written for the other checks', () => {
  it('raises no wording finding on the personal-data and confidentiality corpora (375 records, written before this check)', () => {
    let records = 0;
    let chars = 0;
    const hits: string[] = [];
    for (const file of ['pii.jsonl', 'confidentiality.jsonl']) {
      const path = fileURLToPath(new URL(`../gate/corpus/${file}`, import.meta.url));
      for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
        const text = (JSON.parse(line) as { text: string }).text;
        records++;
        chars += text.length;
        for (const f of rules.scan(text, { on: '2025-06-01' })) hits.push(`${file} ${f.type} ${f.text}`);
      }
    }
    console.log(`wording findings on ${records} records (${chars} characters) of the gate corpora: ${hits.length}${hits.length ? `\n  ${hits.join('\n  ')}` : ''}`);
    expect(records).toBeGreaterThan(300);
    expect(hits).toEqual([]);
  });
});

/**
 * A labelled corpus record as an editor pastes it out of a PDF: every prose line hard-wrapped at a fixed width, a
 * table row (bars, tabs, a column gap, or several lone spaces on a line without clause punctuation) left whole as a
 * PDF sets it, and the labels and decoys mapped through, so a name the margin cut is labelled `李建\n军`.
 */
import type { CorpusRecord } from '../gate/corpusEval.js';

export interface WrapOptions {
  /** Characters (or glyphs, see `measure`) on a full line. */
  width: number;
  /** `chars`: every character counts one; `glyphs`: ASCII letters and digits count half, as a PDF sets them. */
  measure?: 'chars' | 'glyphs';
  /** Paragraphs open with two ideographic spaces. */
  indent?: boolean;
}

function isTableRow(line: string): boolean {
  return /[|｜\t]/.test(line) || /\S(?: {2,}|\u3000{2,})\S/.test(line.trim()) || ((line.trim().match(/ /g)?.length ?? 0) >= 2 && !/[，。；]/.test(line));
}

/** `text` wrapped, and where each of its characters went (one entry more, for the end). */
export function wrapText(text: string, { width, measure = 'chars', indent = false }: WrapOptions): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  const cost = (ch: string): number => (measure === 'glyphs' && ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);
  const lines = text.split('\n');
  lines.forEach((line, n) => {
    let used = 0;
    if (!isTableRow(line) && line.length > width) {
      if (indent && !/^\s/.test(line)) {
        out += '\u3000\u3000';
        used = 2;
      }
      for (const ch of line) {
        if (used + cost(ch) > width) {
          out += '\n';
          used = 0;
        }
        at.push(out.length);
        out += ch;
        used += cost(ch);
      }
    } else {
      for (let i = 0; i < line.length; i++) at.push(out.length + i);
      out += line;
    }
    if (n < lines.length - 1) {
      at.push(out.length);
      out += '\n';
    }
  });
  at.push(out.length);
  return { text: out, at };
}

function occurrences(text: string, value: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length)) out.push(i);
  return out;
}

/** The record wrapped, its labels and decoys as the wrapped text shows each occurrence. */
export function wrapRecord(r: CorpusRecord, options: WrapOptions): CorpusRecord {
  const { text, at } = wrapText(r.text, options);
  const mapped = (value: string): string[] => [...new Set(occurrences(r.text, value).map((s) => text.slice(at[s], at[s + value.length - 1] + 1)))];
  const seen = new Set<string>();
  const pii: CorpusRecord['pii'] = [];
  for (const label of r.pii) {
    for (const value of mapped(label.value)) {
      const key = `${label.type}\u0000${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pii.push({ type: label.type, value });
    }
  }
  return { ...r, text, pii, decoys: [...new Set(r.decoys.flatMap(mapped))] };
}

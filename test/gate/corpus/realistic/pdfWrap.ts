/**
 * Documents copied from a PDF keep the PDF's line breaks: a paragraph arrives cut into lines of a fixed width, and a break
 * may fall inside a name, a number or an address. The blind slices that reproduce such a paste share these helpers, so a
 * span cut by a break is labelled as printed (`\n` included).
 */

import { A, I, M, P, type Label, type LabelType } from './blind.js';

/** A PDF's text: each paragraph cut into lines of `width` characters, as copying from a PDF keeps them. */
export const hardWrap = (para: string, width: number): string => {
  const cs = [...para];
  const lines: string[] = [];
  for (let k = 0; k < cs.length; k += width) lines.push(cs.slice(k, k + width).join(''));
  return lines.join('\n');
};

/** Every form a value takes in a hard-wrapped text (a line break may fall between any two of its characters). */
export const asPrinted = (text: string, value: string): string[] => {
  const re = new RegExp([...value].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\n?'), 'g');
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))];
};

/**
 * Paragraphs longer than `hi` characters wrapped at a width drawn from `lo`..`hi`; where a paragraph holds one of `spans`,
 * a width whose break falls inside one is preferred (as it often does in a PDF). `int` is the slice's seeded draw.
 */
export function wrapLikePdf(paras: readonly string[], spans: readonly string[], lo: number, hi: number, int: (lo: number, hi: number) => number): string {
  const count = hi - lo + 1;
  const splits = (p: string, w: number): boolean => spans.some((v) => !hardWrap(p, w).includes(v) && p.includes(v));
  const widthFor = (p: string): number => {
    const start = int(lo, hi);
    for (let k = 0; k < count; k++) {
      const w = lo + ((start - lo + k) % count);
      if (splits(p, w)) return w;
    }
    return start;
  };
  return paras.map((p) => (p.length > hi ? hardWrap(p, widthFor(p)) : p)).join('\n');
}

const LABEL: Partial<Record<LabelType, (value: string) => Label>> = { person_name: P, address: A, id_card: I, mobile: M };

/** Labels for every printed form of each value, in the order given. */
export function labelsAsPrinted(text: string, values: readonly (readonly [LabelType, string])[]): Label[] {
  return values.flatMap(([type, v]) => {
    const make = LABEL[type];
    if (!make) throw new Error(`no label maker for ${type}`);
    return asPrinted(text, v).map(make);
  });
}

/** Each decoy as first printed (a decoy is listed once, whatever its other forms). */
export const decoysAsPrinted = (text: string, values: readonly string[]): string[] => values.flatMap((d) => asPrinted(text, d).slice(0, 1));

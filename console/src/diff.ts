/** A sentence-level diff (LCS) between two revisions' text: what a reviewer needs to see changed. */
export type DiffPart = { kind: 'same' | 'del' | 'ins'; text: string };

const split = (text: string): string[] => text.match(/[^。！？；\n]+[。！？；]?\n?|\n/g) ?? [];

export function diffText(before: string, after: string): DiffPart[] {
  const a = split(before);
  const b = split(after);
  // Bounded: beyond this the table would be too large for a browser; fall back to whole replacement.
  if (a.length * b.length > 4_000_000) return [{ kind: 'del', text: before }, { kind: 'ins', text: after }];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const prev = parts.at(-1);
    if (prev && prev.kind === kind) prev.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('del', a[i++]);
    else push('ins', b[j++]);
  }
  while (i < a.length) push('del', a[i++]);
  while (j < b.length) push('ins', b[j++]);
  return parts;
}

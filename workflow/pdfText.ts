/*
 * Everything a PDF shows or carries as text, for the gate. The pages are read twice: in content-stream order
 * (what copy and paste gives) and in the order a reader sees them — lines top to bottom, glyphs left to right by
 * their coordinates — because a producer may draw `密★` before `机` and place them side by side. Invisible text
 * (render mode 3, the OCR layer of a scan) and text in optional-content layers, hidden or not, are page text:
 * pdfjs returns them with the rest, and a viewer can select, search or switch them on. Besides the pages: the
 * document information (Title, Subject, Keywords, Author …), the XMP packet, bookmarks, page labels, annotations
 * (notes, form field values, alternative text) and embedded files, which are handed back to be read by kind.
 */
import { xmlPartLines } from './packageText.js';

export interface PdfReading {
  text: string;
  /** The document's Author, XMP dc:creator and the authors of notes: read for marks only (packageText.ts, PEOPLE_ELEMENTS). */
  people: string[];
  embedded: { name: string; data: Uint8Array }[];
}

interface Placed {
  str: string;
  x: number;
  y: number;
  height: number;
}

export async function pdfText(data: Uint8Array): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, disableFontFace: true,
    // Text extraction needs no glyph outlines; without this pdfjs warns about missing standard font files.
    verbosity: 0 }).promise;
  try {
    const lines: string[] = [];
    const more: string[] = [];
    const people: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const placed: Placed[] = [];
      let streamOrder = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        streamOrder += item.str + (item.hasEOL ? '\n' : '');
        if (item.str !== '') placed.push({ str: item.str, x: item.transform[4], y: item.transform[5], height: Math.abs(item.height) || Math.abs(item.transform[3]) || 1 });
      }
      lines.push(streamOrder);
      const shown = readingOrder(placed);
      if (shown.replace(/\s/g, '') !== streamOrder.replace(/\s/g, '')) more.push(shown);
      for (const annotation of await page.getAnnotations({ intent: 'any' } as never)) {
        const a = annotation as Record<string, unknown>;
        more.push(...annotationTexts(a));
        people.push(...textsOf(a.titleObj));
      }
    }
    const { info, metadata } = await doc.getMetadata();
    const { Author: author, ...rest } = (info ?? {}) as Record<string, unknown>;
    more.push(...infoTexts(rest));
    people.push(...textsOf(author));
    const xmp = (metadata as { getRaw?: () => unknown } | null)?.getRaw?.();
    if (typeof xmp === 'string') more.push(...xmlPartLines(xmp, people));
    more.push(...outlineTitles((await doc.getOutline()) ?? []));
    more.push(...((await doc.getPageLabels()) ?? []));
    const embedded: PdfReading['embedded'] = [];
    const files = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array; description?: string }>;
    for (const [key, file] of Object.entries(files)) {
      more.push(file.filename ?? key, file.description ?? '');
      if (file.content) embedded.push({ name: file.filename ?? key, data: file.content });
    }
    return { text: [...lines, ...more.filter((l) => l.trim() !== '')].join('\n'), people: people.filter((l) => l.trim() !== ''), embedded };
  } finally {
    await doc.destroy();
  }
}

/** Lines top to bottom (glyphs within half a line height share one), each left to right. */
function readingOrder(placed: Placed[]): string {
  const sorted = [...placed].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Placed[][] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) < Math.max(row[0].height, p.height) / 2) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x).map((p) => p.str).join('')).join('\n');
}

/** The strings in a pdfjs value: a string, an array of them, or an object with `str` (contentsObj, titleObj). */
function textsOf(v: unknown): string[] {
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(textsOf) : v && typeof v === 'object' && 'str' in v ? textsOf((v as { str: unknown }).str) : [];
}

/** What a viewer shows of an annotation besides its author: its note, subject, a field's value and name, alternative text. */
function annotationTexts(a: Record<string, unknown>): string[] {
  const str = textsOf;
  return [a.contentsObj, a.subject, a.fieldValue, a.fieldName, a.alternativeText, a.textContent, a.richText, a.buttonValue, a.options]
    .flatMap((v) => (Array.isArray(v) ? v.flatMap((o) => (o && typeof o === 'object' && 'displayValue' in o ? str((o as { displayValue: unknown }).displayValue) : str(o))) : str(v)));
}

/** The information dictionary's text entries, custom ones included. */
function infoTexts(info: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(info ?? {})) {
    if (key === 'Custom' && value && typeof value === 'object') out.push(...infoTexts(value as Record<string, unknown>));
    else if (typeof value === 'string' && !/^(PDFFormatVersion|Language|EncryptFilterName)$/.test(key)) out.push(value);
  }
  return out;
}

function outlineTitles(items: readonly { title: string; items: unknown[] }[]): string[] {
  return items.flatMap((i) => [i.title, ...outlineTitles(i.items as { title: string; items: unknown[] }[])]);
}

/*
 * Everything a PDF shows or carries as text, for the gate. The pages are read twice: in content-stream order
 * (what copy and paste gives) and in the order a reader sees them — lines top to bottom, glyphs left to right by
 * their coordinates — because a producer may draw `密★` before `机` and place them side by side. Invisible text
 * (render mode 3, the OCR layer of a scan) and text in optional-content layers, hidden or not, are page text:
 * pdfjs returns them with the rest, and a viewer can select, search or switch them on. Besides the pages: the
 * document information (Title, Subject, Keywords, Author …), the XMP packet, bookmarks, page labels, annotations
 * (notes, form field values, alternative text) and embedded files, which are handed back to be read by kind.
 * The pages reach the gate with their soft wraps joined (pdfReflow.ts), so a name the margin cut in two is read
 * whole; the same pages line by line, as pdfjs gives them, are kept apart and read for marks only.
 */
import { xmlPartLines } from './packageText.js';
import { reflowReadingOrder, reflowStreamOrder, rowsOf, type PdfPageRuns, type PdfRun } from './pdfReflow.js';

export interface PdfReading {
  text: string;
  /** The document's Author, XMP dc:creator and the authors of notes: read for marks only (packageText.ts, PEOPLE_ELEMENTS). */
  people: string[];
  /** The pages line by line, before soft wraps are joined: read for marks only, so a mark is found there as it always was. */
  layout: string[];
  embedded: { name: string; data: Uint8Array }[];
}

export async function pdfText(data: Uint8Array): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, disableFontFace: true,
    // Text extraction needs no glyph outlines; without this pdfjs warns about missing standard font files.
    verbosity: 0 }).promise;
  try {
    const layout: string[] = [];
    const pages: PdfPageRuns[] = [];
    const more: string[] = [];
    const people: string[] = [];
    let outOfOrder = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const placed: PdfRun[] = [];
      let streamOrder = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        streamOrder += item.str + (item.hasEOL ? '\n' : '');
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.abs(item.height) || Math.hypot(c, d) || Math.hypot(a, b) || 1;
        placed.push({ str: item.str, x, y, width: item.width, size, eol: item.hasEOL });
      }
      layout.push(streamOrder);
      const shown = readingOrder(placed.filter((p) => p.str !== ''));
      if (shown.replace(/\s/g, '') !== streamOrder.replace(/\s/g, '')) {
        layout.push(shown);
        outOfOrder = true;
      }
      pages.push({ runs: placed, width: Math.abs(page.view[2] - page.view[0]) });
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
    // Reading order is what a reader sees; a stream order that differs (columns, text drawn out of order) is read too.
    const reflowed = [reflowReadingOrder(pages), ...(outOfOrder ? [reflowStreamOrder(pages)] : [])];
    return {
      text: [...reflowed, ...more.filter((l) => l.trim() !== '')].join('\n'),
      people: people.filter((l) => l.trim() !== ''),
      layout: layout.filter((l) => l.trim() !== ''),
      embedded,
    };
  } finally {
    await doc.destroy();
  }
}

/** Lines top to bottom (glyphs within half a line height share one), each left to right. */
function readingOrder(placed: PdfRun[]): string {
  return rowsOf(placed).map((row) => row.map((p) => p.str).join('')).join('\n');
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

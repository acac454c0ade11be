import { localName, visitXml } from './xmlVisit.js';
import { readZipParts } from './zipLimits.js';

/*
 * Everything a ZIP-based document (DOCX, XLSX, OFD) carries as text, not only what a renderer shows: anyone who
 * downloads the published file can unhide a Word run, open the comments pane, show a hidden sheet or unzip it
 * and read the XML. So every XML part is read — body, headers and footers, footnotes, comments, text boxes,
 * deleted and inserted revisions, field codes and cached results, hidden sheets and rows, document properties,
 * image alt text — and the other parts (embedded documents, images) are handed back for the caller to read.
 *
 * A Word paragraph is read three ways when revisions or hidden runs change what it shows: everything it holds,
 * what Word shows by default (without hidden runs and deleted text) and the original before the revisions (without
 * insertions). `机<hidden>x</hidden>密★` then reads 机密★ where Word shows it, and a mark split by a revision is
 * found in the reading that joins it.
 *
 * Not mammoth (still in the stack for reading what a document shows): it renders the visible body only — hidden
 * runs, comments, headers, properties and other parts never reach its output, which is exactly what the gate must see.
 */

export interface PackageReading {
  /** One line per paragraph, shared string, cell, property value or attribute text. */
  text: string;
  /** Who wrote or edited the file or a comment (see PEOPLE_ELEMENTS): read for marks, not as personal data. */
  people: string[];
  /** Parts that are not XML (embedded documents, images), for the caller to read by their bytes. */
  embedded: { name: string; data: Uint8Array }[];
}

/**
 * Who wrote the file, a revision or a comment: the staff member at the keyboard (`dc:creator`, `cp:lastModifiedBy`,
 * `w:author`, an OFD's `Author`). Read so that a mark there blocks, but not as personal data of the people the
 * document is about: staff acting in office are not flagged, and flagging every author would refuse every file.
 */
const PEOPLE_ELEMENTS: ReadonlySet<string> = new Set(['creator', 'lastModifiedBy', 'Author', 'Manager']);
const PEOPLE_ATTRIBUTES: ReadonlySet<string> = new Set(['author', 'initials']);

/** Elements whose text runs on with their neighbours' in the same line (Word and DrawingML runs, OFD's TextCode). */
const RUN_TEXT: ReadonlySet<string> = new Set(['t', 'delText', 'instrText', 'TextCode']);
/** Elements that end a line even when their text sat in children: paragraphs, shared strings, cells, OFD text objects. */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'si', 'is', 'c', 'TextObject', 'comment', 'txbxContent']);
/**
 * Attributes the public reads: alt text and titles of pictures and shapes, tooltips, comment authors, simple
 * fields' codes, a cell's input and error messages (data validation, shown when the cell is selected).
 */
const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set(['descr', 'title', 'alt', 'tooltip', 'instr', 'prompt', 'promptTitle', 'error', 'errorTitle']);
/**
 * Attributes that hold text on some elements only: sheet names, a pivot cache's string items (`<s v="…"/>`), a
 * content control's title (`w:alias`, shown on its frame), style names (the style gallery) and document variables.
 */
const TEXT_ATTRIBUTE_OF: Readonly<Record<string, string>> = { sheet: 'name', s: 'v', alias: 'val', name: 'val', docVar: 'val' };
/** Deleted and moved-away content (shown struck through with track changes on, or in the original view). */
const DELETED: ReadonlySet<string> = new Set(['del', 'moveFrom']);
const INSERTED: ReadonlySet<string> = new Set(['ins', 'moveTo']);
const HIDING: ReadonlySet<string> = new Set(['vanish', 'specVanish', 'webHidden']);
const OFF = new Set(['0', 'false', 'off']);
/** A sheet's printed headers and footers: text interleaved with codes (&L &C &R sections, &P page, &"宋体,常规" font). */
const HEADER_FOOTER: ReadonlySet<string> = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);

/** The printed text: each section on a line of its own, field and format codes dropped (&& is a literal &). */
function sheetHeaderText(codes: string): string {
  return codes.replace(/&(&|[LCR]|"[^"]*"|\d+|[A-Za-z])/g, (_m, code: string) => (code === '&' ? '&' : /^[LCR]$/.test(code) ? '\n' : ''));
}

/** Package plumbing: relationship targets and content types are not text a reader sees. */
const isPlumbing = (name: string): boolean => name === '[Content_Types].xml' || name.endsWith('.rels');
const isXml = (name: string): boolean => /\.(xml|vml|svg)$/i.test(name);

export function packageText(data: Uint8Array, fileName: string): PackageReading {
  const parts = readZipParts(data, fileName, (name) => !isPlumbing(name) && !name.endsWith('/'));
  const lines: string[] = [];
  const people: string[] = [];
  const embedded: PackageReading['embedded'] = [];
  for (const [name, bytes] of Object.entries(parts)) {
    if (isXml(name)) lines.push(...xmlPartLines(new TextDecoder('utf-8').decode(bytes), people));
    else embedded.push({ name, data: bytes });
  }
  return { text: lines.join('\n'), people, embedded };
}

/**
 * The lines of one XML part, with a paragraph's other readings after it when they differ (see above); the text
 * naming who wrote the file or a comment goes to `people` instead.
 */
export function xmlPartLines(xml: string, people: string[]): string[] {
  const lines: string[] = [];
  let all = '';
  let shown = '';
  let original = '';
  let deleted = 0;
  let inserted = 0;
  let run = 0;
  let hiddenRun = false;
  // Whether the element at each depth received text directly: such an element (a property value, a <v>) ends a line.
  const direct: boolean[] = [];
  const names: string[] = [];
  // A sheet header's text arrives in pieces (the parser splits it at each &amp;): decoded once it is whole.
  let codes = '';
  // Inside an element naming an author (XMP wraps the name in rdf:Seq/rdf:li): its text goes to `people`.
  let inPeople = 0;
  let person = '';
  const flush = (): void => {
    if (all.trim() !== '') lines.push(all);
    if (shown !== all && shown.trim() !== '') lines.push(shown);
    if (original !== all && original !== shown && original.trim() !== '') lines.push(original);
    all = shown = original = '';
  };
  const add = (text: string): void => {
    all += text;
    if (deleted === 0 && !hiddenRun) shown += text;
    if (inserted === 0) original += text;
  };
  visitXml(xml, {
    open: (name, attributes) => {
      // A text box's paragraphs sit inside the paragraph that anchors it: they are lines of their own.
      if (BLOCKS.has(name)) flush();
      direct.push(false);
      names.push(name);
      if (PEOPLE_ELEMENTS.has(name)) inPeople++;
      if (DELETED.has(name)) deleted++;
      else if (INSERTED.has(name)) inserted++;
      else if (name === 'r') {
        run++;
        hiddenRun = false;
      } else if (run > 0 && HIDING.has(name)) {
        const value = Object.entries(attributes).find(([key]) => localName(key) === 'val')?.[1];
        hiddenRun = value === undefined || !OFF.has(value.toLowerCase());
      } else if (name === 'tab') add('\t');
      else if (name === 'br' || name === 'cr') add('\n');
      for (const [key, value] of Object.entries(attributes)) {
        const attribute = localName(key);
        if (value.trim() === '') continue;
        if (PEOPLE_ATTRIBUTES.has(attribute)) people.push(value);
        else if (TEXT_ATTRIBUTES.has(attribute) || TEXT_ATTRIBUTE_OF[name] === attribute) lines.push(value);
      }
    },
    text: (text) => {
      const element = names[names.length - 1] ?? '';
      // A spreadsheet cell's value: a number or the index of a shared string (read from sharedStrings.xml). The
      // sheets' values are read in their layout by exceljs (attachmentFiles.ts), so here they would be noise.
      if (element === 'v') return;
      if (inPeople > 0) {
        person += text;
        return;
      }
      if (HEADER_FOOTER.has(element)) {
        codes += text;
        return;
      }
      if (!RUN_TEXT.has(element) && text.trim() === '') return;
      direct[direct.length - 1] = true;
      add(text);
    },
    close: (name) => {
      if (HEADER_FOOTER.has(name)) {
        add(sheetHeaderText(codes));
        codes = '';
        direct[direct.length - 1] = true;
      }
      const hadText = direct.pop() === true;
      names.pop();
      if (PEOPLE_ELEMENTS.has(name) && inPeople > 0 && --inPeople === 0) {
        if (person.trim() !== '') people.push(person);
        person = '';
      }
      if (DELETED.has(name)) deleted--;
      else if (INSERTED.has(name)) inserted--;
      else if (name === 'r') {
        run--;
        hiddenRun = false;
      }
      if (BLOCKS.has(name) || (hadText && !RUN_TEXT.has(name))) flush();
    },
  });
  flush();
  return lines;
}

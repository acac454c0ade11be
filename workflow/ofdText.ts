import { visitXml } from './xmlVisit.js';
import { readZipParts } from './zipLimits.js';

/*
 * The text of an OFD document (GB/T 33190-2016, the state's fixed-layout format): a ZIP of XML parts.
 * OFD.xml names each document's root (DocBody/DocRoot, e.g. Doc_0/Document.xml); the document lists its pages
 * in reading order (Pages/Page@BaseLoc, relative to the document's folder, or absolute from the package root);
 * each page's content holds TextObject elements whose TextCode children carry the characters. One line per
 * TextObject, pages one after another: what the gate scans, as it scans a PDF's text.
 */

/** The text of the elements named `element` (their text children concatenated), in document order. */
function textsOf(xml: string, element: string): string[] {
  const found: string[] = [];
  let depth = 0;
  visitXml(xml, {
    open: (name) => {
      if (name === element) {
        if (depth === 0) found.push('');
        depth += 1;
      }
    },
    text: (text) => {
      if (depth > 0) found[found.length - 1] += text;
    },
    close: (name) => {
      if (name === element && depth > 0) depth -= 1;
    },
  });
  return found;
}

/** `href` resolved against the folder of `base` (a package path), or from the root when absolute. */
function resolvePart(base: string, href: string): string {
  const trimmed = href.trim().replace(/\\/g, '/');
  const segments = trimmed.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** A part the package names must be there: a missing one is a damaged file, never a file without text. */
function decode(parts: Record<string, Uint8Array>, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`OFD part ${name} is missing`);
  return new TextDecoder('utf-8').decode(part);
}

/** Reads only the parts it needs, each through the archive limits (`readZipParts`). */
export function ofdText(data: Uint8Array, fileName: string): string {
  const one = (name: string): string => decode(readZipParts(data, fileName, (n) => n === name), name);
  const roots = textsOf(one('OFD.xml'), 'DocRoot').map((root) => resolvePart('OFD.xml', root));
  if (roots.length === 0) throw new Error('OFD.xml names no DocRoot');
  const pages = roots.flatMap((root) => {
    const locations: string[] = [];
    visitXml(one(root), {
      open: (name, attributes) => {
        if (name === 'Page' && attributes.BaseLoc) locations.push(resolvePart(root, attributes.BaseLoc));
      },
    });
    return locations;
  });
  const wanted = new Set(pages);
  const contents = readZipParts(data, fileName, (name) => wanted.has(name));
  return pages.map((page) => pageText(decode(contents, page))).filter(Boolean).join('\n');
}

/** One line per TextObject: its TextCode runs, in order. */
function pageText(xml: string): string {
  const lines: string[] = [];
  let inObject = 0;
  let inCode = 0;
  visitXml(xml, {
    open: (name) => {
      if (name === 'TextObject') {
        if (inObject === 0) lines.push('');
        inObject += 1;
      } else if (name === 'TextCode') inCode += 1;
    },
    text: (text) => {
      if (inObject > 0 && inCode > 0) lines[lines.length - 1] += text;
    },
    close: (name) => {
      if (name === 'TextObject' && inObject > 0) inObject -= 1;
      else if (name === 'TextCode' && inCode > 0) inCode -= 1;
    },
  });
  return lines.filter((line) => line.trim() !== '').join('\n');
}

import { DomUtils, Parser, parseDocument } from 'htmlparser2';

/** Parsed HTML with the few queries the portal tests need. */
export type Doc = ReturnType<typeof parseDocument>;
export type El = Parameters<Parameters<typeof DomUtils.findAll>[0]>[0];

export function parseHtml(markup: string): Doc {
  return parseDocument(markup, { decodeEntities: true });
}

export function all(doc: Doc | El, test: (el: El) => boolean): El[] {
  return DomUtils.findAll(test, 'children' in doc ? doc.children : []);
}

export function byTag(doc: Doc | El, name: string): El[] {
  return all(doc, (e) => e.name === name);
}

export function text(el: Doc | El): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

const FOCUSABLE = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary']);

/** Elements reachable with Tab, in document order (what a keyboard user meets first). */
export function focusable(doc: Doc): El[] {
  return all(doc, (e) => {
    const tabindex = e.attribs.tabindex;
    if (tabindex !== undefined) return Number(tabindex) >= 0;
    if (e.name === 'a') return e.attribs.href !== undefined;
    if (e.name === 'input') return e.attribs.type !== 'hidden';
    return FOCUSABLE.has(e.name);
  });
}

/**
 * Well-formedness of an XML document, as far as a non-validating parser lets us see: every end tag closes
 * the innermost open element (htmlparser2 would silently imply the others), one root element, no text
 * outside it, and no bare `&` or `<` in character data outside CDATA sections.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let explicitCloses = 0;
  // htmlparser2 reports both `<a/>` and an end tag it had to invent as implied closes; only the source
  // text of the current token tells them apart.
  const selfClosing = () => xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (stack.length === 0) roots++;
        stack.push(name);
      },
      onclosetag(name, isImplied) {
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> closes <${open}>`);
        if (!isImplied) explicitCloses++;
        else if (!selfClosing()) problems.push(`<${name}> never closed`);
      },
      ontext(t) {
        if (stack.length === 0 && t.trim()) problems.push(`text outside root: ${t.trim().slice(0, 20)}`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (roots !== 1) problems.push(`${roots} root elements`);
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  // End tags that matched nothing are dropped by the parser without a callback; count them from the text.
  if ((outsideCdata.match(/<\//g) ?? []).length !== explicitCloses) problems.push('unmatched end tag');
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(outsideCdata)) problems.push('bare &');
  // Between tags, a "<" can only start markup.
  if (/<(?![?!/A-Za-z])/.test(outsideCdata)) problems.push('bare <');
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) problems.push('control character');
  return problems;
}

export function parseXml(xml: string): Doc {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

/** The first direct child element called `name`. */
export function child(el: El, name: string): El | null {
  return DomUtils.findOne((e) => e.name === name, el.children, false);
}

/*
 * A tiny PDF writer for the hidden-marks tests: Chinese text in a Type0 font (Identity-H with a ToUnicode map,
 * no embedded glyphs — what pdfjs needs to extract text), each text object placed by coordinates and drawn in
 * the order given, with the places a PDF carries text besides its pages: the document information dictionary,
 * an XMP packet, bookmarks, annotations, form fields, embedded files, page labels and optional-content layers.
 */

export interface PdfText {
  text: string;
  x: number;
  y: number;
  /** Text render mode: 3 is invisible (what OCR layers use). */
  mode?: number;
  /** Drawn inside the optional-content group of that name. */
  layer?: string;
  /** Font size in points (default 12); every glyph is one em wide. */
  size?: number;
}

export interface PdfSpec {
  pages: PdfText[][];
  info?: Record<string, string>;
  xmp?: string;
  outline?: string[];
  /** Text annotations (sticky notes) on the first page. */
  notes?: string[];
  /** Text fields on the first page: name → value. */
  fields?: Record<string, string>;
  attachments?: { name: string; data: Buffer }[];
  pageLabels?: string[];
  /** Layers whose default state is OFF. */
  hiddenLayers?: string[];
}

/** A PDF text string in UTF-16BE with a BOM, as hex: any Unicode text survives. */
const utf16 = (s: string): string => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

export function pdfDocument(spec: PdfSpec): Buffer {
  const objects: (string | Buffer)[] = [];
  const ref = (i: number): string => `${i + 1} 0 R`;
  const add = (body: string | Buffer): number => objects.push(body) - 1;
  const stream = (dict: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

  // One CID per distinct character, in order of first use; ToUnicode maps each back.
  const cids = new Map<string, number>();
  for (const page of spec.pages) for (const t of page) for (const ch of t.text) if (!cids.has(ch)) cids.set(ch, cids.size + 1);
  const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();
  const unicodeHex = (ch: string): string => Buffer.from(ch, 'utf16le').swap16().toString('hex').toUpperCase();
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${cids.size} beginbfchar`, ...[...cids].map(([ch, cid]) => `<${hex4(cid)}> <${unicodeHex(ch)}>`), 'endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(stream('', Buffer.from(cmap, 'latin1')));
  const descriptor = add('<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${ref(descriptor)} /DW 1000 >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);

  const layerNames = [...new Set(spec.pages.flatMap((p) => p.flatMap((t) => (t.layer ? [t.layer] : []))))];
  const layers = new Map(layerNames.map((name) => [name, add(`<< /Type /OCG /Name ${utf16(name)} >>`)]));

  const pageRefs: number[] = [];
  const noteRefs: number[] = [];
  const fieldRefs: number[] = [];
  spec.pages.forEach((texts, p) => {
    const ops = texts.map((t) => {
      const code = [...t.text].map((ch) => hex4(cids.get(ch)!)).join('');
      const draw = `BT /F1 ${t.size ?? 12} Tf ${t.mode ?? 0} Tr ${t.x} ${t.y} Td <${code}> Tj ET`;
      return t.layer ? `/OC /${t.layer.replace(/\W/g, '') || 'L'}${layerNames.indexOf(t.layer)} BDC ${draw} EMC` : draw;
    });
    const content = add(stream('', Buffer.from(ops.join('\n'), 'latin1')));
    const properties = layerNames.map((name, i) => `/${name.replace(/\W/g, '') || 'L'}${i} ${ref(layers.get(name)!)}`).join(' ');
    const annots: number[] = [];
    if (p === 0) {
      for (const note of spec.notes ?? []) annots.push(add(`<< /Type /Annot /Subtype /Text /Rect [100 100 120 120] /Contents ${utf16(note)} /T ${utf16('审核人')} >>`));
      for (const [name, value] of Object.entries(spec.fields ?? {})) {
        annots.push(add(`<< /Type /Annot /Subtype /Widget /FT /Tx /T ${utf16(name)} /V ${utf16(value)} /Rect [100 200 300 220] /F 4 >>`));
        fieldRefs.push(annots[annots.length - 1]);
      }
      noteRefs.push(...annots);
    }
    // The page object's index is known once its content is: pages are added after everything they point at.
    pageRefs.push(add(`PAGE:${content}:${properties}:${annots.join(',')}`));
  });
  const pages = add(`<< /Type /Pages /Kids [${pageRefs.map(ref).join(' ')}] /Count ${pageRefs.length} >>`);
  pageRefs.forEach((i) => {
    const [, content, properties, annots] = (objects[i] as string).split(':');
    objects[i] = `<< /Type /Page /Parent ${ref(pages)} /MediaBox [0 0 595 842] /Contents ${ref(Number(content))} /Resources << /Font << /F1 ${ref(font)} >>${properties ? ` /Properties << ${properties} >>` : ''} >>${annots ? ` /Annots [${annots.split(',').map((a) => ref(Number(a))).join(' ')}]` : ''} >>`;
  });

  const catalog: string[] = ['/Type /Catalog', `/Pages ${ref(pages)}`];
  if (spec.outline?.length) {
    const outlines = add('OUTLINES');
    const items = spec.outline.map((title) => add(title));
    items.forEach((i, k) => {
      const title = objects[i] as string;
      objects[i] = `<< /Title ${utf16(title)} /Parent ${ref(outlines)}${k > 0 ? ` /Prev ${ref(items[k - 1])}` : ''}${k + 1 < items.length ? ` /Next ${ref(items[k + 1])}` : ''} /Dest [${ref(pageRefs[0])} /Fit] >>`;
    });
    objects[outlines] = `<< /Type /Outlines /First ${ref(items[0])} /Last ${ref(items[items.length - 1])} /Count ${items.length} >>`;
    catalog.push(`/Outlines ${ref(outlines)}`);
  }
  if (spec.xmp) catalog.push(`/Metadata ${ref(add(stream('/Type /Metadata /Subtype /XML', Buffer.from(spec.xmp, 'utf8'))))}`);
  if (fieldRefs.length) catalog.push(`/AcroForm << /Fields [${fieldRefs.map(ref).join(' ')}] >>`);
  if (spec.attachments?.length) {
    const names = spec.attachments.map((a) => {
      const file = add(stream('/Type /EmbeddedFile', a.data));
      return `${utf16(a.name)} ${ref(add(`<< /Type /Filespec /F ${utf16(a.name)} /UF ${utf16(a.name)} /EF << /F ${ref(file)} >> >>`))}`;
    });
    catalog.push(`/Names << /EmbeddedFiles << /Names [${names.join(' ')}] >> >>`);
  }
  if (spec.pageLabels?.length) catalog.push(`/PageLabels << /Nums [${spec.pageLabels.map((l, i) => `${i} << /P ${utf16(l)} >>`).join(' ')}] >>`);
  if (layerNames.length) {
    const off = (spec.hiddenLayers ?? []).map((n) => layers.get(n)).filter((i): i is number => i !== undefined);
    catalog.push(`/OCProperties << /OCGs [${[...layers.values()].map(ref).join(' ')}] /D << /Order [${[...layers.values()].map(ref).join(' ')}] /OFF [${off.map(ref).join(' ')}] >> >>`);
  }
  const catalogIndex = add(`<< ${catalog.join(' ')} >>`);
  const info = spec.info ? add(`<< ${Object.entries(spec.info).map(([k, v]) => `/${k} ${utf16(v)}`).join(' ')} >>`) : null;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${ref(catalogIndex)}${info !== null ? ` /Info ${ref(info)}` : ''} >>\nstartxref\n${size}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}

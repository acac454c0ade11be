import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';

/*
 * Real documents generated in the test, for the upload → scan → approve path: what pdfjs-dist and mammoth
 * read in production, never a fixture copied from elsewhere.
 */

/** A one-page PDF 1.4 with `lines` in Helvetica, cross-reference offsets computed: what pdfjs reads. */
export function pdfWith(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A DOCX with one paragraph per string. */
export const docxWith = (paragraphs: string[]): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));

const OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An OFD package (GB/T 33190) as office suites write one: OFD.xml → Doc_0/Document.xml → one Content.xml per
 * page, each line a TextObject. A line given as an array is split over several TextCode runs (as producers do
 * at a font or spacing change). Pages are stored in the archive in reverse, so only Document.xml gives their order.
 */
export function ofdWith(pages: (string | string[])[][]): Buffer {
  const page = (lines: (string | string[])[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${OFD_NS}><ofd:Content><ofd:Layer ID="${pages.length + 10}">` +
    lines.map((line, i) => `<ofd:TextObject ID="${100 + i}" Boundary="20 ${30 + i * 8} 170 6" Font="3" Size="4.2">` +
      (Array.isArray(line) ? line : [line]).map((run, j) => `<ofd:TextCode X="${j * 20}" Y="4.2">${xmlEscape(run)}</ofd:TextCode>`).join('') + '</ofd:TextObject>').join('') +
    '</ofd:Layer></ofd:Content></ofd:Page>';
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>synthetic-test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`),
    'Doc_0/Document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${OFD_NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>` +
      pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="${i === 0 ? '' : '/Doc_0/'}Pages/Page_${i}/Content.xml"/>`).join('') + '</ofd:Pages></ofd:Document>'),
  };
  for (let i = pages.length - 1; i >= 0; i--) files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(page(pages[i]));
  return Buffer.from(zipSync(files));
}

/** The archive with every part's declared (inflated) size set to `bytes` in its central directory: a zip bomb's claim. */
export function declaringInflatedSize(zip: Buffer, bytes: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = out.indexOf('PK\x01\x02', at + 4, 'latin1')) out.writeUInt32LE(bytes, at + 24);
  return out;
}

/** `POST /media` as a client does: the raw file, its name in the query, the bearer token. */
export async function uploadFile(baseUrl: string, token: string | null, contentId: string, filename: string, data: Buffer): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/media?contentId=${contentId}&filename=${encodeURIComponent(filename)}`, {
    method: 'POST', body: new Uint8Array(data), headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: await res.json() };
}

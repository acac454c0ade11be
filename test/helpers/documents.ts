import { Document, Packer, Paragraph } from 'docx';

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

/** `POST /media` as a client does: the raw file, its name in the query, the bearer token. */
export async function uploadFile(baseUrl: string, token: string | null, contentId: string, filename: string, data: Buffer): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/media?contentId=${contentId}&filename=${encodeURIComponent(filename)}`, {
    method: 'POST', body: new Uint8Array(data), headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: await res.json() };
}

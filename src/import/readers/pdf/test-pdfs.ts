import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../../export/pdf-renderer';

/**
 * PDFs for the reader's tests: small ones written object by object (a scan of pictures only,
 * a password-protected one), and pages printed by Chromium from HTML with positioned boxes, a
 * table and SVG arrows, as a browser or an Office "save as PDF" writes them.
 */

/** A PDF of the given objects (numbered from 1, the first the catalog), with a correct xref table. */
function assemble(objects: (string | Uint8Array)[], trailerExtra = ''): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode('%PDF-1.4\n')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const body = typeof o === 'string' ? encoder.encode(o) : o;
    for (const part of [encoder.encode(`${i + 1} 0 obj\n`), body, encoder.encode('\nendobj\n')]) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(
    encoder.encode(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Pages that each show one large picture and no text: what a scanner produces. */
export function scannedPdf(pages: number): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    const page = objects.length + 1;
    kids.push(`${page} 0 R`);
    const content = 'q 500 0 0 700 50 50 cm /Im1 Do Q';
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\nABCD\nendstream',
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return assemble(objects);
}

/**
 * A PDF under the standard security handler whose user password is not empty: a reader must
 * ask for the password before it can show anything.
 */
export function passwordPdf(): Uint8Array {
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O ${hex32('5a')} /U ${hex32('a5')} >>`,
    ],
    `/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `,
  );
}

export const haveChromium = existsSync(CHROMIUM_PATH);

/** HTML printed to PDF by Chromium on a page of the given size in CSS pixels (0.75 pt each). */
export async function printedPdf(html: string, width = 800, height = 600): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<html><head><meta charset="utf-8"><style>body{margin:0;font-family:'Noto Sans CJK TC',sans-serif}</style></head><body>${html}</body></html>`,
    );
    return new Uint8Array(
      await page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true }),
    );
  } finally {
    await browser.close();
  }
}

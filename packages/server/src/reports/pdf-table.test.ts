import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { REPORT_FONTS } from './pdf-fonts.ts';
import { drawTable } from './pdf-table.ts';

/** A tagged PDF holding one table of `rows` rows, written by drawTable. */
function tablePdf(rows: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, tagged: true, lang: 'en', font: REPORT_FONTS.regular });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawTable(
    doc,
    root,
    {
      caption: 'Stakeholders per city',
      head: ['City name', 'Stakeholders'],
      rows: Array.from({ length: rows }, (_, i) => [`Town ${i + 1}`, String(i * 3)]),
    },
    { ...REPORT_FONTS, rtl: false },
  );
  root.end();
  doc.end();
  return done;
}

interface Node {
  role?: string;
  children?: Node[];
}
const count = (n: Node | null, role: string): number =>
  n ? (n.role === role ? 1 : 0) + (n.children ?? []).reduce((s, c) => s + count(c, role), 0) : 0;

describe('tagged PDF tables', () => {
  it('repeats the header row on every page the table continues on, tagged once', async () => {
    const pdf = await getDocument({ data: new Uint8Array(await tablePdf(150)) }).promise;
    try {
      expect(pdf.numPages).toBeGreaterThanOrEqual(3);
      const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
      for (const page of pages) {
        const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).filter(Boolean);
        expect(text.slice(0, 4).join(' '), `page ${page.pageNumber}`).toContain('City name');
      }
      // Summed over the pages' structure trees: the header cells are tagged once (their repeats are
      // artifacts), each row's first cell is a row header, and no row is split across pages.
      const trees = await Promise.all(pages.map(async (p) => (await p.getStructTree()) as Node | null));
      const total = (role: string) => trees.reduce((s, t) => s + count(t, role), 0);
      expect(total('Table')).toBe(pdf.numPages);
      expect(total('TH')).toBe(2 + 150);
      expect(total('TD')).toBe(150);
      expect(total('TR')).toBe(151);
    } finally {
      await pdf.destroy();
    }
  });
});

import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { reportBlocks, type ReportBlock, type ReportModel, type Translate } from '@convivio/web';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = { regular: `${FONT_DIR}/DejaVuSans.ttf`, bold: `${FONT_DIR}/DejaVuSans-Bold.ttf` };

/** DejaVu Sans (covers Greek, Cyrillic, accents) when installed, else the built-in Helvetica. */
function fonts(): { regular: string; bold: string } {
  return fs.existsSync(FONTS.regular) && fs.existsSync(FONTS.bold)
    ? FONTS
    : { regular: 'Helvetica', bold: 'Helvetica-Bold' };
}

function drawBlock(
  doc: PDFKit.PDFDocument,
  b: ReportBlock,
  f: { regular: string; bold: string },
  outline: { l2: PDFKit.PDFOutline | null },
): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const x = doc.page.margins.left;
  switch (b.kind) {
    case 'heading': {
      const size = b.level === 1 ? 22 : b.level === 2 ? 16 : 12.5;
      if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
      doc
        .moveDown(b.level === 3 ? 0.6 : 1)
        .font(f.bold)
        .fontSize(size)
        .fillColor(b.level === 2 ? '#063f78' : '#1b1b1f')
        .text(b.text, x, doc.y, { width });
      doc.fillColor('#1b1b1f').moveDown(0.3);
      if (b.level <= 2) outline.l2 = doc.outline.addItem(b.text);
      else (outline.l2 ?? doc.outline).addItem(b.text);
      return;
    }
    case 'paragraph':
      doc
        .font(f.regular)
        .fontSize(b.small ? 8.5 : 10.5)
        .fillColor(b.small ? '#50505a' : '#1b1b1f')
        .text(b.text, x, doc.y, { width, paragraphGap: 5 });
      doc.fillColor('#1b1b1f');
      return;
    case 'list':
      doc.font(f.regular).fontSize(10.5).list(b.items, x, doc.y, { width, bulletRadius: 2, paragraphGap: 3 });
      doc.moveDown(0.5);
      return;
    case 'table':
      doc.font(f.bold).fontSize(10).text(b.caption, x, doc.y, { width }).moveDown(0.2);
      doc
        .font(f.regular)
        .fontSize(8.5)
        .table({
          position: { x },
          maxWidth: width,
          defaultStyle: { padding: 3, border: 0.5, borderColor: '#8a8a96' },
          data: [
            b.head.map((h) => ({ text: h, type: 'TH' as const, font: { src: f.bold }, backgroundColor: '#eef2f8' })),
            ...b.rows,
          ],
        });
      doc.moveDown(0.8);
      return;
    case 'fields':
      for (const [k, v] of b.rows) {
        doc.font(f.bold).fontSize(9.5).text(k, x, doc.y, { width });
        doc.font(f.regular).fontSize(10).text(v, x, doc.y, { width, paragraphGap: 6 });
      }
      doc.moveDown(0.5);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

/**
 * The report as a PDF (A4, bookmarks for every section, city and practice, page numbers).
 * `compress: false` keeps content streams readable (for inspection).
 */
export function reportPdf(m: ReportModel, t: Translate, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const f = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    compress: opts.compress ?? true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${t('report.title')}: ${m.cities.map((c) => c.name).join(', ')}`,
      Author: 'Convivio',
      Subject: t('report.subtitle', { cities: m.cities.map((c) => c.name).join(', ') }),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const outline = { l2: null as PDFKit.PDFOutline | null };
  for (const b of reportBlocks(m, t)) drawBlock(doc, b, f, outline);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(f.regular)
      .fontSize(8)
      .fillColor('#50505a')
      .text(`${t('report.title')} · ${i + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - 36, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

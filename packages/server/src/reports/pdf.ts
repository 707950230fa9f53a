import PDFDocument from 'pdfkit';
import { reportBlocks, type ReportBlock, type ReportModel, type Translate } from '@convivio/web';
import { contentsPages, drawContents, type ContentsEntry } from './pdf-contents.ts';
import { exactFontCodes } from './pdf-font-codes.ts';
import { registerReportFonts, reportFonts, type ReportFonts } from './pdf-fonts.ts';
import { drawText } from './pdf-text.ts';
import { drawTable } from './pdf-table.ts';

const INK = '#1b1b1f';
const MUTED = '#50505a';
const HEADING = { 1: { size: 22, color: INK }, 2: { size: 16, color: '#063f78' }, 3: { size: 12.5, color: INK } };

/** Where the renderer is: the document's structure root, the open bookmark, the headings met so far. */
interface Pen {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  f: ReportFonts;
  l2: PDFKit.PDFOutline | null;
  contents: ContentsEntry[];
}

const width = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: PDFKit.PDFDocument) => doc.page.margins.left;
const roomLeft = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom - doc.y;

/** One structure element whose content is drawn by `draw` (tagged as it is drawn, across page breaks). */
const tagged = (p: Pen, type: string, draw: () => void) => p.root.add(p.doc.struct(type, {}, draw));

function heading(p: Pen, b: Extract<ReportBlock, { kind: 'heading' }>): void {
  const { doc, f } = p;
  if (roomLeft(doc) < 90) doc.addPage();
  doc.moveDown(b.level === 3 ? 0.6 : 1);
  const style = HEADING[b.level];
  tagged(p, `H${b.level}`, () => {
    doc.fillColor(style.color);
    drawText(doc, b.text, left(doc), doc.y, f, { width: width(doc), size: style.size, bold: true });
  });
  doc.fillColor(INK).moveDown(0.3);
  if (b.level === 1) doc.outline.addItem(b.text);
  else if (b.level === 2) p.l2 = doc.outline.addItem(b.text);
  else (p.l2 ?? doc.outline).addItem(b.text);
  if (b.level > 1) p.contents.push({ level: b.level as 2 | 3, text: b.text, page: pageNumber(doc) });
}

/** The current page's number (1-based) among the buffered pages. */
function pageNumber(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

function paragraph(p: Pen, text: string, small = false, bold = false): void {
  const { doc, f } = p;
  tagged(p, 'P', () => {
    doc.fillColor(small ? MUTED : INK);
    const size = small ? 8.5 : bold ? 9.5 : 10.5;
    drawText(doc, text, left(doc), doc.y, f, { width: width(doc), size, bold, paragraphGap: bold ? 1 : 5 });
  });
  doc.fillColor(INK);
}

/** A bulleted list: L › LI › Lbl (the bullet) + LBody (the text). */
function list(p: Pen, items: string[]): void {
  const { doc, f } = p;
  const l = doc.struct('L');
  p.root.add(l);
  for (const item of items) {
    doc.font(f.regular).fontSize(10.5);
    if (roomLeft(doc) < doc.currentLineHeight(true) * 2) doc.addPage();
    const top = doc.y;
    const li = doc.struct('LI');
    l.add(li);
    // The bullet at the line's start: the left margin, or the right one in a right-to-left report.
    const bulletAt = f.rtl ? left(doc) + width(doc) - 14 : left(doc) + 4;
    li.add(doc.struct('Lbl', {}, () => doc.text('•', bulletAt, top, { width: 10 })));
    const body = { width: width(doc) - 16, size: 10.5, paragraphGap: 3 };
    li.add(doc.struct('LBody', {}, () => drawText(doc, item, f.rtl ? left(doc) : left(doc) + 16, top, f, body)));
    li.end();
  }
  l.end();
  doc.x = left(doc);
  doc.moveDown(0.5);
}

function drawBlock(p: Pen, b: ReportBlock): void {
  switch (b.kind) {
    case 'heading':
      return heading(p, b);
    case 'paragraph':
      // A link to the platform's own page means nothing on paper.
      if (!b.href) paragraph(p, b.text, b.small);
      return;
    case 'list':
      return list(p, b.items);
    case 'table':
      return drawTable(p.doc, p.root, b, p.f);
    case 'fields':
      // The template's fields: each label a fourth-level heading over its text.
      for (const [k, v] of b.rows) {
        if (roomLeft(p.doc) < 50) p.doc.addPage();
        tagged(p, 'H4', () =>
          drawText(p.doc, k, left(p.doc), p.doc.y, p.f, { width: width(p.doc), size: 9.5, bold: true }),
        );
        paragraph(p, v);
      }
      p.doc.moveDown(0.5);
      return;
    case 'pageBreak':
      p.doc.addPage();
      return;
  }
}

/** The running footer (report title and page number) of every page: a pagination artifact. */
function footers(doc: PDFKit.PDFDocument, f: ReportFonts, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.fillColor(MUTED);
    drawText(doc, `${title} · ${i + 1} / ${range.count}`, left(doc), doc.page.height - 36, f, {
      width: width(doc),
      size: 8,
      align: 'center',
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The report as a tagged PDF (PDF/UA): a structure tree in reading order (headings,
 * paragraphs, lists, tables with header cells), the document language and title, the
 * Noto Sans fonts embedded (Arabic script in Noto Sans Arabic, right to left in ar, fa-AF, ps), a table of contents page, bookmarks for every section, city
 * and practice, and page numbers marked as artifacts. `compress: false` keeps content
 * streams readable (for inspection).
 */
export function reportPdf(
  m: ReportModel,
  t: Translate,
  opts: { compress?: boolean; lang?: string } = {},
): Promise<Buffer> {
  const f = reportFonts(opts.lang ?? 'en');
  const cities = m.cities.map((c) => c.name).join(', ');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    compress: opts.compress ?? true,
    pdfVersion: '1.7',
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: opts.lang ?? 'en',
    displayTitle: true,
    info: {
      Title: `${t('report.title')}: ${cities}`,
      Author: 'Convivio',
      Subject: t('report.subtitle', { cities }),
    },
  });
  registerReportFonts(doc);
  doc.font(f.regular);
  exactFontCodes(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const pen: Pen = { doc, root, f, l2: null, contents: [] };
  const blocks = reportBlocks(m, t);
  const firstSection = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  for (const b of blocks.slice(0, firstSection)) drawBlock(pen, b);

  // The table of contents: its pages are reserved now and written once every heading's page is known.
  const listed = blocks.filter(
    (b): b is Extract<ReportBlock, { kind: 'heading'; level: 2 | 3 }> => b.kind === 'heading' && b.level > 1,
  );
  const contentsSection = doc.struct('Sect');
  root.add(contentsSection);
  doc.addPage();
  const contentsPage = pageNumber(doc) - 1;
  doc.outline.addItem(t('report.contents'));
  for (let i = 1; i < contentsPages(doc, listed, f); i++) doc.addPage();
  doc.addPage();

  for (const b of blocks.slice(firstSection)) drawBlock(pen, b);
  drawContents(doc, contentsSection, contentsPage, t('report.contents'), pen.contents, f);
  footers(doc, f, t('report.title'));
  doc.end();
  return done;
}

import type { ReportFonts } from './pdf-fonts.ts';
import { drawText, textHeight, textWidth } from './pdf-text.ts';

const PAD = 3;
const SIZE = 8.5;
const BORDER = '#8a8a96';
const HEAD_FILL = '#eef2f8';

export interface PdfTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** Column widths: each column's share follows its longest text (capped), so short columns stay narrow. */
function columnWidths(doc: PDFKit.PDFDocument, t: PdfTable, f: ReportFonts, width: number): number[] {
  const natural = t.head.map((h, i) => {
    let w = textWidth(doc, h, f, { size: SIZE, bold: true });
    for (const r of t.rows) w = Math.max(w, textWidth(doc, r[i] ?? '', f, { size: SIZE }));
    return Math.min(w, 220) + 2 * PAD + 4;
  });
  const total = natural.reduce((a, b) => a + b, 0);
  return natural.map((w) => (w / total) * width);
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], widths: number[], f: ReportFonts, bold: boolean): number {
  const height = (c: string, i: number) =>
    textHeight(doc, c || ' ', f, { width: widths[i]! - 2 * PAD, size: SIZE, bold });
  return Math.max(...cells.map(height)) + 2 * PAD;
}

/** Each column's left edge: the first column on the left, or on the right in a right-to-left report. */
function columnLefts(x: number, widths: number[], rtl: boolean): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  let edge = 0;
  return widths.map((w) => {
    const at = rtl ? x + total - edge - w : x + edge;
    edge += w;
    return at;
  });
}

/** The borders and fill of one row: decoration, marked as an artifact so assistive technology skips it. */
function drawFrame(doc: PDFKit.PDFDocument, x: number, y: number, widths: number[], h: number, header: boolean): void {
  doc.markContent('Artifact', { type: 'Layout' });
  let cx = x;
  for (const w of widths) {
    if (header) doc.rect(cx, y, w, h).fill(HEAD_FILL);
    doc.lineWidth(0.5).rect(cx, y, w, h).stroke(BORDER);
    cx += w;
  }
  doc.fillColor('#1b1b1f').endMarkedContent();
}

function drawTexts(
  doc: PDFKit.PDFDocument,
  cells: string[],
  x: number,
  y: number,
  widths: number[],
  f: ReportFonts,
  bold: boolean,
  cellStruct?: (i: number, draw: () => void) => void,
): void {
  const lefts = columnLefts(x, widths, f.rtl);
  cells.forEach((c, i) => {
    const draw = () => drawText(doc, c, lefts[i]! + PAD, y + PAD, f, { width: widths[i]! - 2 * PAD, size: SIZE, bold });
    if (cellStruct) cellStruct(i, draw);
    else draw();
  });
}

/**
 * A tagged table (Table › Caption, TR › TH/TD): the header row repeats at the top of
 * every page the table continues on (as an artifact, so it is read once), a header is
 * never left alone at the bottom of a page, and a row is never split across pages.
 */
export function drawTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, t: PdfTable, f: ReportFonts) {
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const widths = columnWidths(doc, t, f, width);
  const headH = rowHeight(doc, t.head, widths, f, true);
  const captionH = textHeight(doc, t.caption, f, { width, size: 10, bold: true }) + 3;
  const firstH = t.rows[0] ? rowHeight(doc, t.rows[0], widths, f, false) : 0;
  if (doc.y + captionH + headH + firstH > bottom()) doc.addPage();

  const table = doc.struct('Table');
  parent.add(table);
  table.add(
    doc.struct('Caption', {}, () => {
      drawText(doc, t.caption, x, doc.y, f, { width, size: 10, bold: true });
    }),
  );
  doc.y += 3;
  const cell =
    (row: PDFKit.PDFStructureElement, type: 'TH' | 'TD', scope?: 'Column' | 'Row') => (_: number, draw: () => void) =>
      row.add(doc.struct(type, (scope ? { scope } : {}) as PDFKit.Mixins.StructureElementOptions, draw));

  const head = doc.struct('TR');
  table.add(head);
  drawFrame(doc, x, doc.y, widths, headH, true);
  drawTexts(doc, t.head, x, doc.y, widths, f, true, cell(head, 'TH', 'Column'));
  head.end();
  doc.y += headH;

  for (const r of t.rows) {
    const h = rowHeight(doc, r, widths, f, false);
    if (doc.y + h > bottom()) {
      doc.addPage();
      const top = doc.y;
      drawFrame(doc, x, top, widths, headH, true);
      doc.markContent('Artifact', { type: 'Pagination' });
      drawTexts(doc, t.head, x, top, widths, f, true);
      doc.endMarkedContent();
      doc.y = top + headH;
    }
    const top = doc.y;
    const row = doc.struct('TR');
    table.add(row);
    drawFrame(doc, x, top, widths, h, false);
    drawTexts(doc, r, x, top, widths, f, false, (i, draw) =>
      (i === 0 ? cell(row, 'TH', 'Row') : cell(row, 'TD'))(i, draw),
    );
    row.end();
    doc.y = top + h;
  }
  table.end();
  doc.x = x;
  doc.moveDown(0.8);
}

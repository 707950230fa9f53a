import type { ReportFonts } from './pdf-fonts.ts';
import { drawText, textHeight } from './pdf-text.ts';

/** A heading as the table of contents lists it: its level, text and the page (1-based) it starts on. */
export interface ContentsEntry {
  level: 2 | 3;
  text: string;
  page: number;
}

const SIZE = { 2: 10.5, 3: 9.5 } as const;
const INDENT = { 2: 0, 3: 14 } as const;
const NUMBER_WIDTH = 36;

function entryHeight(doc: PDFKit.PDFDocument, e: Pick<ContentsEntry, 'level' | 'text'>, f: ReportFonts, width: number) {
  const style = { width: width - INDENT[e.level] - NUMBER_WIDTH, size: SIZE[e.level], bold: e.level === 2 };
  return textHeight(doc, e.text, f, style) + (e.level === 2 ? 5 : 2);
}

const usable = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
const TITLE_HEIGHT = 40;

/** How many pages the table of contents takes, measured before the pages it lists exist. */
export function contentsPages(
  doc: PDFKit.PDFDocument,
  entries: Pick<ContentsEntry, 'level' | 'text'>[],
  f: ReportFonts,
) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  let pages = 1;
  let y = TITLE_HEIGHT;
  for (const e of entries) {
    const h = entryHeight(doc, e, f, width);
    if (y + h > usable(doc)) {
      pages++;
      y = 0;
    }
    y += h;
  }
  return pages;
}

/**
 * Writes the table of contents onto its reserved pages (starting at page index `first`),
 * tagged as a section with its heading and a TOC of TOCI entries, each entry's text and
 * page number in one paragraph.
 */
export function drawContents(
  doc: PDFKit.PDFDocument,
  section: PDFKit.PDFStructureElement,
  first: number,
  title: string,
  entries: ContentsEntry[],
  f: ReportFonts,
): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  let page = first;
  doc.switchToPage(page);
  doc.y = doc.page.margins.top;
  section.add(
    doc.struct('H2', {}, () => {
      doc.fillColor('#063f78');
      drawText(doc, title, x, doc.y, f, { width, size: 16, bold: true });
    }),
  );
  doc.fillColor('#1b1b1f');
  doc.y = doc.page.margins.top + TITLE_HEIGHT;
  const toc = doc.struct('TOC');
  section.add(toc);
  for (const e of entries) {
    const h = entryHeight(doc, e, f, width);
    if (doc.y + h > doc.page.margins.top + usable(doc)) {
      doc.switchToPage(++page);
      doc.y = doc.page.margins.top;
    }
    const top = doc.y;
    // The entry from the line's start (indented by level), its page number at the line's end.
    const style = { width: width - INDENT[e.level] - NUMBER_WIDTH, size: SIZE[e.level], bold: e.level === 2 };
    const textAt = f.rtl ? x + NUMBER_WIDTH : x + INDENT[e.level];
    const numberAt = f.rtl ? x : x + width - NUMBER_WIDTH;
    toc.add(
      doc.struct('TOCI', {}, [
        doc.struct('P', {}, () => {
          drawText(doc, e.text, textAt, top, f, style);
          drawText(doc, String(e.page), numberAt, top, f, { width: NUMBER_WIDTH, size: SIZE[e.level], align: 'end' });
        }),
      ]),
    );
    doc.y = top + h;
  }
  toc.end();
  section.end();
}

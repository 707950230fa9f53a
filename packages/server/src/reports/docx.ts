import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportBlocks, type ReportBlock, type ReportModel, type Translate } from '@convivio/web';

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** Text with line breaks kept. */
const runs = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));

/** A table cell; a header cell keeps with the row after it, so a header never ends a page alone. */
const cell = (text: string, header = false) =>
  new TableCell({ children: [new Paragraph({ children: runs(text, { bold: header }), keepNext: header })] });

/** Heading 1–3 carry outline levels 0–2 (the navigator, the table of contents and PDF export of Word and LibreOffice read them). */
const heading = (outlineLevel: number, size: number) => ({
  run: { bold: true, size },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});

function toDocx(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      // A link to the platform's own page means nothing in a file.
      if (b.href) return [];
      return [new Paragraph({ children: runs(b.text, b.small ? { size: 16 } : {}), spacing: { after: 120 } })];
    case 'list':
      return b.items.map((i) => new Paragraph({ children: runs(i), bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], keepNext: true }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h) => cell(h, true)) }),
            ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(([k, v]) => new TableRow({ cantSplit: false, children: [cell(k, true), cell(v)] })),
        }),
        new Paragraph({ children: [] }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * The report as a Word document (.docx, Office Open XML): headings with outline levels,
 * a table of contents field after the title (filled from the headings, updated when the
 * file opens), table header rows repeated on every page.
 */
export function reportDocx(m: ReportModel, t: Translate): Promise<Buffer> {
  const blocks = reportBlocks(m, t);
  const firstSection = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const doc = new Document({
    creator: 'Convivio',
    title: `${t('report.title')}: ${m.cities.map((c) => c.name).join(', ')}`,
    description: t('report.subtitle', { cities: m.cities.map((c) => c.name).join(', ') }),
    features: { updateFields: true },
    styles: { default: { heading1: heading(0, 32), heading2: heading(1, 26), heading3: heading(2, 23) } },
    sections: [
      {
        children: [
          ...blocks.slice(0, firstSection).flatMap(toDocx),
          new Paragraph({ children: [new TextRun({ text: t('report.contents'), bold: true, size: 28 })] }),
          new TableOfContents(t('report.contents'), { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...blocks.slice(firstSection).flatMap(toDocx),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

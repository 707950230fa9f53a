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
import { languageMeta, reportBlocks, type ReportBlock, type ReportModel, type Translate } from '@convivio/web';

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** Text with line breaks kept. */
const runs = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));

/** A table cell; a header cell keeps with the row after it, so a header never ends a page alone. */
const cell = (text: string, rtl: boolean, header = false) =>
  new TableCell({
    children: [new Paragraph({ children: runs(text, { bold: header }), keepNext: header, bidirectional: rtl })],
  });

/** Heading 1–3 carry outline levels 0–2 (the navigator, the table of contents and PDF export of Word and LibreOffice read them). */
const heading = (outlineLevel: number, size: number) => ({
  run: { bold: true, size },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});

function toDocx(b: ReportBlock, rtl: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ bidirectional: rtl, heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      // A link to the platform's own page means nothing in a file.
      if (b.href) return [];
      return [
        new Paragraph({
          bidirectional: rtl,
          children: runs(b.text, b.small ? { size: 16 } : {}),
          spacing: { after: 120 },
        }),
      ];
    case 'list':
      return b.items.map((i) => new Paragraph({ bidirectional: rtl, children: runs(i), bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({ bidirectional: rtl, children: [new TextRun({ text: b.caption, bold: true })], keepNext: true }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          visuallyRightToLeft: rtl,
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h) => cell(h, rtl, true)) }),
            ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, rtl)) })),
          ],
        }),
        new Paragraph({ bidirectional: rtl, children: [] }),
      ];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          visuallyRightToLeft: rtl,
          rows: b.rows.map(
            ([k, v]) => new TableRow({ cantSplit: false, children: [cell(k, rtl, true), cell(v, rtl)] }),
          ),
        }),
        new Paragraph({ bidirectional: rtl, children: [] }),
      ];
    case 'pageBreak':
      return [new Paragraph({ bidirectional: rtl, children: [new PageBreak()] })];
  }
}

/**
 * The report as a Word document (.docx, Office Open XML): headings with outline levels,
 * a table of contents field after the title (filled from the headings, updated when the
 * file opens), table header rows repeated on every page. Its language is the reader's (`w:lang`,
 * also as the complex-script language); in Arabic, Dari and Pashto paragraphs, runs and tables
 * are right to left (`w:bidi`, `w:rtl`, `w:bidiVisual`).
 */
export function reportDocx(m: ReportModel, t: Translate, lang = 'en'): Promise<Buffer> {
  const blocks = reportBlocks(m, t);
  const rtl = languageMeta(lang).dir === 'rtl';
  const blocksOf = (list: ReportBlock[]) => list.flatMap((b) => toDocx(b, rtl));
  const language = { value: lang, bidirectional: lang };
  const firstSection = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const doc = new Document({
    creator: 'Convivio',
    title: `${t('report.title')}: ${m.cities.map((c) => c.name).join(', ')}`,
    description: t('report.subtitle', { cities: m.cities.map((c) => c.name).join(', ') }),
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { language, rightToLeft: rtl } },
        heading1: heading(0, 32),
        heading2: heading(1, 26),
        heading3: heading(2, 23),
      },
    },
    sections: [
      {
        children: [
          ...blocksOf(blocks.slice(0, firstSection)),
          new Paragraph({
            bidirectional: rtl,
            children: [new TextRun({ text: t('report.contents'), bold: true, size: 28 })],
          }),
          new TableOfContents(t('report.contents'), { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ bidirectional: rtl, children: [new PageBreak()] }),
          ...blocksOf(blocks.slice(firstSection)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

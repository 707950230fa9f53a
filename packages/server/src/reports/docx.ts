import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportBlocks, type ReportBlock, type ReportModel, type Translate } from '@convivio/web';

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** Text with line breaks kept. */
const runs = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));

const cell = (text: string, header = false) =>
  new TableCell({ children: [new Paragraph({ children: runs(text, { bold: header }) })] });

function toDocx(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text, b.small ? { size: 16 } : {}), spacing: { after: 120 } })];
    case 'list':
      return b.items.map((i) => new Paragraph({ children: runs(i), bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.head.map((h) => cell(h, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
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

/** The report as a Word document (.docx, Office Open XML). */
export function reportDocx(m: ReportModel, t: Translate): Promise<Buffer> {
  const doc = new Document({
    creator: 'Convivio',
    title: `${t('report.title')}: ${m.cities.map((c) => c.name).join(', ')}`,
    description: t('report.subtitle', { cities: m.cities.map((c) => c.name).join(', ') }),
    sections: [{ children: reportBlocks(m, t).flatMap(toDocx) }],
  });
  return Packer.toBuffer(doc);
}

import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { translator } from '@convivio/web';
import { exactFontCodes } from './pdf-font-codes.ts';
import { registerReportFonts, reportFonts } from './pdf-fonts.ts';
import { drawText } from './pdf-text.ts';

/** A report page holding the paragraphs, each wrapped at `width` as the report wraps its text. */
function paragraphsPdf(lang: string, paragraphs: string[], width: number): Promise<Buffer> {
  const f = reportFonts(lang);
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang });
  registerReportFonts(doc);
  doc.font(f.regular);
  exactFontCodes(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (const p of paragraphs) drawText(doc, p, 56, doc.y, f, { width, size: 10.5, paragraphGap: 5 });
  doc.end();
  return done;
}

/**
 * The page's text as PDF.js reads it: its text items in content order, a line break (hasEOL)
 * read as a space (none after a hyphen), as PDF.js's own text layer does. Items are joined by a
 * space (PDF.js leaves the space out where a line changes font and direction), so a word that came
 * apart into two items would show as two words.
 */
async function extracted(pdf: Buffer): Promise<{ text: string; lines: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  try {
    expect(doc.numPages).toBe(1);
    const items = (await (await doc.getPage(1)).getTextContent()).items.filter((i) => 'str' in i);
    const text = items
      .map((i) => i.str + (i.hasEOL ? '\n' : ' '))
      .join('')
      .replace(/-\s*\n/g, '-'); // a line broken after a hyphen, as in будь-якого
    return { text: text.replace(/\s+/g, ' ').trim(), lines: items.filter((i) => i.hasEOL).length + 1 };
  } finally {
    await doc.destroy();
  }
}

/** The source as a reader can give it back: format characters (PDF.js drops them all, e.g. Dari's ZWNJ) aside. */
const asWritten = (s: string) =>
  s
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('text a PDF reader extracts from a report', () => {
  const cases: [string, string[]][] = [
    ['ar', ['report.title', 'reports.intro']],
    // Not reports.intro: PDF.js reads its ezafe mark before a space ("زمینهٔ آن‌ها") apart from its letter.
    ['fa-AF', ['reports.title', 'reports.pickHint', 'reports.pickCities']],
    ['ps', ['reports.title', 'reports.intro']],
    ['el', ['report.title', 'reports.intro']],
    ['uk', ['report.title', 'reports.intro']],
  ];
  for (const [lang, keys] of cases)
    it(`gives back ${lang} paragraphs as written, across wrapped lines`, async () => {
      const t = translator(lang);
      const paragraphs = keys.map((k) => t(k));
      expect(paragraphs.every((p) => p !== keys[paragraphs.indexOf(p)])).toBe(true);
      const { text, lines } = await extracted(await paragraphsPdf(lang, paragraphs, 220));
      expect(lines).toBeGreaterThanOrEqual(4);
      expect(text).toBe(asWritten(paragraphs.join(' ')));
    });

  it('gives back a right-to-left paragraph with Latin names and numbers in logical order', async () => {
    const mixed =
      'تُختار مدن MUST-a-Lab السبع عندما لا تُحدَّد أي مدينة، ومنها مدينة Berlin ومدينة Wien منذ عام 2024 في تقرير Convivio الأول.';
    const { text, lines } = await extracted(await paragraphsPdf('ar', [mixed], 160));
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(text).toBe(asWritten(mixed));
  });
});

import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { glyphsPerUse } from './pdf-font-codes.ts';
import { REPORT_FONTS, registerReportFonts } from './pdf-fonts.ts';

/** The fontkit typeface a document uses for `file` once the report's fonts are registered. */
function typefaceOf(file: string): fontkit.Font {
  const doc = new PDFDocument();
  registerReportFonts(doc);
  doc.font(file);
  return (doc as unknown as { _font: { font: fontkit.Font } })._font.font;
}

/** A run as plain values: each glyph's id and characters, and its position. */
const plain = (run: fontkit.GlyphRun) =>
  run.glyphs.map((g, i) => ({ id: g.id, codePoints: g.codePoints, ...run.positions[i] }));

const TEXTS: [file: string, text: string, features?: string[]][] = [
  [REPORT_FONTS.regular, 'AVATAR Wave, “quoted” office flow'],
  [REPORT_FONTS.bold, 'Integrating Cities Charter'],
  [REPORT_FONTS.arabicRegular, 'مدن الاندماج', ['rlig']],
  [REPORT_FONTS.arabicBold, 'ميثاق المدن', ['rlig']],
];

describe("the report's typefaces", () => {
  it('are parsed once per process and serve every document', () => {
    for (const file of Object.values(REPORT_FONTS)) expect(typefaceOf(file)).toBe(typefaceOf(file));
  });

  it('shape a text as a freshly opened font does, the first time and when it is asked again', () => {
    for (const [file, text, features] of TEXTS) {
      const fresh = fontkit.openSync(file);
      if (!('layout' in fresh)) throw new Error(`${file} is not one typeface`);
      // As the report's typefaces do: a glyph carries the characters of each use (ي and ث share one in ميثاق).
      glyphsPerUse(fresh);
      const reference = plain(fresh.layout(text, features));
      expect(reference.length).toBeGreaterThan(0);
      const shared = typefaceOf(file);
      expect(plain(shared.layout(text, features))).toEqual(reference);
      expect(plain(shared.layout(text, features))).toEqual(reference);
    }
    // One skeleton glyph draws both ي and ث in ميثاق; each use keeps its own letter.
    const letters = plain(typefaceOf(REPORT_FONTS.arabicBold).layout('ميثاق', ['rlig'])).flatMap((g) => g.codePoints);
    expect(letters).toEqual(expect.arrayContaining([0x64a, 0x62b]));
  });

  it('hand out each shaped text as a copy, which pdfkit may scale in place', () => {
    const shared = typefaceOf(REPORT_FONTS.regular);
    const first = shared.layout('Kerning: AV To Wa');
    const width = first.advanceWidth;
    expect(width).toBeGreaterThan(0);
    for (const p of first.positions) p.xAdvance *= 1000;
    const again = shared.layout('Kerning: AV To Wa');
    expect(again.positions).not.toBe(first.positions);
    expect(again.advanceWidth).toBe(width);
  });
});

import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { languageMeta } from '@convivio/web';
import { glyphsPerUse } from './pdf-font-codes.ts';

const require = createRequire(import.meta.url);

/**
 * The report's typefaces, embedded in every PDF so that names print as written and the file
 * needs no font of the reader's machine: Noto Sans for Latin, Greek and Cyrillic script
 * (@expo-google-fonts/noto-sans) and Noto Sans Arabic for Arabic script, which Arabic, Dari
 * and Pashto are written in (@expo-google-fonts/noto-sans-arabic); both SIL Open Font License 1.1.
 */
export const REPORT_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabicRegular: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  arabicBold: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
} as const;

/** The fonts and the writing direction of a report in one language (right to left for ar, fa-AF, ps). */
export type ReportFonts = typeof REPORT_FONTS & { rtl: boolean };

export const reportFonts = (lang: string): ReportFonts => ({ ...REPORT_FONTS, rtl: languageMeta(lang).dir === 'rtl' });

/** Shaped texts kept per typeface before the memory of them starts again (a report has a few thousand words). */
const KEPT_LAYOUTS = 20_000;

/**
 * A typeface read once per process, whose shaping results (fontkit's `layout`: the glyphs and
 * their positions after the font's substitution and positioning rules) are kept for the next
 * report. pdfkit opened and parsed the font file for every document and shaped every word again
 * in each; shaping was most of a report's processor time. pdfkit scales the positions it is given
 * in place, so each call hands out a copy of the kept positions; glyphs are fontkit's own shared
 * objects either way.
 */
function sharedTypeface(file: string): fontkit.Font {
  const opened = fontkit.openSync(file);
  if (!('layout' in opened)) throw new Error(`${file} is a font collection, not one typeface`);
  const font: fontkit.Font = opened;
  // Glyphs carry the characters of each use before anything is shaped and kept (pdf-font-codes.ts).
  glyphsPerUse(font);
  const layout = font.layout.bind(font);
  const kept = new Map<string, fontkit.GlyphRun>();
  const copy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o) as object) as T, o);
  font.layout = (text, features, ...rest) => {
    // pdfkit names features, if any, as a list; anything more (script, language, direction) is shaped afresh.
    if (rest.length || (features && !Array.isArray(features))) return layout(text, features, ...rest);
    const key = `${features ? features.join(',') : ''}\u0000${text}`;
    let run = kept.get(key);
    if (!run) {
      if (kept.size >= KEPT_LAYOUTS) kept.clear();
      run = layout(text, features);
      kept.set(key, run);
    }
    return Object.assign(copy(run), { glyphs: [...run.glyphs], positions: run.positions.map(copy) });
  };
  return font;
}

const typefaces = new Map<string, fontkit.Font>();

/**
 * Registers the report's typefaces on a new document under their file names (what `ReportFonts`
 * holds), so that `doc.font(f.regular)` uses the process's parsed and shaping-memoised typeface.
 */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  for (const file of Object.values(REPORT_FONTS)) {
    let font = typefaces.get(file);
    if (!font) typefaces.set(file, (font = sharedTypeface(file)));
    // pdfkit takes a fontkit font as a source (PDFFontFactory.open), which its typings leave out.
    doc.registerFont(file, font as unknown as PDFKit.Mixins.PDFFontSource);
  }
}

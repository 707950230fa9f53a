/**
 * One character code per (glyph, text) pair in the report's embedded fonts, so that a PDF reader
 * gets every word back from the ToUnicode map as written.
 *
 * pdfkit writes a glyph's subset id as its character code (Identity-H, CIDToGIDMap Identity) and
 * maps that code to the characters of the glyph's first use. Noto Sans Arabic draws a letter as a
 * dotless skeleton shared by several letters plus its dots as separate mark glyphs: ت, ب, ن and ي
 * take the same initial skeleton, so each came back as whichever was drawn first, and the dots
 * (no character of their own) got an empty entry, which readers replace by the raw code. Here the
 * code is an index into this font's own list of (subset glyph, text) pairs, with a CIDToGIDMap from
 * code to glyph; a mark glyph that carries no character, and the empty space fontkit draws for an
 * invisible character such as the zero-width non-joiner of Dari, map to U+2060 WORD JOINER, an
 * invisible format character that readers leave out of extracted text (and that joins nothing in Arabic).
 */

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface Ref {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}
export interface Fontkit {
  getGlyph(id: number, codePoints?: number[]): Glyph;
  /** Set once its glyphs are handed out with the characters of each use (below); a typeface serves many documents. */
  exactGlyphs?: true;
}
interface EmbeddedFont {
  font: Fontkit;
  document: { ref(data?: Record<string, unknown>): Ref };
  subset: { includeGlyph(id: number): number; cff?: unknown };
  unicode: number[][];
  widths: number[];
  scale: number;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  embed(): void;
  exactCodes?: true;
}

const WORD_JOINER = 0x2060;
const FORMAT = /^\p{Cf}$/u;

/**
 * fontkit keeps one glyph object per glyph id, carrying the characters of its first use: from
 * now on a glyph shared by several characters is handed back with its own characters for each
 * use instead. Once per typeface (a typeface may serve many documents, pdf-fonts.ts).
 */
export function glyphsPerUse(typeface: Fontkit): void {
  if (typeface.exactGlyphs) return;
  typeface.exactGlyphs = true;
  const getGlyph = typeface.getGlyph.bind(typeface);
  typeface.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    const same = glyph.codePoints.length === codePoints.length && glyph.codePoints.every((c, i) => c === codePoints[i]);
    return same ? glyph : (Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph);
  };
}

function exact(font: EmbeddedFont): void {
  if (font.exactCodes || font.subset.cff != null || typeof font.encode !== 'function') return;
  font.exactCodes = true;
  glyphsPerUse(font.font);
  // Code 0 stays .notdef, as pdfkit set it up.
  const codes = new Map<string, number>();
  const glyphOf: number[] = [0];
  font.encode = (text, features) => {
    const { glyphs, positions } = font.layout(text, features);
    const placed = [...positions] as { advanceWidth: number; xAdvance: number }[];
    const hex = glyphs.map((glyph, i) => {
      const gid = font.subset.includeGlyph(glyph.id);
      // fontkit draws an invisible character (a zero-width non-joiner, a direction mark) as a space
      // of no width: that, like a mark glyph carrying no character, is written as a word joiner.
      const hidden = glyph.codePoints.length === 0 || (glyph.codePoints[0] === 0x20 && placed[i]!.xAdvance === 0);
      const chars = hidden ? [WORD_JOINER] : glyph.codePoints;
      // Readers skip a glyph whose text is a format character without moving on; written with no
      // width of its own (its advance goes into the following adjustment) it moves nothing either.
      const invisible = chars.every((c) => FORMAT.test(String.fromCodePoint(c)));
      if (invisible) placed[i] = { ...placed[i]!, advanceWidth: 0 };
      const key = `${gid}:${chars.join(',')}`;
      let code = codes.get(key);
      if (code === undefined) {
        code = glyphOf.length;
        if (code > 0xffff) throw new Error('A report font needs more than 65,535 character codes.');
        codes.set(key, code);
        glyphOf.push(gid);
        font.widths[code] = invisible ? 0 : glyph.advanceWidth * font.scale;
        font.unicode[code] = chars;
      }
      return code.toString(16).padStart(4, '0');
    });
    return [hex, placed];
  };
  // pdfkit's embed writes CIDToGIDMap /Identity; the descendant font is given the map from code to glyph instead.
  const embed = font.embed.bind(font);
  font.embed = () => {
    const doc = font.document;
    const ref = doc.ref.bind(doc);
    doc.ref = (data) => {
      if (data?.Subtype === 'CIDFontType2' && data.CIDToGIDMap === 'Identity') {
        const map = doc.ref();
        const bytes = new Uint8Array(glyphOf.length * 2);
        glyphOf.forEach((gid, code) => {
          bytes[code * 2] = gid >> 8;
          bytes[code * 2 + 1] = gid & 0xff;
        });
        map.end(bytes);
        data.CIDToGIDMap = map;
      }
      return ref(data);
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}

/** Gives every embedded TrueType font the document uses, now or later, exact character codes. */
export function exactFontCodes(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { _font?: EmbeddedFont; font: (...args: unknown[]) => unknown };
  const font = d.font.bind(doc);
  d.font = (...args) => {
    const result = font(...args);
    if (d._font) exact(d._font);
    return result;
  };
  if (d._font) exact(d._font);
}

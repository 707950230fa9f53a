import bidiFactory from 'bidi-js';
import type { ReportFonts } from './pdf-fonts.ts';

/**
 * Text in any of the interface's scripts, drawn by the report itself when pdfkit alone would get
 * it wrong: pdfkit shapes Arabic (through fontkit) but neither reorders bidirectional text nor
 * switches fonts within a line. Here a text is broken into lines in its logical order, each line
 * is put in visual order by the Unicode Bidirectional Algorithm (bidi-js), cut into runs of one
 * font and one direction, and the runs are drawn side by side on one baseline. Text with no
 * Arabic-script letter in a left-to-right report goes to pdfkit as before.
 */

export interface TextStyle {
  width: number;
  size: number;
  bold?: boolean;
  /** `start` is left in a left-to-right report and right in a right-to-left one. */
  align?: 'start' | 'end' | 'center';
  paragraphGap?: number;
}

const bidi = bidiFactory();
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LETTER = /[\p{L}\p{M}]/u;
/** Direction marks and isolates: they steer the ordering, but have no glyph to draw. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

interface Run {
  text: string;
  /** Where the run starts in the paragraph (logical order). */
  start: number;
  font: string;
  width: number;
}
type Line = Run[];

/** Does the text need the report's own layout (an Arabic-script letter, or a right-to-left report)? */
const ownLayout = (text: string, f: ReportFonts) => f.rtl || ARABIC.test(text);

const fontOf = (f: ReportFonts, bold: boolean, arabic: boolean) =>
  arabic ? (bold ? f.arabicBold : f.arabicRegular) : bold ? f.bold : f.regular;

/**
 * The font of each character: Arabic-script letters the Arabic face, Latin, Greek and Cyrillic ones
 * Noto Sans, and anything else (spaces, digits, punctuation, joiners, which both faces have) that of
 * the character before, so that a full stop or a space stays in its word's run and is read with it.
 */
function charFonts(chars: string[], f: ReportFonts, bold: boolean): string[] {
  const fonts: string[] = [];
  chars.forEach((c, i) => {
    const previous = i > 0 ? fonts[i - 1] : undefined;
    fonts.push(!LETTER.test(c) && previous ? previous : fontOf(f, bold, ARABIC.test(c)));
  });
  return fonts;
}

/**
 * The shaping options of a run: an Arabic-script run is shaped whole, right to left. Without a
 * feature list pdfkit shapes each space-separated word on its own and sets the words side by side
 * in logical order, each word's space at its visual start, which drops the space between the last
 * two words and spoils the text readers extract. Required ligatures are among fontkit's defaults
 * anyway; naming one only asks pdfkit to shape the run in one piece.
 */
const shaping = (text: string) => (ARABIC.test(text) ? { features: ['rlig'] as PDFKit.Mixins.OpenTypeFeatures[] } : {});

function measure(doc: PDFKit.PDFDocument, text: string, font: string, size: number): number {
  return text ? doc.font(font).fontSize(size).widthOfString(text, shaping(text)) : 0;
}

/** One paragraph (no line feed) as lines of runs in visual order. */
function paragraphLines(doc: PDFKit.PDFDocument, para: string, f: ReportFonts, s: TextStyle): Line[] {
  // The paragraph's direction: the report's for a text with Arabic-script letters in a right-to-left
  // report (a Latin name may open it) and for any text without them, else its first strong letter's.
  const direction = f.rtl ? (ARABIC.test(para) ? 'rtl' : 'ltr') : 'auto';
  const levels = bidi.getEmbeddingLevels(para, direction);
  // Code units, so indices match bidi-js's; a surrogate pair's halves share their font.
  const chars = para.split('');
  const fonts = charFonts(chars, f, s.bold ?? false);
  const width = (from: number, to: number) => {
    let w = 0;
    let at = from;
    for (let i = from + 1; i <= to; i++)
      if (i === to || fonts[i] !== fonts[at]) {
        w += measure(doc, para.slice(at, i).replace(new RegExp(CONTROLS, 'g'), ''), fonts[at]!, s.size);
        at = i;
      }
    return w;
  };
  // Break at spaces, in logical order: each line is [start, end) without its trailing spaces.
  const ranges: [number, number][] = [];
  const words = [...para.matchAll(/\S+\s*/g)];
  let start = 0;
  let end = 0;
  for (const word of words) {
    const wordEnd = word.index + word[0].trimEnd().length;
    if (end > start && width(start, wordEnd) > s.width) {
      ranges.push([start, end]);
      start = word.index;
    }
    end = wordEnd;
  }
  ranges.push([start, Math.max(end, start)]);
  return ranges.map(([from, to]) => visualRuns(para, levels, fonts, from, to, s.size, doc));
}

/** A line's characters in visual order, cut into runs of one font, one level and consecutive characters. */
function visualRuns(
  para: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  fonts: string[],
  from: number,
  to: number,
  size: number,
  doc: PDFKit.PDFDocument,
): Line {
  if (to <= from) return [];
  // bidi-js answers with the whole paragraph's indices, the line's reordered in place.
  const order = bidi.getReorderedIndices(para, levels, from, to - 1).slice(from, to);
  const groups: number[][] = [];
  for (const i of order) {
    if (CONTROLS.test(para[i]!)) continue;
    const group = groups.at(-1);
    const last = group?.at(-1);
    const rtl = (levels.levels[i]! & 1) === 1;
    if (
      group &&
      last !== undefined &&
      fonts[last] === fonts[i] &&
      levels.levels[last] === levels.levels[i] &&
      i === last + (rtl ? -1 : 1)
    )
      group.push(i);
    else groups.push([i]);
  }
  return groups.map((group) => {
    const first = group[0]!;
    const rtl = (levels.levels[first]! & 1) === 1;
    let text: string;
    if (!rtl) text = group.map((i) => para[i]).join('');
    else {
      const logical = [...group]
        .reverse()
        .map((i) => para[i]!)
        .join('');
      // fontkit lays out an Arabic-script run right to left itself; any other right-to-left run
      // (spaces, punctuation) is given in visual order, brackets mirrored.
      text = ARABIC.test(logical)
        ? logical
        : group.map((i) => bidi.getMirroredCharacter(para[i]!) ?? para[i]!).join('');
    }
    const start = Math.min(...group);
    return { text, start, font: fonts[first]!, width: measure(doc, text, fonts[first]!, size) };
  });
}

/** The ascent and height of a line in the fonts it uses. */
function lineMetrics(doc: PDFKit.PDFDocument, line: Line, f: ReportFonts, s: TextStyle) {
  const used = line.length ? [...new Set(line.map((r) => r.font))] : [fontOf(f, s.bold ?? false, false)];
  let ascent = 0;
  let height = 0;
  for (const font of used) {
    doc.font(font).fontSize(s.size);
    const face = (doc as unknown as { _font: { ascender: number } })._font;
    ascent = Math.max(ascent, (face.ascender / 1000) * s.size);
    height = Math.max(height, doc.currentLineHeight(true));
  }
  return { ascent, height };
}

function layout(doc: PDFKit.PDFDocument, text: string, f: ReportFonts, s: TextStyle): Line[] {
  return text.split('\n').flatMap((para) => paragraphLines(doc, para, f, s));
}

/** The height the text takes at that width. */
export function textHeight(doc: PDFKit.PDFDocument, text: string, f: ReportFonts, s: TextStyle): number {
  if (!ownLayout(text, f)) {
    doc.font(fontOf(f, s.bold ?? false, false)).fontSize(s.size);
    return doc.heightOfString(text, { width: s.width, paragraphGap: s.paragraphGap });
  }
  const lines = layout(doc, text, f, s);
  return lines.reduce((h, line) => h + lineMetrics(doc, line, f, s).height, 0) + (s.paragraphGap ?? 0);
}

/** The width of a text on one line. */
export function textWidth(doc: PDFKit.PDFDocument, text: string, f: ReportFonts, s: Omit<TextStyle, 'width'>): number {
  if (!ownLayout(text, f)) return measure(doc, text, fontOf(f, s.bold ?? false, false), s.size);
  return Math.max(0, ...layout(doc, text, f, { ...s, width: Infinity }).map((l) => l.reduce((w, r) => w + r.width, 0)));
}

/**
 * Draws the text in a box of `width` at (x, y), breaking lines and pages, and leaves the cursor
 * under it (as pdfkit's `text` does). The fill colour is the caller's.
 */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  f: ReportFonts,
  s: TextStyle,
): void {
  const side = s.align === 'center' ? 'center' : (s.align === 'end') !== f.rtl ? 'right' : 'left';
  if (!ownLayout(text, f)) {
    doc
      .font(fontOf(f, s.bold ?? false, false))
      .fontSize(s.size)
      .text(text, x, y, { width: s.width, align: side, paragraphGap: s.paragraphGap });
    return;
  }
  let top = y;
  for (const line of layout(doc, text, f, s)) {
    const { ascent, height } = lineMetrics(doc, line, f, s);
    if (top + height > doc.page.height - doc.page.margins.bottom && top > doc.page.margins.top) {
      doc.continueOnNewPage(); // keeps the open marked content (the structure element) on the new page
      top = doc.page.margins.top;
    }
    const total = line.reduce((w, r) => w + r.width, 0);
    let at = side === 'right' ? x + s.width - total : side === 'center' ? x + (s.width - total) / 2 : x;
    const placed = line.map((run) => {
      const left = at;
      at += run.width;
      return { run, left };
    });
    // Placed side by side in visual order, but written in logical order, the order in which the
    // structure tree and every text extractor read the page's content.
    placed.sort((a, b) => a.run.start - b.run.start);
    for (const { run, left } of placed)
      doc
        .font(run.font)
        .fontSize(s.size)
        .text(run.text, left, top + ascent, { lineBreak: false, baseline: 'alphabetic', ...shaping(run.text) });
    top += height;
  }
  doc.x = x;
  doc.y = top + (s.paragraphGap ?? 0);
}

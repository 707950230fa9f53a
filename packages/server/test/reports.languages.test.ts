import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, translator } from '@convivio/web';
import { reportFonts } from '../src/reports/pdf-fonts.ts';
import { drawText } from '../src/reports/pdf-text.ts';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

/* Reports in the reader's language, read back by independent readers: PDF.js, JSZip. */

const REPORT = '/api/v1/reports/state-of-the-art';

/** The text of every page, as PDF.js extracts it (one line per text item). */
async function pdfText(data: Uint8Array): Promise<{ text: string; lang: unknown; outline: string[] }> {
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const items = (await (await pdf.getPage(n)).getTextContent()).items;
      text += items.map((i) => ('str' in i ? i.str : '')).join('\n') + '\n';
    }
    const meta = (await pdf.getMetadata()).info as Record<string, unknown>;
    return { text, lang: meta.Language, outline: ((await pdf.getOutline()) ?? []).map((o) => o.title) };
  } finally {
    await pdf.destroy();
  }
}

/** The names of the fonts embedded in a PDF (pdfkit writes font dictionaries uncompressed). */
const embeddedFonts = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);

describe('text in every script of the interface, drawn into a PDF', () => {
  const SAMPLES = [
    'Ελληνικά: η Λιβαδειά',
    'Українська: Київ і Львів',
    'تقرير عن حالة المدن',
    'د ښار راپور او ژبه',
    'گزارش شهرهای اروپا',
  ];

  for (const lang of ['en', 'ar']) {
    it(`comes out as written in a ${lang === 'ar' ? 'right-to-left' : 'left-to-right'} report`, async () => {
      const f = reportFonts(lang);
      expect(f.rtl).toBe(lang === 'ar');
      const doc = new PDFDocument({ size: 'A4', margin: 56, font: f.regular, compress: false });
      const chunks: Buffer[] = [];
      const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
      doc.on('data', (c: Buffer) => chunks.push(c));
      for (const s of SAMPLES) drawText(doc, s, 56, doc.y, f, { width: 480, size: 11 });
      drawText(doc, 'مدينة Mechelen في بلجيكا', 56, doc.y, f, { width: 480, size: 11, bold: true });
      doc.end();
      const pdf = await done;
      const { text } = await pdfText(new Uint8Array(pdf));
      // Greek, Cyrillic and Latin words read back as written. (Arabic-script words are drawn shaped and
      // in order, but their extracted text is not yet exact: see ARCHITECTURE.md, Languages.)
      const words = [...SAMPLES, 'مدينة Mechelen في بلجيكا']
        .flatMap((s) => s.split(/[\s:]+/))
        .filter((w) => w && !/[\u0600-\u06FF]/.test(w));
      expect(words.length).toBe(8);
      for (const word of words) expect(text, word).toContain(word);
      expect(embeddedFonts(pdf)).toEqual(
        expect.arrayContaining(['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold']),
      );
    });
  }

  it('puts a right-to-left line against the right margin and a left-to-right one against the left', async () => {
    const xOf = async (lang: string) => {
      const f = reportFonts(lang);
      const doc = new PDFDocument({ size: 'A4', margin: 56, font: f.regular });
      const chunks: Buffer[] = [];
      const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
      doc.on('data', (c: Buffer) => chunks.push(c));
      drawText(doc, 'تقرير قصير', 56, 56, f, { width: 480, size: 11 });
      doc.end();
      const pdf = await getDocument({ data: new Uint8Array(await done), useSystemFonts: false }).promise;
      const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim());
      await pdf.destroy();
      expect(items.length).toBeGreaterThan(0);
      return Math.min(...items.map((i) => ('transform' in i ? (i.transform as number[])[4]! : 0)));
    };
    expect(await xOf('en')).toBeLessThan(70);
    expect(await xOf('ar')).toBeGreaterThan(400);
  });
});

describe.each(ENGINES)('the report in the reader’s language on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('writes the PDF in the language the address or the Accept-Language header names', async () => {
    const fr = translator('fr');
    const res = await t.app.inject({ url: `${REPORT}?format=pdf&cities=city-mechelen&lang=fr` });
    expect(res.statusCode).toBe(200);
    const pdf = await pdfText(new Uint8Array(res.rawPayload));
    expect(pdf.lang).toBe('fr');
    expect(pdf.outline).toEqual(expect.arrayContaining([fr('report.title'), fr('report.contents'), fr('report.s1')]));
    expect(fr('report.s1')).not.toBe(translator('en')('report.s1'));
    const today = formatDate('fr', new Date().toISOString().slice(0, 10));
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(today);

    const negotiated = await t.app.inject({
      url: `${REPORT}?format=pdf&cities=city-mechelen`,
      headers: { 'accept-language': 'de-AT, en;q=0.5' },
    });
    expect((await pdfText(new Uint8Array(negotiated.rawPayload))).lang).toBe('de');
  });

  it('lays an Arabic, Dari or Pashto PDF out right to left with the Arabic font embedded', async () => {
    for (const lang of ['ar', 'fa-AF', 'ps']) {
      const res = await t.app.inject({ url: `${REPORT}?format=pdf&cities=city-mechelen&lang=${lang}` });
      expect(res.statusCode, lang).toBe(200);
      expect((await pdfText(new Uint8Array(res.rawPayload))).lang).toBe(lang);
      expect(embeddedFonts(res.rawPayload)).toContain('NotoSansArabic-Regular');
    }
  });

  it('sets the Word file’s language, and right to left for Arabic', async () => {
    const word = async (lang: string) => {
      const res = await t.app.inject({ url: `${REPORT}?format=docx&cities=city-mechelen&lang=${lang}` });
      expect(res.statusCode).toBe(200);
      const zip = await JSZip.loadAsync(res.rawPayload);
      return {
        styles: (await zip.file('word/styles.xml')?.async('string')) ?? '',
        body: (await zip.file('word/document.xml')?.async('string')) ?? '',
      };
    };
    const fr = await word('fr');
    expect(fr.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fr" w:bidi="fr"\/>/);
    expect(fr.body).toContain(`<w:t xml:space="preserve">${translator('fr')('report.title')}</w:t>`);
    expect(fr.body).not.toContain('<w:bidi/>');
    const ar = await word('ar');
    expect(ar.styles).toMatch(/<w:docDefaults>[\s\S]*<w:rtl\/>[\s\S]*<\/w:docDefaults>/);
    expect(ar.styles).toMatch(/<w:lang w:val="ar" w:bidi="ar"\/>/);
    const paragraphs = ar.body.match(/<w:p>|<w:p /g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(20);
    expect((ar.body.match(/<w:bidi\/>/g) ?? []).length).toBeGreaterThan(paragraphs.length / 2);
    expect(ar.body).toContain('<w:bidiVisual/>');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@convivio/web';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

/* The report's files read by independent readers: PDF.js for the PDF, JSZip and fast-xml-parser for Word. */

const REPORT = '/api/v1/reports/state-of-the-art';
const dataset = JSON.parse(
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/convivio-dataset.json'),
    'utf8',
  ),
) as { practices: { id: string; name: string; themes: string[]; source: { document: string } }[] };

const en = translator('en');

/** Internal codes that must never reach a reader: practice and city ids, theme codes, source file keys. */
const INTERNAL_CODES = [
  ...dataset.practices.map((p) => p.id),
  // theme codes that are not words of their own (anti-discrimination is a word and its label)
  ...new Set(
    dataset.practices.flatMap((p) => p.themes).filter((c) => c.includes('-') && en(`theme.${c}`).toLowerCase() !== c),
  ),
  ...new Set(dataset.practices.map((p) => p.source.document)),
  'city-mechelen',
  'awareness-coexistence',
  'welcome-inclusion',
];

interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}
/** Every value under `key` anywhere in a parsed XML tree. */
const valuesOf = (node: unknown, key: string): unknown[] =>
  Array.isArray(node)
    ? node.flatMap((n) => valuesOf(n, key))
    : node && typeof node === 'object'
      ? Object.entries(node).flatMap(([k, v]) => [...(k === key ? [v].flat() : []), ...valuesOf(v, key)])
      : [];

const roles = (n: StructNode | null): string[] =>
  n ? [...(n.role ? [n.role] : []), ...(n.children ?? []).flatMap(roles)] : [];

describe.each(ENGINES)('the report files on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('is a tagged PDF with its language, a structure tree, bookmarks, a contents page and no internal codes', async () => {
    expect(INTERNAL_CODES.length).toBeGreaterThan(30);
    const res = await t.app.inject({ url: `${REPORT}?format=pdf` });
    expect(res.statusCode).toBe(200);
    const pdf = await getDocument({ data: new Uint8Array(res.rawPayload), useSystemFonts: false }).promise;
    try {
      expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
      const meta = (await pdf.getMetadata()).info as Record<string, unknown>;
      expect(meta.Language).toBe('en');
      expect(meta.Title).toMatch(/^State-of-the-Art Report: Fuenlabrada/);

      const outline = await pdf.getOutline();
      const top = outline.map((o) => o.title);
      expect(top).toEqual(expect.arrayContaining(['Contents', '1. Executive summary', '7. Other practices known']));
      const annexes = outline.find((o) => o.title === 'Annex: Mechelen');
      expect(annexes?.items.map((i) => i.title)).toContain('De Grond der Dingen');

      let text = '';
      const seen = new Set<string>();
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        text += (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
        const tree: StructNode | null = await page.getStructTree();
        for (const r of roles(tree)) seen.add(r);
      }
      expect(pdf.numPages).toBeGreaterThan(20);
      for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'TOC', 'TOCI'])
        expect([...seen], role).toContain(role);
      expect(text).toContain('Contents');
      expect(text).toContain('De Grond der Dingen');
      for (const code of INTERNAL_CODES) expect(text, code).not.toContain(code);
    } finally {
      await pdf.destroy();
    }
  });

  it('is a Word file whose heading styles carry outline levels and which opens with a table of contents', async () => {
    const res = await t.app.inject({ url: `${REPORT}?format=docx` });
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    type Style = { 'w:styleId': string; 'w:pPr'?: { 'w:outlineLvl'?: { 'w:val': string } } };
    const styles = parser.parse(await zip.file('word/styles.xml')!.async('string')) as {
      'w:styles': { 'w:style': Style | Style[] };
    };
    const all = [styles['w:styles']['w:style']].flat();
    const levels = Object.fromEntries(
      ['Heading1', 'Heading2', 'Heading3'].map((id) => [
        id,
        all.find((s) => s['w:styleId'] === id)?.['w:pPr']?.['w:outlineLvl']?.['w:val'],
      ]),
    );
    expect(levels).toEqual({ Heading1: '0', Heading2: '1', Heading3: '2' });

    const documentXml = await zip.file('word/document.xml')!.async('string');
    const instructions = valuesOf(parser.parse(documentXml), 'w:instrText').map((v) =>
      typeof v === 'object' && v ? (v as Record<string, unknown>)['#text'] : v,
    );
    expect(instructions.length).toBeGreaterThan(1);
    expect(instructions).toContainEqual(expect.stringMatching(/^TOC .*\\o "1-3"/));
    expect(documentXml).toContain('De Grond der Dingen');
    const settings = await zip.file('word/settings.xml')!.async('string');
    // <w:updateFields/> (on/off element: present without a value means on): Word refreshes the contents on opening
    const update = parser.parse(settings)['w:settings']['w:updateFields'];
    expect(update).toBeDefined();
    expect([undefined, 'true', '1', 'on']).toContain(update === '' ? undefined : update['w:val']);
    const plain = documentXml.replace(/<[^>]+>/g, ' ');
    for (const code of INTERNAL_CODES) expect(plain, code).not.toContain(code);
  });

  it('shows the HTML report inside the site layout, with the site header and menu', async () => {
    const res = await t.app.inject({ url: `${REPORT}?cities=city-mechelen` });
    expect(res.statusCode).toBe(200);
    const page = res.body;
    const home = (await t.app.inject({ url: '/' })).body;
    const siteHeader = /<header[^>]*class="site-header"[\s\S]*?<\/header>/.exec(home)?.[0];
    expect(siteHeader).toBeTruthy();
    const navLinks = [...siteHeader!.matchAll(/<a href="(\/[a-z]+)"/g)].map((m) => m[1]);
    expect(navLinks.length).toBeGreaterThanOrEqual(5);
    expect(page).toContain('<header class="site-header">');
    expect(page).toContain('<footer class="site-footer">');
    for (const href of navLinks) expect(page, href).toContain(`<a href="${href}"`);
    expect(page).toContain('<h1>State-of-the-Art Report</h1>');
    expect(page).toContain('<link rel="stylesheet" href="/static/report.css" />');
    const css = await t.app.inject({ url: '/static/report.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toMatch(/@media print \{[\s\S]*\.site-header,[\s\S]*display: none/);
    for (const code of INTERNAL_CODES) expect(page.replace(/<[^>]+>/g, ' '), code).not.toContain(code);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@convivio/web';
import { type Client, ENGINES, EVERYONE, roleMatrix, startTestApp, type TestApp, type Who } from './harness.ts';

const REPORT = '/api/v1/reports/state-of-the-art';
const SEVEN = ['Fuenlabrada', 'Grenoble-Alpes Métropole', 'Livadia', 'Mechelen', 'Modena', 'Pont-de-Claix', 'Vienna'];

/** Every practice the MUST-a-Lab report carries, from the bundled data set (annexes and "other practices"). */
const dataset = JSON.parse(
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/convivio-dataset.json'),
    'utf8',
  ),
);
const MUST_A_LAB_PRACTICES = (
  dataset.practices as { id: string; name: string; source: { document: string; section: string } }[]
).filter((p) => p.source.document === '002_b5644412035e0d30.txt');

describe.each(ENGINES)('State-of-the-Art report on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-mechelen');
  });
  afterAll(async () => t?.close());

  describe.each(['html', 'pdf', 'docx', 'json'])('the %s format', (format) => {
    it.each(EVERYONE)('is open to %s', async (who) => {
      const res = await as[who].request({ url: `${REPORT}?cities=city-pont-de-claix&format=${format}` });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    });
  });

  it.each(EVERYONE)('serves the reports page with a city picker to %s', async (who) => {
    const res = await as[who].request({ url: '/reports?cities=city-modena' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/name="cities"\s+value="city-modena"\s+checked/);
    for (const f of ['html', 'pdf', 'docx'])
      expect(res.body).toContain(`${REPORT}?cities=city-modena&amp;lang=en&amp;format=${f}`);
  });

  it('carries, for the seven cities by default, every city and every practice of the source report', async () => {
    expect(MUST_A_LAB_PRACTICES).toHaveLength(25);
    const res = await as.anonymous.request({ url: REPORT });
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const page = res.body;
    for (const city of SEVEN) expect(page, city).toContain(city.replace(/'/g, '&#39;'));
    for (const p of MUST_A_LAB_PRACTICES) expect(page, p.id).toContain(`id="${p.id}"`);
    const headings = [...page.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]).filter((h) => /^\d\./.test(h));
    expect(headings).toEqual([
      '1. Executive summary',
      '2. The cities and their context',
      '3. The implemented practices',
      '4. Stakeholder outreach',
      '5. Common challenges, connection points and gaps',
      '6. Annexes: the practices of each city',
      '7. Other practices known',
    ]);
  });

  it('groups the annex practices by typology and lists the other practices known', async () => {
    const m = (await as.anonymous.request({ url: `${REPORT}?format=json` })).json();
    const annex = MUST_A_LAB_PRACTICES.filter((p) => p.source.section.startsWith('6.'))
      .map((p) => p.id)
      .sort();
    const other = MUST_A_LAB_PRACTICES.filter((p) => p.source.section.startsWith('7.')).map((p) => p.id);
    expect(m.typologies.flatMap((x: { practices: { id: string }[] }) => x.practices.map((p) => p.id)).sort()).toEqual(
      annex,
    );
    expect(m.otherPractices.map((p: { id: string }) => p.id)).toEqual(other);
    expect(m.cities.map((c: { name: string }) => c.name)).toEqual(SEVEN);
    expect(m.challenges.items.map((c: { title: string }) => c.title)).toContain('Ghettoisation');
    expect(
      m.outreach.cities.find((c: { cityId: string }) => c.cityId === 'city-vienna').emptyAreas.length,
    ).toBeGreaterThanOrEqual(3);
    expect(m.gaps.emptyAreas.map((g: { cityName: string }) => g.cityName)).toContain('Vienna');
    const milma = m.cities[0].practices.find((p: { id: string }) => p.id === 'practice-fuenlabrada-milma');
    expect(milma.quantitativeResults.length).toBeGreaterThan(0);
  });

  it('reports on any set of cities and rejects unknown ones', async () => {
    const m = (await as.anonymous.request({ url: `${REPORT}?cities=city-mechelen&format=json` })).json();
    expect(m.cities.map((c: { id: string }) => c.id)).toEqual(['city-mechelen']);
    expect(m.typologies.flatMap((x: { practices: { cityId: string }[] }) => x.practices.map((p) => p.cityId))).toEqual([
      'city-mechelen',
      'city-mechelen',
    ]);
    expect(m.otherPractices.map((p: { id: string }) => p.id)).not.toContain('practice-fuenlabrada-milma');
    const bad = await as.anonymous.request({ url: `${REPORT}?cities=city-mechelen,city-atlantis` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'cities' });
    const format = await as.anonymous.request({ url: `${REPORT}?format=odt` });
    expect(format.statusCode).toBe(400);
  });

  it('generates a PDF with a bookmark for every city and practice', async () => {
    const res = await as.anonymous.request({ url: REPORT + '?format=pdf' });
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="state-of-the-art-.*\.pdf"/);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    try {
      expect(doc.numPages).toBeGreaterThan(20);
      const titles: string[] = [];
      const walk = (items: { title: string; items: unknown[] }[]) =>
        items.forEach((i) => {
          titles.push(i.title);
          walk(i.items as { title: string; items: unknown[] }[]);
        });
      walk(await doc.getOutline());
      for (const city of SEVEN) expect(titles, city).toContain(city);
      for (const p of MUST_A_LAB_PRACTICES)
        expect(
          titles.some((x) => x.startsWith(p.name)),
          p.name,
        ).toBe(true);
    } finally {
      await doc.destroy();
    }
  });

  it('generates an Arabic PDF from which a reader extracts the title and subtitle as written', async () => {
    const res = await as.anonymous.request({ url: `${REPORT}?cities=city-pont-de-claix&lang=ar&format=pdf` });
    expect(res.statusCode).toBe(200);
    const doc = await getDocument({ data: new Uint8Array(res.rawPayload) }).promise;
    try {
      const items = (await (await doc.getPage(1)).getTextContent()).items.filter((i) => 'str' in i);
      expect(items.length).toBeGreaterThan(2);
      const text = items
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' ');
      const t = translator('ar');
      expect(text).toContain(t('report.title'));
      expect(text).toContain(t('report.subtitle', { cities: 'Pont-de-Claix' }));
    } finally {
      await doc.destroy();
    }
  });

  it('generates a Word document whose text carries every city and practice', async () => {
    const res = await as.anonymous.request({ url: REPORT + '?format=docx' });
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = res.rawPayload;
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(docx);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const city of SEVEN) expect(xml, city).toContain(city);
    const escape = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
    for (const p of MUST_A_LAB_PRACTICES) expect(xml, p.name).toContain(escape(p.name));
  });
});

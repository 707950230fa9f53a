import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, EVERYONE, roleMatrix, startTestApp, type Client, type TestApp, type Who } from './harness.ts';

const PRACTICE = 'practice-modena-citta-interculturale';
const practiceUrl = (lang: string) => `/api/v1/practices/${PRACTICE}/translations/${lang}`;
const cityUrl = (lang: string) => `/api/v1/cities/city-modena/translations/${lang}`;

const ukrainian = {
  kind: 'human',
  note: 'Translated by the city team',
  fields: { name: 'Модена — міжкультурне місто', description: 'Опис практики українською.' },
};

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

describe.each(ENGINES)('translations of practices and city profiles on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-modena');
  });
  afterAll(async () => t?.close());

  const put = (who: Who, url: string, payload: object) => as[who].request({ method: 'PUT', url, payload });

  const ukrainianCity = {
    ...ukrainian,
    fields: { name: 'Модена', strategy: 'Стратегія міста.', keyTakeaways: ['Перше.'] },
  };

  describe.each([
    ['practice', practiceUrl, ukrainian],
    ['city', cityUrl, ukrainianCity],
  ] as const)('the %s translation role matrix', (_what, url, ukrainian) => {
    const expected: Record<Who, number> = { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 };
    it.each(EVERYONE)('PUT answers %s as the role matrix says', async (who) => {
      const res = await put(who, url('uk'), ukrainian);
      expect(res.statusCode, res.body).toBe(expected[who]);
      if (res.statusCode >= 400)
        expect(res.json().error.code).toBe(res.statusCode === 401 ? 'unauthenticated' : 'forbidden');
    });

    it.each(EVERYONE)('GET is public (%s)', async (who) => {
      expect((await put('admin', url('uk'), ukrainian)).statusCode).toBe(200);
      const res = await as[who].request({ url: url('uk') });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.language).toBe('uk');
      expect(body.fields.name).toBe(ukrainian.fields.name);
      expect(body.kind).toBe('human');
      // The translator is shown to those who may edit the record only.
      expect(body.translatorId === null).toBe(!['editor', 'admin'].includes(who));
    });

    it.each(EVERYONE)('DELETE answers %s as the role matrix says', async (who) => {
      expect((await put('admin', url('uk'), ukrainian)).statusCode).toBe(200);
      const res = await as[who].request({ method: 'DELETE', url: url('uk') });
      expect(res.statusCode, res.body).toBe(who === 'editor' || who === 'admin' ? 204 : expected[who]);
      const after = await t.anonymous.request({ url: url('uk') });
      expect(after.statusCode).toBe(who === 'editor' || who === 'admin' ? 404 : 200);
    });
  });

  it('lists a record’s translations with their provenance, and keeps each change as a revision', async () => {
    expect(
      (await put('editor', practiceUrl('fr'), { ...ukrainian, kind: 'machine', fields: { name: 'Modène' } }))
        .statusCode,
    ).toBe(200);
    const second = await put('editor', practiceUrl('fr'), {
      kind: 'machine',
      source: 'DeepL',
      note: 'not from the source',
      fields: { name: 'Modène, ville interculturelle' },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().version).toBe(2);
    const list = await t.anonymous.request({ url: `/api/v1/practices/${PRACTICE}/translations` });
    const fr = list.json().items.find((i: { language: string }) => i.language === 'fr');
    expect(fr).toMatchObject({ kind: 'machine', source: 'DeepL', note: 'not from the source', version: 2 });
    expect(fr.fields).toEqual({ name: 'Modène, ville interculturelle' });
    const stale = await put('editor', practiceUrl('fr'), { kind: 'human', fields: { name: 'Modène' }, version: 1 });
    expect(stale.statusCode).toBe(409);
    const revisions = await t.db.query<{ version: number; action: string }>(
      "SELECT version, action FROM revisions WHERE entity_type = 'practice-translation' AND entity_id = $1 ORDER BY version",
      [`${PRACTICE}/fr`],
    );
    expect(revisions.rows.map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('refuses bad input naming the field', async () => {
    const cases: [string, object, string][] = [
      [practiceUrl('xx'), ukrainian, 'language'],
      [practiceUrl('en'), ukrainian, 'language'],
      [practiceUrl('de'), { kind: 'human', fields: {} }, 'fields'],
      [practiceUrl('de'), { kind: 'human', fields: { name: '  ' } }, 'fields'],
      [practiceUrl('de'), { kind: 'robot', fields: { name: 'Modena' } }, 'kind'],
      [practiceUrl('de'), { kind: 'human', fields: { mayor: 'x' } }, 'fields'],
      [practiceUrl('de'), { kind: 'human', fields: { name: 'x'.repeat(20_001) } }, 'fields.name'],
      [cityUrl('de'), { kind: 'human', fields: { keyTakeaways: 'not a list' } }, 'fields.keyTakeaways'],
    ];
    for (const [url, payload, field] of cases) {
      const res = await put('admin', url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload).slice(0, 80)}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.field).toBe(field);
    }
    const missing = await as.admin.request({ url: '/api/v1/practices/practice-nowhere/translations' });
    expect(missing.statusCode).toBe(404);
    const none = await as.admin.request({ method: 'DELETE', url: practiceUrl('ps') });
    expect(none.statusCode).toBe(404);
  });

  it('ranks and highlights a search in Spanish with the bundled Spanish translation of MILMA', async () => {
    const milma = 'practice-fuenlabrada-milma';
    type Item = {
      id: string;
      excerpt: string;
      highlights: [number, number][];
      excerptLanguage: string | null;
      score: number;
    };
    const find = async (lang: string | null) => {
      const res = await t.anonymous.request({
        url: `/api/v1/practices?q=itinerarios${lang ? `&lang=${lang}` : ''}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Item[];
      expect(items.map((i) => i.id)).toContain(milma);
      return items.find((i) => i.id === milma)!;
    };
    const english = await find(null);
    expect(english.excerptLanguage).toBeNull();
    expect(english.highlights).toHaveLength(0);
    const spanish = await find('es');
    expect(spanish.excerptLanguage).toBe('es');
    expect(spanish.score).toBeGreaterThan(english.score);
    expect(spanish.highlights.length).toBeGreaterThan(0);
    const marked = spanish.highlights.map(([a, b]) => spanish.excerpt.slice(a, b).toLowerCase());
    expect(marked).toContain('itinerarios');
    expect(spanish.excerpt).toContain('codiseñados y desarrollados');
    const page = await t.anonymous.request({ url: '/practices?q=itinerarios&lang=es' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<p class="excerpt" lang="es">[^<]*<mark>itinerarios<\/mark>/);
    const unknown = await t.anonymous.request({ url: '/api/v1/practices?q=itinerarios&lang=xx' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('lang');
  });

  it('finds a practice by a word of its Spanish translation, stemmed in Spanish, and forgets it when the translation goes', async () => {
    const search = (q: string) => t.anonymous.request({ url: `/api/v1/practices?q=${encodeURIComponent(q)}` });
    expect(ids(await search('hortelano'))).not.toContain(PRACTICE);
    const res = await put('editor', practiceUrl('es'), {
      kind: 'machine',
      fields: { name: 'Modena, ciudad intercultural', description: 'Encuentros de hortelanos vecinales.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const found = ids(await search('hortelano'));
    expect(found).toContain(PRACTICE);
    expect(ids(await search('vecinal'))).toContain(PRACTICE);
    expect((await as.editor.request({ method: 'DELETE', url: practiceUrl('es') })).statusCode).toBe(204);
    expect(ids(await search('hortelano'))).not.toContain(PRACTICE);
  });

  it('finds a city by its translated name', async () => {
    const byName = (q: string) => t.anonymous.request({ url: `/api/v1/cities?q=${encodeURIComponent(q)}` });
    const before = await byName('Μόντενα');
    expect(before.json().items).toHaveLength(0);
    expect((await put('editor', cityUrl('el'), { kind: 'human', fields: { name: 'Μόντενα' } })).statusCode).toBe(200);
    expect(ids(await byName('Μόντενα'))).toEqual(['city-modena']);
  });
});

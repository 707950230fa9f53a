import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const PRACTICE = 'practice-modena-citta-interculturale';

/** The element with this class (its whole markup up to its closing tag), or null. */
const block = (page: string, tag: string, cls: string) =>
  new RegExp(`<${tag} class="${cls}"[^>]*>[\\s\\S]*?</${tag}>`).exec(page)?.[0] ?? null;

describe.each(ENGINES)('translated record pages without JavaScript on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  const get = async (url: string) => {
    const res = await t.anonymous.request({ url });
    expect(res.statusCode, url).toBe(200);
    return squashHtml(res.body);
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    const practice = await admin.request({
      method: 'PUT',
      url: `/api/v1/practices/${PRACTICE}/translations/es`,
      payload: {
        kind: 'machine',
        source: 'Traductor automático',
        note: 'not from the source',
        fields: { name: 'Modena, ciudad intercultural', description: 'Una red de servicios para la convivencia.' },
      },
    });
    expect(practice.statusCode, practice.body).toBe(200);
    const city = await admin.request({
      method: 'PUT',
      url: '/api/v1/cities/city-modena/translations/fr',
      payload: { kind: 'human', fields: { name: 'Modène', strategy: 'La stratégie de la ville.' } },
    });
    expect(city.statusCode, city.body).toBe(200);
  });
  afterAll(async () => t?.close());

  it('shows a practice in the reader’s language, says it is a machine translation and links to the original', async () => {
    const page = await get(`/practices/${PRACTICE}?lang=es`);
    expect(page).toContain('<h1><span lang="es">Modena, ciudad intercultural</span>');
    const notice = block(page, 'aside', 'record-translation');
    expect(notice).not.toBeNull();
    expect(notice).toContain(`<a href="/practices/${PRACTICE}?lang=es&amp;original=1" hreflang="en">`);
    expect(notice).toContain('Traductor automático');
    expect(notice).toContain('not from the source');
    // The original's language is named in the page's language.
    expect(notice).toContain('inglés');
    // Translated texts carry the translation's language, the others the original's.
    expect(page).toContain('Una red de servicios para la convivencia.');
    expect(page).toMatch(/<dd lang="es"><p>Una red de servicios/);
    expect(page).toMatch(/<dd lang="en">/);
  });

  it('shows the original on request, with a link back to the translation', async () => {
    const page = await get(`/practices/${PRACTICE}?lang=es&original=1`);
    expect(page).not.toContain('Modena, ciudad intercultural');
    expect(page).toMatch(/<h1><span lang="en">/);
    const notice = block(page, 'aside', 'record-translation');
    expect(notice).toContain(`<a href="/practices/${PRACTICE}?lang=es" hreflang="es">`);
  });

  it('shows the original, without a notice, in a language with no translation', async () => {
    const page = await get(`/practices/${PRACTICE}?lang=de`);
    expect(page).toMatch(/<h1><span lang="en">/);
    expect(page).not.toContain('record-translation');
  });

  it('shows a city profile’s translated texts with their language, and the original’s for the rest', async () => {
    const page = await get('/cities/city-modena?lang=fr');
    expect(page).toContain('<h1><span lang="fr">Modène</span>');
    expect(page).toMatch(/<div class="record-text" lang="fr"><p>La stratégie de la ville.<\/p>/);
    const notice = block(page, 'aside', 'record-translation');
    expect(notice).toContain('<a href="/cities/city-modena?lang=fr&amp;original=1" hreflang="it">');
    const original = await get('/cities/city-modena?lang=fr&original=1');
    expect(original).not.toContain('Modène</span>');
    expect(original).toContain('<a href="/cities/city-modena?lang=fr" hreflang="fr">');
  });
  it('gives the city’s editors a translation form that works without JavaScript, with errors next to their fields', async () => {
    const editor = await t.signIn('editor', 'city-vienna');
    const url = '/practices/practice-vienna-cult-cafe/translate';
    // Signed out: sent to sign in first.
    expect((await t.anonymous.request({ url })).statusCode).toBe(303);
    expect((await (await t.signIn('editor', 'city-modena')).request({ url })).statusCode).toBe(403);
    const form = squashHtml((await editor.request({ url: `${url}?lang=en&language=de` })).body);
    // The bundled German translation is opened, each field labelled.
    expect(form).toContain('<label for="f-field-name">Name of the practice</label>');
    expect(form).toMatch(/<textarea[^>]*name="field.name"[^>]*lang="de"[^>]*>Cult.Cafe<\/textarea>/);
    const bad = await postForm(editor, url, [
      ['language', 'de'],
      ['kind', 'human'],
      ['field.name', 'x'.repeat(20_001)],
    ]);
    expect(bad.statusCode).toBe(400);
    const page = squashHtml(bad.body);
    expect(page).toMatch(/<p class="field-error" id="f-field-name-error">[^<]+<\/p>/);
    expect(page).toMatch(/aria-invalid="true"/);
    const good = await postForm(editor, url, [
      ['language', 'uk'],
      ['kind', 'human'],
      ['note', 'Переклад міської команди'],
      ['field.name', 'Культ.Кафе'],
    ]);
    expect(good.statusCode, good.body).toBe(303);
    expect(good.headers.location).toBe(`${url}?language=uk&notice=saved`);
    const shown = await get('/practices/practice-vienna-cult-cafe?lang=uk');
    expect(shown).toContain('<h1><span lang="uk">Культ.Кафе</span>');
  });
});

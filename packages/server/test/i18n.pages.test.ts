import { LANGUAGES } from '@convivio/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/accounts/service.ts';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0];

describe.each(ENGINES)('pages in the eleven interface languages on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  const get = (url: string, headers: Record<string, string> = {}, cookies: Record<string, string> = {}) =>
    t.anonymous.request({ url, headers, cookies });

  it('serves ?lang=ar right to left in Arabic, with the unreviewed-translation notice', async () => {
    const res = await get('/?lang=ar');
    expect(res.statusCode).toBe(200);
    expect(htmlTag(res.body)).toBe('<html lang="ar" dir="rtl">');
    expect(res.body).toMatch(/<a href="\/practices\?lang=ar"\s*>الممارسات<\/a>/);
    expect(res.body).toContain('<p class="translation-notice">لم يراجع هذه الترجمة متحدث أصلي باللغة بعد.</p>');
    expect(res.headers.vary).toContain('Accept-Language');
    for (const [lang, dir] of [
      ['fa-AF', 'rtl'],
      ['ps', 'rtl'],
      ['el', 'ltr'],
      ['uk', 'ltr'],
    ])
      expect(htmlTag((await get(`/practices?lang=${lang}`)).body), lang).toBe(`<html lang="${lang}" dir="${dir}">`);
    const english = await get('/');
    expect(htmlTag(english.body)).toBe('<html lang="en" dir="ltr">');
    expect(english.body).not.toContain('translation-notice');
  });

  it('gives every page an address per language, announced with hreflang', async () => {
    const res = await get('/practices?q=work&lang=de');
    const alternates = [...res.body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    expect(alternates.map((m) => m[1])).toEqual([...LANGUAGES(), 'x-default']);
    expect(alternates.find((m) => m[1] === 'ar')?.[2]).toBe('/practices?q=work&amp;lang=ar');
    expect(alternates.find((m) => m[1] === 'x-default')?.[2]).toBe('/practices?q=work');
    expect(res.body).toMatch(/<option value="de" lang="de" dir="ltr" selected>\s*Deutsch\s*<\/option>/);
  });

  it('follows Accept-Language by q-value with region fallbacks, after the language cookie', async () => {
    const lang = async (headers: Record<string, string>, cookies: Record<string, string> = {}) =>
      /<html lang="([^"]+)"/.exec((await get('/practices', headers, cookies)).body)?.[1];
    expect(await lang({ 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' })).toBe('fr');
    expect(await lang({ 'accept-language': 'pt-BR, de;q=0.3, nl;q=0.8' })).toBe('nl');
    expect(await lang({ 'accept-language': 'pt-BR, pl' })).toBe('en');
    expect(await lang({ 'accept-language': 'fr' }, { convivio_lang: 'uk' })).toBe('uk');
    expect(await lang({ 'accept-language': 'fr' }, { convivio_lang: 'nope' })).toBe('fr');
  });

  it('keeps the switcher’s choice in a cookie and goes back to the page without its old language', async () => {
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/language',
      headers: form,
      payload: `lang=el&next=${encodeURIComponent('/practices?lang=fr&q=work')}`,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/practices?q=work');
    const cookie = res.cookies.find((c) => c.name === 'convivio_lang');
    expect(cookie).toMatchObject({ value: 'el', path: '/', httpOnly: true, sameSite: 'Lax' });
    const page = await get('/practices?q=work', {}, { convivio_lang: cookie?.value ?? '' });
    expect(htmlTag(page.body)).toBe('<html lang="el" dir="ltr">');
    expect(page.body).toContain('Πρακτικές');
    const bad = await t.anonymous.request({
      method: 'POST',
      url: '/language',
      headers: form,
      payload: 'lang=xx&next=/',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.cookies.find((c) => c.name === 'convivio_lang')).toBeUndefined();
  });

  it('stores a signed-in user’s choice in their account and restores it when they sign in again', async () => {
    const reader = await t.signIn('reader');
    const chosen = await reader.request({ method: 'POST', url: '/language', headers: form, payload: 'lang=ps&next=/' });
    expect(chosen.statusCode).toBe(303);
    const stored = await t.db.query<{ language: string }>('SELECT language FROM users WHERE id = $1', [
      reader.user?.id,
    ]);
    expect(stored.rows).toEqual([{ language: 'ps' }]);

    await createUser(t.db, {
      email: 'dari@example.org',
      name: 'Dari Reader',
      role: 'reader',
      password: 'correct horse battery',
    });
    await t.db.query(`UPDATE users SET language = 'fa-AF' WHERE email = 'dari@example.org'`);
    const signIn = await t.anonymous.request({
      method: 'POST',
      url: '/sign-in',
      headers: form,
      payload: 'email=dari%40example.org&password=correct+horse+battery&next=%2F',
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.cookies.find((c) => c.name === 'convivio_lang')?.value).toBe('fa-AF');
  });

  it('shows the page forms’ field messages in the page language', async () => {
    const page = (await get('/sign-in?lang=de')).body;
    expect(page).toContain('data-msg-required="Füllen Sie dieses Feld aus"');
    expect(page).toContain('data-msg-number="Geben Sie eine Zahl ein, zum Beispiel 12 oder 39,28"');
    const failed = await t.anonymous.request({
      method: 'POST',
      url: '/sign-in?lang=fr',
      headers: form,
      payload: 'email=nobody%40example.org&password=wrong+password+here&next=%2F',
    });
    expect(failed.statusCode).toBe(401);
    expect(failed.body).toContain('L’adresse électronique ou le mot de passe est incorrect.');
  });
});

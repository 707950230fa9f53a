import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';

const P = '/mentoring/programme-cities-grow';
const API = '/api/v1/mentoring/programmes/programme-cities-grow';
const ENTREPRENEURS = 'theme-cities-grow-migrant-entrepreneurs';
const NAME = 'Annelies Contactperson';
const EMAIL = 'annelies.contact@example.org';
const OPEN_DATA = ['practices', 'cities', 'events'].flatMap((s) => [
  `/api/v1/open-data/${s}.csv`,
  `/api/v1/open-data/${s}.json`,
]);

describe.each(ENGINES)("an offer's contact person on %s", (engine) => {
  let t: TestApp;
  let owner: Client;
  let admin: Client;
  let reader: Client;
  let offerId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    owner = await t.signIn('editor', 'city-ghent');
    admin = await t.signIn('admin');
    reader = await t.signIn('reader');
    const posted = await postForm(owner, `${P}/posts`, [
      ['kind', 'offer'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-ghent'],
      ['capacity', '1'],
    ]);
    expect(posted.statusCode, posted.body).toBe(303);
    offerId = String(posted.headers.location).split('#')[1]!;
    expect(offerId).toMatch(/^offer-/);
  });
  afterAll(async () => t?.close());

  const contactUrl = () => `${P}/posts/${offerId}/contact`;

  it("is set from the form by the offer's city's editor only, naming a bad email by its label", async () => {
    expect((await owner.request({ url: P })).body).toContain(`href="${contactUrl()}"`);
    expect((await reader.request({ url: P })).body).not.toContain(`href="${contactUrl()}"`);
    const vienna = await t.signIn('editor', 'city-vienna');
    for (const who of [reader, vienna]) {
      expect((await who.request({ url: contactUrl() })).statusCode).toBe(403);
      expect((await postForm(who, contactUrl(), [['name', 'Intruder']])).statusCode).toBe(403);
    }
    const anonymous = await t.anonymous.request({ url: contactUrl() });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/sign-?in/);

    const bad = await postForm(owner, contactUrl(), [
      ['name', NAME],
      ['email', 'not an address'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="f-email-error">must be an email address');
    expect(bad.body).toMatch(/<a href="#f-email">Contact e-mail:/);
    expect(bad.body).toContain(`value="${NAME}"`);

    const saved = await postForm(owner, contactUrl(), [
      ['name', NAME],
      ['email', EMAIL],
    ]);
    expect(saved.statusCode, saved.body).toBe(303);
    expect((await owner.request({ url: contactUrl() })).body).toContain(`value="${EMAIL}"`);
  });

  it('is shown to the owner and administrators, never to anonymous visitors and readers', async () => {
    for (const who of [owner, admin]) {
      expect((await who.request({ url: P })).body).toContain(NAME);
      const offer = (await who.request({ url: API })).json().offers.find((o: { id: string }) => o.id === offerId);
      expect(offer.contact).toEqual({ name: NAME, email: EMAIL });
    }
    for (const who of [t.anonymous, reader]) {
      const page = await who.request({ url: P });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`id="${offerId}"`);
      const api = await who.request({ url: API });
      expect(api.statusCode).toBe(200);
      const offers = api.json().offers as { id: string; contact: unknown }[];
      expect(offers.map((o) => o.id)).toContain(offerId);
      expect(offers.find((o) => o.id === offerId)!.contact).toBeNull();
      const list = await who.request({ url: '/api/v1/mentoring/programmes' });
      for (const res of [page, api, list]) {
        expect(res.body).not.toContain(NAME);
        expect(res.body).not.toContain(EMAIL);
      }
      for (const url of OPEN_DATA) {
        const file = await who.request({ url });
        expect(file.statusCode, url).toBe(200);
        expect(file.body.length, url).toBeGreaterThan(100);
        expect(file.body, url).not.toContain(NAME);
        expect(file.body, url).not.toContain(EMAIL);
      }
    }
  });

  it('is cleared from the form', async () => {
    const cleared = await postForm(owner, contactUrl(), [
      ['name', NAME],
      ['email', EMAIL],
      ['clear', '1'],
    ]);
    expect(cleared.statusCode).toBe(303);
    expect((await admin.request({ url: P })).body).not.toContain(NAME);
    const offer = (await admin.request({ url: API })).json().offers.find((o: { id: string }) => o.id === offerId);
    expect(offer.contact).toBeNull();
  });
});

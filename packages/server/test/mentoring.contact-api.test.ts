import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions } from '../src/revisions/service.ts';
import { ENGINES, EVERYONE, roleMatrix, startTestApp, type Client, type TestApp, type Who } from './harness.ts';

const API = '/api/v1/mentoring/programmes/programme-cities-grow';
const ENTREPRENEURS = 'theme-cities-grow-migrant-entrepreneurs';
const EMAIL = 'api.contact@example.org';

describe.each(ENGINES)("the API for an offer's contact person on %s", (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;
  let offerId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-ghent');
    const posted = await as.editor.request({
      method: 'POST',
      url: `${API}/offers`,
      payload: { themeId: ENTREPRENEURS, cityId: 'city-ghent', capacity: 1 },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    offerId = posted.json().id;
  });
  afterAll(async () => t?.close());

  const put = (who: Who, payload: unknown, postId = offerId) =>
    as[who].request({ method: 'PUT', url: `${API}/posts/${postId}/contact`, payload: payload as object });

  const EXPECT: Record<Who, number> = { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 };
  it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
    const res = await put(who, { name: `Set by ${who}`, email: EMAIL });
    expect(res.statusCode, res.body).toBe(EXPECT[who]);
    if (res.statusCode === 200)
      expect(res.json()).toEqual({ id: offerId, contact: { name: `Set by ${who}`, email: EMAIL } });
  });

  it('sets the contact shown to editors, names a bad e-mail, clears it with null and records the change without it', async () => {
    const set = await put('editor', { name: 'Api Person', email: ' API.Person@Example.org ' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().contact).toEqual({ name: 'Api Person', email: 'api.person@example.org' });
    const seen = (await as.editor.request({ url: API })).json();
    expect(seen.offers.find((o: { id: string }) => o.id === offerId).contact).toEqual(set.json().contact);
    const hidden = (await as.anonymous.request({ url: API })).json();
    expect(hidden.offers.find((o: { id: string }) => o.id === offerId).contact).toBeNull();

    const bad = await put('editor', { name: 'Api Person', email: 'not-an-address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'email' });
    expect(bad.json().error.message).toContain('must be an email address');

    const cleared = await put('editor', null);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toEqual({ id: offerId, contact: null });
    expect(
      (await as.editor.request({ url: API })).json().offers.find((o: { id: string }) => o.id === offerId).contact,
    ).toBeNull();

    expect((await put('admin', { name: 'X' }, 'offer-nope')).statusCode).toBe(404);
    const revs = await listRevisions(t.db, 'mentoring-offer', offerId);
    expect(revs.length).toBeGreaterThan(3);
    expect(revs[0]!.record).toMatchObject({ contactSet: false });
    expect(revs[1]!.record).toMatchObject({ contactSet: true });
    expect(JSON.stringify(revs)).not.toContain('api.person@example.org');
    expect(JSON.stringify(revs)).not.toContain(EMAIL);
  });
});

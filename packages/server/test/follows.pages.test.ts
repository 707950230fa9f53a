import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

describe.each(ENGINES)('follow pages on %s', (engine) => {
  let t: TestApp;
  let reader: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    reader = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  it('offers signed-in people a Follow button on a city page, a form that works without scripts', async () => {
    expect((await t.anonymous.request({ url: '/cities/city-milan' })).body).not.toContain('action="/follows"');
    const page = squashHtml((await reader.request({ url: '/cities/city-milan' })).body);
    expect(page).toContain('<form method="post" action="/follows"');
    expect(page).toContain('name="target" value="city-milan"');
    const res = await postForm(reader, '/follows', [
      ['kind', 'city'],
      ['target', 'city-milan'],
      ['back', '/cities/city-milan'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/cities/city-milan');
    const after = (await reader.request({ url: '/cities/city-milan' })).body;
    expect(after).toContain('You follow Milan.');
    expect(after).toContain('action="/follows/remove"');
  });

  it('offers a Follow and a Stop following button on each challenge of /challenges, without scripts', async () => {
    const id = 'labour-economic-integration';
    const removals = (body: string) => body.split('action="/follows/remove"').length - 1;
    expect((await t.anonymous.request({ url: '/challenges' })).body).not.toContain('action="/follows"');
    const follower = await t.signIn('reader');
    const page = squashHtml((await follower.request({ url: '/challenges' })).body);
    expect(page).toContain(`name="kind" value="challenge"><input type="hidden" name="target" value="${id}"`);
    expect(removals(page)).toBe(0);
    const res = await postForm(follower, '/follows', [
      ['kind', 'challenge'],
      ['target', id],
      ['back', '/challenges'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/challenges');
    const after = squashHtml((await follower.request({ url: '/challenges' })).body);
    expect(removals(after)).toBe(1);
    expect(after).toMatch(
      new RegExp(`action="/follows/remove"[^>]*><input[^>]*><input[^>]*value="challenge"><input[^>]*value="${id}"`),
    );
    const stop = await postForm(follower, '/follows/remove', [
      ['kind', 'challenge'],
      ['target', id],
      ['back', '/challenges'],
    ]);
    expect(stop.statusCode, stop.body).toBe(303);
    expect(removals((await follower.request({ url: '/challenges' })).body)).toBe(0);
  });

  it('shows what one follows and the digest, says when there is nothing new, and follows a theme from the picker', async () => {
    const page = squashHtml((await reader.request({ url: '/follows' })).body);
    expect(page).toContain('<h1>My follows</h1>');
    expect(page).toContain('Stop following Milan');
    // The first digest looks back a month: the data set was just imported, so Milan's practices are new.
    expect(page).toContain('<h3>City: Milan</h3>');
    expect(page).toMatch(/<a href="\/practices\/practice-milan-[a-z-]+">New practice: /);
    expect((await postForm(reader, '/follows/read', [])).statusCode).toBe(303);
    expect((await reader.request({ url: '/follows' })).body).toContain('Nothing new in what you follow since then.');
    const res = await postForm(reader, '/follows', [['what', 'theme:housing']]);
    expect(res.statusCode, res.body).toBe(303);
    expect((await reader.request({ url: '/follows' })).body).toContain('Stop following Housing');
    const email = await postForm(reader, '/follows/email', [['frequency', 'weekly']]);
    expect(email.headers.location).toBe('/follows?notice=saved');
    expect((await reader.request({ url: '/follows' })).body).toMatch(/value="weekly"\s+checked/);
    const unfollowed = await postForm(reader, '/follows/remove', [
      ['kind', 'city'],
      ['target', 'city-milan'],
      ['back', '/follows'],
    ]);
    expect(unfollowed.statusCode).toBe(303);
    expect((await reader.request({ url: '/follows' })).body).not.toContain('Stop following Milan');
  });

  it('asks anonymous visitors to sign in, and refuses their posts', async () => {
    const res = await t.anonymous.request({ url: '/follows' });
    expect([302, 303, 401]).toContain(res.statusCode);
    const post = await postForm(t.anonymous, '/follows', [['what', 'theme:housing']]);
    expect([303, 401]).toContain(post.statusCode);
    if (post.statusCode === 303) expect(post.headers.location).toMatch(/^\/sign-in/);
  });
});

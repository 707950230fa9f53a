import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the account pages without JavaScript', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { seed: false });
  });
  afterAll(async () => t?.close());

  it('shows the sign-up and forgotten-password forms with labelled fields', async () => {
    for (const [url, labels] of [
      ['/sign-up', ['Your name', 'Email address', 'Password']],
      ['/password/forgot', ['Email address']],
    ] as const) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      for (const label of labels) expect(res.body).toMatch(new RegExp(`<label for="f-[\\w-]+"\\s*>${label}`));
    }
    const signIn = await t.app.inject({ url: '/sign-in' });
    expect(signIn.body).toContain('href="/sign-up"');
    expect(signIn.body).toContain('href="/password/forgot"');
  });

  it('answers a posted form with the next step, or the form again naming the field at fault', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/password/forgot',
      headers: form,
      payload: 'email=nobody%40example.org',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Check your inbox');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/sign-up',
      headers: form,
      payload: 'name=Ann&email=not-an-address&password=lantern+orchard+tidal+quartz',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-email"');
    expect(bad.body).toContain('must be an email address');
    expect(bad.body).not.toContain('lantern');
    const link = await t.app.inject({ url: `/password/reset/${'x'.repeat(43)}` });
    expect(link.statusCode).toBe(404);
    expect(link.body).toContain('This link does not work');
  });

  it('sends anonymous visitors of the signed-in forms to sign in, and shows them to a signed-in user', async () => {
    for (const url of ['/account/email', '/account/password', '/invitations']) {
      const res = await t.app.inject({ url });
      expect([url, res.statusCode]).toEqual([url, 303]);
    }
    const admin = await t.signIn('admin');
    for (const url of ['/account/email', '/account/password', '/invitations']) {
      const res = await admin.request({ url });
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.body).toContain('name="_csrf"');
    }
  });
});

import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueOf, LANGUAGES } from '@convivio/web';
import {
  ENGINES,
  postForm,
  roleMatrix,
  startTestApp,
  type Client,
  type TestApp,
  type Who,
} from '../../test/harness.ts';
import { linkIn, startInbox, tokenOf, type Inbox } from '../../test/smtp-inbox.ts';

const CITY = 'city-milan';
const OTHER = 'city-vienna';
const PASSWORD = 'lantern orchard tidal quartz';

describe.each(ENGINES)('invitations to edit a city on %s', (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  let who: Record<Who, Client>;
  const unique = () => `invitee-${crypto.randomBytes(4).toString('hex')}@example.org`;
  const invite = (by: Client, email: string, cityId = CITY) =>
    by.request({ method: 'POST', url: '/api/v1/invitations', payload: { email, cityId } });
  const accept = (payload: object) =>
    t.anonymous.request({ method: 'POST', url: '/api/v1/invitations/accept', payload });
  const invited = async (by: Client, email: string) => {
    const res = await invite(by, email);
    expect(res.statusCode).toBe(201);
    return tokenOf(linkIn(await inbox.next(email, /invited to edit/), '/invitations/'));
  };

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, { env: { SMTP_URL: inbox.url, PUBLIC_BASE_URL: 'http://convivio.test' } });
    who = await roleMatrix(t, CITY, OTHER);
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('writes to someone without an account in the inviter’s language, and the link opens in it', async () => {
    const french = await t.signIn('admin');
    await t.db.query(`UPDATE users SET language = 'fr' WHERE id = $1`, [french.user?.id]);
    const email = unique();
    expect((await invite(french, email)).statusCode).toBe(201);
    const mail = await inbox.next(email);
    const link = linkIn(mail, '/invitations/');
    expect(new URL(link).searchParams.get('lang')).toBe('fr');
    const page = await t.anonymous.request({ url: new URL(link).pathname + new URL(link).search });
    expect(page.body).toContain('<html lang="fr"');
  });

  it('writes in the language chosen on the form or in the API, and refuses an unknown one naming the field', async () => {
    const greek = catalogueOf('el');
    const subjectStart = greek['mail.invitation.subject']!.split('{')[0]!;
    const actionGreek = greek['mail.invitation.action']!;
    expect(subjectStart.length).toBeGreaterThan(5);
    const byApi = unique();
    const res = await who.admin.request({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: byApi, cityId: CITY, language: 'el' },
    });
    expect(res.statusCode).toBe(201);
    const mail = await inbox.next(byApi);
    expect(mail.subject?.startsWith(subjectStart)).toBe(true);
    expect(mail.text).toContain(actionGreek);
    expect(new URL(linkIn(mail, '/invitations/')).searchParams.get('lang')).toBe('el');

    const form = await who.editor.request({ url: '/invitations?lang=de' });
    const options = [...form.body.matchAll(/<select id="f-language"[\s\S]*?<\/select>/g)][0]?.[0] ?? '';
    expect([...options.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(LANGUAGES());
    expect(options).toMatch(/<option value="de" selected/);
    const byForm = unique();
    const posted = await postForm(who.editor, '/invitations?lang=de', [
      ['email', byForm],
      ['language', 'el'],
    ]);
    expect(posted.statusCode).toBe(303);
    const formMail = await inbox.next(byForm);
    expect(formMail.subject?.startsWith(subjectStart)).toBe(true);
    expect(new URL(linkIn(formMail, '/invitations/')).searchParams.get('lang')).toBe('el');

    const unknown = await who.admin.request({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: unique(), cityId: CITY, language: 'xx' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('language');
    const badForm = await postForm(who.editor, '/invitations', [
      ['email', unique()],
      ['language', 'klingon'],
    ]);
    expect(badForm.statusCode).toBe(400);
    expect(badForm.body).toContain('id="f-language-error">must be one of');
  });

  it("lets administrators and the city's editors invite, editors only to their own city (role matrix)", async () => {
    const statuses = async (cityId: string) => {
      const out: Record<string, number> = {};
      for (const w of ['anonymous', 'reader', 'otherEditor', 'editor', 'admin'] as Who[])
        out[w] = (await invite(who[w], unique(), cityId)).statusCode;
      return out;
    };
    expect(await statuses(CITY)).toEqual({ anonymous: 401, reader: 403, otherEditor: 403, editor: 201, admin: 201 });
    const refused = await invite(who.editor, unique(), OTHER);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/own city/);
    const noCity = await invite(who.admin, unique(), 'city-atlantis');
    expect(noCity.statusCode).toBe(400);
    expect(noCity.json().error.field).toBe('cityId');
  });

  it('accepts an invitation once: a new editor account signs in; a second use fails clearly', async () => {
    const email = unique();
    const token = await invited(who.editor, email);
    const page = await t.app.inject({ url: `/invitations/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(email);
    const noPassword = await accept({ token, name: 'Nina Editor' });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().error.field).toBe('password');
    const ok = await accept({ token, name: 'Nina Editor', password: PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ email, cityId: CITY, created: true });
    const signIn = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user).toMatchObject({ role: 'editor', cityId: CITY, name: 'Nina Editor' });

    const again = await accept({ token, name: 'Someone Else', password: PASSWORD });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({
      code: 'link_used',
      message: 'This invitation has already been accepted',
    });
    const againPage = await t.app.inject({ url: `/invitations/${token}` });
    expect(againPage.statusCode).toBe(410);
    expect(againPage.body).toContain('already been accepted');
  });

  it('refuses an expired or withdrawn invitation with a clear error', async () => {
    const email = unique();
    const token = await invited(who.admin, email);
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
    const expired = await accept({ token, name: 'Late', password: PASSWORD });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('link_expired');
    expect(expired.json().error.message).toMatch(/expired.*7 days/);

    const other = unique();
    const second = await invited(who.editor, other);
    const id = (await who.editor.request({ url: '/api/v1/invitations' }))
      .json()
      .items.find((i: { email: string }) => i.email === other).id as string;
    expect((await who.otherEditor.request({ method: 'DELETE', url: `/api/v1/invitations/${id}` })).statusCode).toBe(
      403,
    );
    expect((await who.editor.request({ method: 'DELETE', url: `/api/v1/invitations/${id}` })).statusCode).toBe(204);
    const withdrawn = await accept({ token: second, name: 'Too Late', password: PASSWORD });
    expect(withdrawn.statusCode).toBe(410);
    expect(withdrawn.json().error.message).toMatch(/withdrawn/);
    expect((await accept({ token: 'not-a-token', name: 'X', password: PASSWORD })).statusCode).toBe(404);
  });

  it("makes an existing reader's account an editor without a new password", async () => {
    const reader = await t.signIn('reader');
    const token = await invited(who.admin, reader.user!.email);
    const ok = await accept({ token });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().created).toBe(false);
    const me = await reader.request({ url: '/api/v1/auth/session' });
    expect(me.json().user).toMatchObject({ role: 'editor', cityId: CITY });
  });

  it('shows invitations (with addresses) only to those who may invite to the city', async () => {
    const email = unique();
    await invited(who.editor, email);
    const list = async (c: Client) => c.request({ url: '/api/v1/invitations' });
    expect((await list(t.anonymous)).statusCode).toBe(401);
    expect((await list(who.reader)).statusCode).toBe(403);
    const other = await list(who.otherEditor);
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain(email);
    const mine = (await list(who.editor)).json().items as { email: string; cityId: string; state: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i) => i.cityId === CITY)).toBe(true);
    expect(mine.find((i) => i.email === email)?.state).toBe('pending');
    const all = (await list(who.admin)).json().items as { email: string }[];
    expect(all.some((i) => i.email === email)).toBe(true);
    expect((await who.otherEditor.request({ url: `/api/v1/invitations?cityId=${CITY}` })).statusCode).toBe(403);
    const page = await who.editor.request({ url: '/invitations' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(email);
    expect((await who.reader.request({ url: '/invitations' })).statusCode).toBe(403);
    const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM invitations');
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(stored.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });
});

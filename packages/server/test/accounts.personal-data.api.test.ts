import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, TEST_PASSWORD, type TestApp } from './harness.ts';

const PRACTICE = 'practice-modena-citta-interculturale';
const CITY = 'city-modena';
const ukrainian = { kind: 'human', note: 'By the city team', fields: { description: 'Опис практики українською.' } };
const ukrainianCity = { kind: 'human', fields: { strategy: 'Стратегія міста.' } };

describe.each(ENGINES)('a person’s translations, challenge links and invitations in their data on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('exports what they wrote, and keeps it after the account is deleted, by "a former member"', async () => {
    const me = await t.signIn('editor', CITY);
    const other = await t.signIn('admin');
    const put = (c: typeof me, url: string, payload: object) => c.request({ method: 'PUT', url, payload });
    const practiceUk = `/api/v1/practices/${PRACTICE}/translations/uk`;
    expect((await put(me, practiceUk, ukrainian)).statusCode).toBe(200);
    expect((await put(me, `/api/v1/cities/${CITY}/translations/uk`, ukrainianCity)).statusCode).toBe(200);
    // Someone else's translation of the same practice is not in the person's export.
    const greek = { kind: 'human', fields: { description: 'Περιγραφή της πρακτικής.' } };
    expect((await put(other, `/api/v1/practices/${PRACTICE}/translations/el`, greek)).statusCode).toBe(200);
    const challenges = { challenges: [{ challengeId: 'housing', priority: 'high' }] };
    expect((await put(me, `/api/v1/cities/${CITY}/challenges`, challenges)).statusCode).toBe(200);
    const invitee = `invitee-${Date.now()}@example.org`;
    const invited = await me.request({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: invitee, cityId: CITY },
    });
    expect(invited.statusCode).toBe(201);

    const res = await me.request({ url: '/api/v1/account/export' });
    expect(res.statusCode).toBe(200);
    const data = res.json();
    expect(data.translations).toHaveLength(2);
    expect(
      data.translations.map((x: { record: string; id: string; language: string }) => [x.record, x.id, x.language]),
    ).toEqual([
      ['practice', PRACTICE, 'uk'],
      ['city', CITY, 'uk'],
    ]);
    expect(data.translations[0].note).toBe('By the city team');
    expect(data.network.cityChallenges).toHaveLength(1);
    expect(data.network.cityChallenges[0]).toMatchObject({ cityId: CITY, challengeId: 'housing', priority: 'high' });
    expect(data.invitations.sent).toHaveLength(1);
    expect(data.invitations.sent[0].cityId).toBe(CITY);
    // The invited person's address is their personal data, not the inviter's.
    expect(res.body).not.toContain(invitee);
    expect(res.body).not.toContain('Περιγραφή');
    const theirs = (await other.request({ url: '/api/v1/account/export' })).json();
    expect(theirs.translations.map((x: { language: string }) => x.language)).toEqual(['el']);

    const del = await me.request({ method: 'DELETE', url: '/api/v1/account', payload: { password: TEST_PASSWORD } });
    expect(del.statusCode).toBe(204);
    const kept = await other.request({ url: practiceUk });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().fields.description).toBe(ukrainian.fields.description);
    const translator = kept.json().translatorId as string;
    expect(translator).toBe(me.user!.id);
    const row = await t.db.query<{ name: string; email: string | null }>(
      'SELECT name, email FROM users WHERE id = $1',
      [translator],
    );
    expect(row.rows[0]).toEqual({ name: 'a former member', email: null });
    expect((await other.request({ url: `/api/v1/cities/${CITY}/translations/uk` })).statusCode).toBe(200);
    const link = await t.db.query<{ updated_by_name: string }>(
      `SELECT updated_by_name FROM city_challenges WHERE city_id = $1 AND challenge_id = 'housing'`,
      [CITY],
    );
    expect(link.rows).toEqual([{ updated_by_name: 'a former member' }]);
    const list = (await other.request({ url: '/api/v1/invitations' })).json().items as {
      email: string;
      invitedBy: string;
    }[];
    expect(list.find((i) => i.email === invitee)?.invitedBy).toBe('a former member');
  });

  it('exports the editor requests an administrator decided, and keeps the decisions after their account is deleted', async () => {
    const decider = await t.signIn('admin');
    const otherAdmin = await t.signIn('admin');
    const asker = await t.signIn('reader');
    const refusedAsker = await t.signIn('reader');
    const ask = async (c: typeof asker, cityId: string) => {
      const res = await c.request({
        method: 'POST',
        url: '/api/v1/editor-requests',
        payload: { cityId, reason: 'I coordinate the integration office' },
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const decide = async (c: typeof decider, id: string, decision: 'approve' | 'refuse') =>
      expect(
        (await c.request({ method: 'POST', url: `/api/v1/editor-requests/${id}/decision`, payload: { decision } }))
          .statusCode,
      ).toBe(200);
    const approved = await ask(asker, CITY);
    const refused = await ask(refusedAsker, 'city-ghent');
    await decide(decider, approved, 'approve');
    await decide(decider, refused, 'refuse');
    // A request another administrator decided is not in this one's export.
    const third = await t.signIn('reader');
    const elsewhere = await ask(third, CITY);
    await decide(otherAdmin, elsewhere, 'approve');

    const res = await decider.request({ url: '/api/v1/account/export' });
    expect(res.statusCode).toBe(200);
    const decided = res.json().editorRequestsDecided as { requestId: string; decision: string; decidedAt: string }[];
    expect(decided).toHaveLength(2);
    expect(decided.map((d) => [d.requestId, d.decision])).toEqual([
      [approved, 'approved'],
      [refused, 'refused'],
    ]);
    expect(decided[0]).toMatchObject({ cityId: CITY });
    for (const d of decided) expect(Date.parse(d.decidedAt)).toBeGreaterThan(Date.now() - 600_000);
    // The requesters' names, addresses and reasons are their personal data, not the administrator's.
    expect(res.body).not.toContain(asker.user!.email);
    expect(res.body).not.toContain('integration office');
    expect((await asker.request({ url: '/api/v1/account/export' })).json().editorRequestsDecided).toEqual([]);

    const del = await decider.request({
      method: 'DELETE',
      url: '/api/v1/account',
      payload: { password: TEST_PASSWORD },
    });
    expect(del.statusCode).toBe(204);
    // The decisions stay, attributed to the emptied account: "a former member".
    const kept = await t.db.query<{
      id: string;
      status: string;
      decided_at: Date | string;
      name: string;
      email: string | null;
    }>(
      `SELECT q.id, q.status, q.decided_at, u.name, u.email FROM editor_requests q JOIN users u ON u.id = q.decided_by
       WHERE q.id IN ($1, $2) ORDER BY q.decided_at, q.id`,
      [approved, refused],
    );
    expect(kept.rows.map((r) => [r.id, r.status, r.name, r.email])).toEqual([
      [approved, 'approved', 'a former member', null],
      [refused, 'refused', 'a former member', null],
    ]);
    const listed = (await otherAdmin.request({ url: '/api/v1/editor-requests' })).json().items as {
      id: string;
      status: string;
    }[];
    expect(
      listed
        .filter((r) => r.id === approved || r.id === refused)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['approved', 'refused']);
  });
});

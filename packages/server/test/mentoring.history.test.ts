import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions } from '../src/revisions/service.ts';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const P = '/mentoring/programme-cities-grow';
const ENTREPRENEURS = 'theme-cities-grow-migrant-entrepreneurs';

describe.each(ENGINES)('mentoring revision history on %s', (engine) => {
  let t: TestApp;
  let editor: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-ghent');
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  it('records offers, their contact persons (without the personal data) and withdrawal, with their author', async () => {
    const posted = await postForm(editor, `${P}/posts`, [
      ['kind', 'offer'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-ghent'],
      ['capacity', '2'],
    ]);
    expect(posted.statusCode, posted.body).toBe(303);
    const id = String(posted.headers.location).split('#')[1]!;
    const contact = await postForm(editor, `${P}/posts/${id}/contact`, [
      ['name', 'Private Person'],
      ['email', 'private.person@example.org'],
    ]);
    expect(contact.statusCode).toBe(303);
    expect((await postForm(editor, `${P}/posts/${id}/withdraw`, [])).statusCode).toBe(303);
    const revs = await listRevisions(t.db, 'mentoring-offer', id);
    expect(revs.map((r) => [r.version, r.action])).toEqual([
      [3, 'delete'],
      [2, 'update'],
      [1, 'create'],
    ]);
    expect(revs[2]!.record).toMatchObject({ themeId: ENTREPRENEURS, cityId: 'city-ghent', capacity: 2 });
    expect(revs[1]!.record).toMatchObject({ contactSet: true });
    expect(JSON.stringify(revs)).not.toContain('private.person@example.org');
    expect(revs[0]!.authorName).toContain('<');
  });

  it('records study visits and action-plan changes', async () => {
    const visit = await postForm(admin, `${P}/study-visits`, [
      ['visit.title', 'Recorded visit'],
      ['visit.hostCityId', 'city-milan'],
      ['visit.eventId', 'event-icc-milan-2018'],
    ]);
    expect(visit.statusCode, visit.body).toBe(303);
    const visitId = String(visit.headers.location).split('#')[1]!;
    const v = await listRevisions(t.db, 'mentoring-study-visit', visitId);
    expect(v).toHaveLength(1);
    expect(v[0]!.record).toMatchObject({ title: 'Recorded visit', eventId: 'event-icc-milan-2018' });

    const plan = `${P}/plans/city-ghent`;
    expect((await postForm(editor, `${plan}/actions`, [['title', 'Recorded action']])).statusCode).toBe(303);
    expect((await postForm(editor, `${plan}/endorsement`, [['body', 'City council']])).statusCode).toBe(303);
    const p = await listRevisions(t.db, 'mentoring-action-plan', 'programme-cities-grow:city-ghent');
    expect(p.map((r) => r.version)).toEqual([2, 1]);
    expect(p[1]!.record).toMatchObject({ action: { title: 'Recorded action' } });
    expect(p[0]!.record).toMatchObject({ endorsement: { body: 'City council' } });
  });

  it("shows the programme's changes on its history page: all to administrators, a city's own to its editors", async () => {
    const vienna = await t.signIn('editor', 'city-vienna');
    const reader = await t.signIn('reader');
    const offer = await postForm(vienna, `${P}/posts`, [
      ['kind', 'request'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-vienna'],
    ]);
    expect(offer.statusCode, offer.body).toBe(303);

    const all = squashHtml((await admin.request({ url: `${P}/history` })).body);
    const rows = all.slice(all.indexOf('<tbody>'), all.indexOf('</tbody>')).split('<tr>').slice(1);
    // The tests above made 6 changes (an offer three times, a visit, two plan changes); this one a request.
    expect(rows).toHaveLength(7);
    expect(rows[0]).toContain(
      '<td>Request for a mentor: Services to promote and support migrant entrepreneurs</td><td>Vienna</td><td>Created</td>',
    );
    expect(rows[0]).toContain(`<td>${vienna.user!.name}</td>`);
    expect(all).toContain(
      '<td>Offer to mentor: Services to promote and support migrant entrepreneurs</td><td>Ghent</td><td>Withdrawn</td>',
    );
    expect(all).toContain('<td>Study visit: Recorded visit</td><td>Milan</td><td>Created</td>');
    expect(all).toContain('<td>Action plan: City council</td><td>Ghent</td><td>Edited</td>');
    expect(all).not.toContain('Private Person');

    const ghent = squashHtml((await editor.request({ url: `${P}/history` })).body);
    expect(ghent).toContain('<td>Action plan: Recorded action</td><td>Ghent</td>');
    expect(ghent).not.toContain('<td>Vienna</td>');
    expect(ghent).not.toContain('<td>Milan</td>');
    const theirs = squashHtml((await vienna.request({ url: `${P}/history` })).body);
    expect(theirs).toContain('<td>Vienna</td>');
    expect(theirs).not.toContain('<td>Ghent</td>');

    expect((await reader.request({ url: `${P}/history` })).statusCode).toBe(403);
    const anonymous = await t.anonymous.request({ url: `${P}/history` });
    expect(String(anonymous.headers.location)).toMatch(/^\/sign-in/);
    expect((await editor.request({ url: P })).body).toContain(`href="${P}/history"`);
    expect((await reader.request({ url: P })).body).not.toContain(`href="${P}/history"`);
    expect((await t.anonymous.request({ url: P })).body).not.toContain(`href="${P}/history"`);
  });
});

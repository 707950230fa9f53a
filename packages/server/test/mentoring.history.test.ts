import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions } from '../src/revisions/service.ts';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';

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
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/* A validation error keeps the machine path in `field` and names the field as people do in `message`. */

describe.each(ENGINES)('validation messages on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  it('names a list item by its label and position, not by its index path', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: {
        kind: 'practice',
        name: 'Language cafés',
        cityId: 'city-modena',
        language: 'en',
        quantitativeResults: [{ indicator: 'Participants', achieved: 40 }, { achieved: 3 }],
      },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.field).toBe('quantitativeResults.1.indicator');
    expect(error.message).toMatch(/^Quantitative result 2: indicator is required/);
    expect(error.message).not.toContain('quantitativeResults');
    expect(error.issues[0].field).toBe('quantitativeResults.1.indicator');
  });

  it('names an event’s choice group by its label and number', async () => {
    const event = (await admin.request({ url: '/api/v1/events/event-icc-milan-2018' })).json();
    expect(event.choiceGroups.length).toBeGreaterThan(0);
    const choiceGroups = event.choiceGroups.map((g: { title: string }, i: number) =>
      i === 0 ? { ...g, title: '' } : g,
    );
    const res = await admin.request({
      method: 'PUT',
      url: '/api/v1/events/event-icc-milan-2018',
      payload: { ...event, choiceGroups },
    });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.field).toBe('choiceGroups.0.title');
    expect(error.message).toMatch(/^Choice group 1: title is required/);
    expect(error.message).not.toMatch(/choiceGroups|\.0\b/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const MILAN = 'event-icc-milan-2018';
const REG = `/api/v1/events/${MILAN}/registrations`;
const W1 = 'choice-icc-milan-2018-workshops-1';
const CORNER = 'session-icc-milan-2018-d1-projects-corner';
const CORNER_TITLE = 'Projects & best practices corner';
const GROW = 'presentation-icc-milan-2018-cities-grow';
const MUNICH = 'presentation-icc-milan-2018-munich-masterplan';
const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});
const details = { role: 'city-official', consent: true };

describe.each(ENGINES)('ranking limits on %s', (engine) => {
  let t: TestApp;
  let alice: Client;
  let aliceId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    alice = await t.signIn('reader');
    const reg = await alice.request({ method: 'POST', url: REG, payload: details });
    expect(reg.statusCode).toBe(201);
    aliceId = reg.json().id;
  });
  afterAll(async () => t?.close());

  const put = (rankings: Record<string, string[]>) =>
    alice.request({ method: 'PUT', url: `${REG}/${aliceId}/rankings`, payload: { rankings } });

  it("publishes each choice point's minimum and maximum", async () => {
    const points = (await t.anonymous.request({ url: `/api/v1/events/${MILAN}` })).json().choicePoints;
    const corner = points.find((p: { id: string }) => p.id === CORNER);
    expect(corner).toMatchObject({ rounds: 2, minRanked: 2, maxRanked: 5 });
    expect(points.find((p: { id: string }) => p.id === W1)).toMatchObject({ minRanked: 1, maxRanked: 4 });
  });

  it('refuses a ranking shorter than the minimum, naming the choice point by its title', async () => {
    const res = await put({ [CORNER]: [GROW] });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].field).toBe(`rankings.${CORNER}`);
    expect(error.issues[0].message).toContain(CORNER_TITLE);
    expect(error.issues[0].message).toContain('at least 2');
    expect(error.issues[0].message).not.toContain(CORNER);
    // Nothing was stored.
    expect((await alice.request({ url: `${REG}/${aliceId}` })).json().rankings[CORNER]).toBeUndefined();
  });

  it('accepts the minimum, and none at all', async () => {
    const ok = await put({ [CORNER]: [MUNICH, GROW] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().rankings[CORNER]).toEqual([MUNICH, GROW]);
    const cleared = await put({ [CORNER]: [] });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().rankings[CORNER]).toBeUndefined();
  });

  it('takes the numbered form without script, in the order of the numbers', async () => {
    const res = await alice.request({
      method: 'POST',
      url: `/events/${MILAN}/rankings`,
      ...form({
        [`rank.${CORNER}.${GROW}`]: '2',
        [`rank.${CORNER}.${MUNICH}`]: '1',
        [`rank.${W1}.session-icc-milan-2018-d1-workshop-4`]: '1',
      }),
    });
    expect(res.statusCode).toBe(303);
    const stored = (await alice.request({ url: `${REG}/${aliceId}` })).json().rankings;
    expect(stored[CORNER]).toEqual([MUNICH, GROW]);
    expect(stored[W1]).toEqual(['session-icc-milan-2018-d1-workshop-4']);
  });

  it('sends the form back with the problem next to the list, by its title, and keeps the stored ranking', async () => {
    const res = await alice.request({
      method: 'POST',
      url: `/events/${MILAN}/rankings`,
      ...form({ [`rank.${CORNER}.${GROW}`]: '1' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    const error = /<p class="field-error" id="rank-(\d+)-error">([^<]+)<\/p>/.exec(res.body.replaceAll('&amp;', '&'));
    expect(error).not.toBeNull();
    expect(error![2]).toContain(`${CORNER_TITLE}: rank at least 2`);
    expect(error![2]).not.toContain(CORNER);
    const dup = await alice.request({
      method: 'POST',
      url: `/events/${MILAN}/rankings`,
      ...form({ [`rank.${CORNER}.${GROW}`]: '1', [`rank.${CORNER}.${MUNICH}`]: '1' }),
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain('both have rank 1');
    expect((await alice.request({ url: `${REG}/${aliceId}` })).json().rankings[CORNER]).toEqual([MUNICH, GROW]);
  });
});

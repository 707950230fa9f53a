import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../src/bootstrap.ts';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import { AppError } from '../src/errors.ts';
import {
  type Client,
  ENGINES,
  EVERYONE,
  READ_ALL,
  roleMatrix,
  startTestApp,
  type TestApp,
  type Who,
} from './harness.ts';

interface Section {
  taxonomy: { id: string; name: string; sources: { document: string; section: string }[] }[];
  practiceChallenges: { practiceId: string; challengeIds: string[] }[];
  cityChallenges: { cityId: string; challenges: { challengeId: string; priority: string }[] }[];
}
const bundled = JSON.parse(fs.readFileSync(BUNDLED_DATASET, 'utf8')) as {
  challenges: Section;
  practices: { id: string; cityId: string | null }[];
};
const section = bundled.challenges;
const cityOfPractice = new Map(bundled.practices.map((p) => [p.id, p.cityId]));
const WRITE = { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 } as const;

describe.each(ENGINES)('learning network API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-modena');
  });
  afterAll(async () => t?.close());

  const MATRIX: { name: string; method: 'GET' | 'PUT'; url: string; payload?: object; expect: Record<Who, number> }[] =
    [
      { name: 'the taxonomy', method: 'GET', url: '/api/v1/challenges', expect: READ_ALL },
      { name: 'the gaps', method: 'GET', url: '/api/v1/gaps', expect: READ_ALL },
      { name: "a city's needs", method: 'GET', url: '/api/v1/cities/city-modena/needs', expect: READ_ALL },
      { name: 'similar cities', method: 'GET', url: '/api/v1/cities/city-modena/similar', expect: READ_ALL },
      { name: "a city's challenges", method: 'GET', url: '/api/v1/cities/city-modena/challenges', expect: READ_ALL },
      {
        name: "a practice's challenges",
        method: 'GET',
        url: '/api/v1/practices/practice-modena-siamo/challenges',
        expect: READ_ALL,
      },
      {
        name: "set a city's challenges",
        method: 'PUT',
        url: '/api/v1/cities/city-modena/challenges',
        payload: { challenges: [{ challengeId: 'stakeholder-coordination', priority: 'high' }] },
        expect: WRITE,
      },
      {
        name: "tag a practice of the editor's city",
        method: 'PUT',
        url: '/api/v1/practices/practice-modena-siamo/challenges',
        payload: { challengeIds: ['common-language', 'access-to-resources'] },
        expect: WRITE,
      },
      {
        name: "tag a practice of another city (the other editor's)",
        method: 'PUT',
        url: '/api/v1/practices/practice-vienna-cult-mobil/challenges',
        payload: { challengeIds: ['youth-integration'] },
        expect: { anonymous: 401, reader: 403, otherEditor: 200, editor: 403, admin: 200 },
      },
    ];

  describe.each(MATRIX)('$name ($method)', (route) => {
    it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
      const res = await as[who].request({
        method: route.method,
        url: route.url,
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('serves the taxonomy of the data set with each challenge’s sources and counts', async () => {
    const items = (await as.anonymous.request({ url: '/api/v1/challenges' })).json().items as {
      id: string;
      sources: unknown[];
      cityCount: number;
    }[];
    expect(section.taxonomy.length).toBeGreaterThan(0);
    expect(items.map((c) => c.id)).toEqual(section.taxonomy.map((c) => c.id));
    for (const c of items) expect(c.sources.length).toBeGreaterThan(0);
    // Ghettoisation: no city of the role matrix changes it.
    const ghettoisation = items.find((c) => c.id === 'ghettoisation')!;
    const facing = section.cityChallenges.filter((c) => c.challenges.some((x) => x.challengeId === 'ghettoisation'));
    expect(facing.length).toBeGreaterThan(0);
    expect(ghettoisation.cityCount).toBe(facing.length);
  });

  it("ranks other cities' practices for each of a city's challenges, by priority, with reasons", async () => {
    const res = await as.anonymous.request({ url: '/api/v1/cities/city-livadia/needs' });
    expect(res.statusCode).toBe(200);
    const needs = res.json();
    expect(needs.status).toBe('ok');
    const own = section.cityChallenges.find((c) => c.cityId === 'city-livadia')!;
    expect(needs.items.map((i: { challenge: { id: string } }) => i.challenge.id).sort()).toEqual(
      own.challenges.map((c) => c.challengeId).sort(),
    );
    const coexistence = needs.items.find(
      (i: { challenge: { id: string } }) => i.challenge.id === 'positive-coexistence',
    );
    const tagged = section.practiceChallenges
      .filter((p) => p.challengeIds.includes('positive-coexistence'))
      .map((p) => p.practiceId)
      .filter((id) => cityOfPractice.get(id) && cityOfPractice.get(id) !== 'city-livadia');
    expect(tagged.length).toBeGreaterThan(0);
    const practices = coexistence.practices as {
      id: string;
      city: { id: string };
      match: string;
      reasons: { code: string; text: string }[];
    }[];
    expect(practices.length).toBeGreaterThan(0);
    expect(practices.every((p) => p.city.id !== 'city-livadia')).toBe(true);
    const matched = practices.filter((p) => p.match === 'challenge').map((p) => p.id);
    expect(matched.sort()).toEqual(tagged.slice(0, 10).sort());
    // Tagged practices come before those that only share a theme.
    const firstTheme = practices.findIndex((p) => p.match === 'theme');
    if (firstTheme >= 0) expect(practices.slice(firstTheme).every((p) => p.match === 'theme')).toBe(true);
    expect(practices[0]!.reasons[0]!.code).toBe('sameChallenge');
    expect(practices[0]!.reasons[0]!.text).toContain('Positive coexistence');
    expect(coexistence.cities.map((c: { id: string }) => c.id)).toContain('city-fuenlabrada');
    expect(coexistence.mentors).toEqual([]);
    expect(coexistence.mentorsNote).toBe('No mentor offers yet.');
  });

  it('says "not enough data" for a city with no challenges named, and where to name them', async () => {
    expect(section.cityChallenges.some((c) => c.cityId === 'city-barcelona')).toBe(false);
    const needs = (await as.anonymous.request({ url: '/api/v1/cities/city-barcelona/needs' })).json();
    expect(needs).toMatchObject({
      status: 'not-enough-data',
      items: [],
      nameChallengesUrl: '/cities/city-barcelona/challenges',
    });
    expect(needs.message).toContain('Not enough data');
  });

  it('ranks similar cities with how much was known, and refuses to guess for a city with no data', async () => {
    const similar = (await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/similar' })).json();
    expect(similar.status).toBe('ok');
    expect(similar.items.length).toBeGreaterThan(0);
    for (const s of similar.items) {
      expect(s.known).toBeGreaterThanOrEqual(similar.minFeatures);
      expect(s.basedOn).toBe(`based on ${s.known} of ${s.total} features`);
      expect(s.city.id).not.toBe('city-mechelen');
    }
    const scores = similar.items.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const riga = (await as.anonymous.request({ url: '/api/v1/cities/city-riga/similar' })).json();
    expect(riga).toMatchObject({ status: 'not-enough-data', items: [] });
    expect(riga.known).toBeLessThan(riga.minFeatures);
    expect(riga.message).toContain('Not enough data');
  });

  it('finds the gaps from the data', async () => {
    const gaps = (await as.anonymous.request({ url: '/api/v1/gaps' })).json();
    expect(gaps.challenges.length).toBeGreaterThan(0);
    for (const g of gaps.challenges) {
      expect(g.cities).toBeGreaterThanOrEqual(gaps.thresholds.manyCities);
      expect(g.practices).toBeLessThanOrEqual(gaps.thresholds.fewPractices);
    }
    const report = (await as.anonymous.request({ url: '/api/v1/charter/report?format=json' })).json();
    const idle = report.byCommitment
      .filter((c: { inProgress: number; achieved: number }) => c.inProgress + c.achieved === 0)
      .map((c: { commitmentId: string }) => c.commitmentId);
    expect(gaps.commitments.map((c: { id: string }) => c.id)).toEqual(idle);
  });

  it("lets a city's editor name its challenges, and refuses an unknown one naming the field", async () => {
    const put = (payload: object) =>
      as.editor.request({ method: 'PUT', url: '/api/v1/cities/city-modena/challenges', payload });
    const ok = await put({
      challenges: [
        { challengeId: 'housing', priority: 'low' },
        { challengeId: 'youth-integration', priority: 'high' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stored = (await as.anonymous.request({ url: '/api/v1/cities/city-modena/challenges' })).json();
    expect(stored.challenges.map((c: { id: string; priority: string }) => [c.id, c.priority])).toEqual([
      ['housing', 'low'],
      ['youth-integration', 'high'],
    ]);
    const needs = (await as.anonymous.request({ url: '/api/v1/cities/city-modena/needs' })).json();
    expect(needs.items.map((i: { priority: string }) => i.priority)).toEqual(['high', 'low']);
    const bad = await put({ challenges: [{ challengeId: 'moon-landing', priority: 'high' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([
      { field: 'challenges.0.challengeId', message: 'challenge "moon-landing" is not in the taxonomy' },
    ]);
    const badPriority = await put({ challenges: [{ challengeId: 'housing', priority: 'urgent' }] });
    expect(badPriority.statusCode).toBe(400);
    expect(badPriority.json().error.issues[0].field).toBe('challenges.0.priority');
    const after = (await as.anonymous.request({ url: '/api/v1/cities/city-modena/challenges' })).json();
    expect(after.challenges.length).toBe(2);
  });

  it('imports the challenges section all or nothing, naming the bad record, and exports what it holds', async () => {
    const before = (await as.anonymous.request({ url: '/api/v1/challenges' })).json().items.length;
    const broken = {
      format: 'convivio/v1',
      challenges: {
        taxonomy: [
          { id: 'only-one', name: 'Only one', origin: 'common-challenge', sources: [{ document: 'x', section: null }] },
        ],
        practiceChallenges: [{ practiceId: 'practice-nowhere', challengeIds: ['only-one'] }],
        cityChallenges: [{ cityId: 'city-vienna', challenges: [{ challengeId: 'not-listed', priority: 'high' }] }],
      },
    };
    const err = await importDataset(t.db, broken).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    const fields = (err as AppError).issues.map((i) => `${i.field}: ${i.message}`);
    expect(fields).toEqual([
      'challenges[0].cityChallenges.0.challenges.0.challengeId: challenge "not-listed" is not in the taxonomy',
    ]);
    const missing = await importDataset(t.db, {
      ...broken,
      challenges: { ...broken.challenges, cityChallenges: [] },
    }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(missing?.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'challenges[0].practiceChallenges.0.practiceId: challenges: practice "practice-nowhere" does not exist',
    ]);
    expect((await as.anonymous.request({ url: '/api/v1/challenges' })).json().items.length).toBe(before);
    const exported = (await exportDataset(t.db, { includeDrafts: true })).challenges as Section;
    expect(exported.taxonomy.map((c) => c.id)).toEqual(section.taxonomy.map((c) => c.id));
    expect(exported.taxonomy[0]!.sources).toEqual(section.taxonomy[0]!.sources);
  });
});

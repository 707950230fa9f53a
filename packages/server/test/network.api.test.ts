import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

interface DatasetPractice {
  cityId: string | null;
  status?: string;
  themes: string[];
  typology: string | null;
  targetGroups: string[];
}
interface MapCity {
  id: string;
  latitude: number | null;
  longitude: number | null;
  practiceCount: number;
}

/** The bundled data set, read as plain JSON: the counts the map must show, worked out independently. */
const dataset = JSON.parse(
  fs.readFileSync(new URL('../../../data/convivio-dataset.json', import.meta.url), 'utf8'),
) as {
  cities: { id: string }[];
  practices: DatasetPractice[];
};

function expectedCounts(keep: (p: DatasetPractice) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of dataset.practices)
    if (p.cityId && (p.status ?? 'published') === 'published' && keep(p))
      out.set(p.cityId, (out.get(p.cityId) ?? 0) + 1);
  return out;
}

const counts = (cities: MapCity[]) => new Map(cities.map((c) => [c.id, c.practiceCount]));

describe.each(ENGINES)('network map API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  const map = async (query = '') => {
    const res = await t.anonymous.request({ url: `/api/v1/network/map${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ cities: MapCity[]; unlocated: MapCity[]; practiceCount: number; options: never }>();
  };

  it('places every city with its number of practices, most practices first', async () => {
    const body = await map();
    expect(body.cities).toHaveLength(dataset.cities.length);
    expect(body.unlocated).toEqual([]);
    const expected = expectedCounts(() => true);
    expect(expected.size).toBeGreaterThan(5);
    for (const c of body.cities) {
      expect(c.practiceCount, c.id).toBe(expected.get(c.id) ?? 0);
      expect(Math.abs(c.latitude!)).toBeLessThanOrEqual(90);
    }
    expect(body.practiceCount).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    const order = body.cities.map((c) => c.practiceCount);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('narrows the cities by theme, typology and target group, counting only matching practices', async () => {
    const all = await map();
    const housing = await map('?theme=social-inclusion');
    const expected = expectedCounts((p) => p.themes.includes('social-inclusion'));
    expect(housing.cities.length).toBeGreaterThan(0);
    expect(housing.cities.length).toBeLessThan(all.cities.length);
    expect(counts(housing.cities)).toEqual(expected);

    const both = await map('?theme=social-inclusion&typology=welcome-inclusion&targetGroup=refugees');
    const expectedBoth = expectedCounts(
      (p) =>
        p.themes.includes('social-inclusion') &&
        p.typology === 'welcome-inclusion' &&
        p.targetGroups.includes('refugees'),
    );
    expect(expectedBoth.size).toBeGreaterThan(0);
    expect(counts(both.cities)).toEqual(expectedBoth);
    expect(both.cities.length).toBeLessThanOrEqual(housing.cities.length);

    const blank = await map('?theme=&typology=&targetGroup=');
    expect(counts(blank.cities)).toEqual(counts(all.cities));
  });

  it('refuses a filter value outside the vocabulary, naming the filter', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/network/map?typology=sports' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'typology' });
    expect(res.json().error.message).toMatch(/welcome-inclusion/);
  });

  it('shows a new located city and lists an unlocated one apart', async () => {
    const admin = await t.signIn('admin');
    const porto = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { name: 'Porto', country: 'PT', language: 'pt', latitude: 41.1496, longitude: -8.611 },
    });
    expect(porto.statusCode).toBe(201);
    const nowhere = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { name: 'Unplaced Town', country: 'PT', language: 'pt' },
    });
    expect(nowhere.statusCode).toBe(201);
    const body = await map();
    expect(body.cities.find((c) => c.id === 'city-porto')).toMatchObject({ latitude: 41.1496, practiceCount: 0 });
    expect(body.unlocated.map((c) => c.id)).toEqual(['city-unplaced-town']);
  });
});

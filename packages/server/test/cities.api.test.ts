import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

describe.each(ENGINES)('city profiles API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('lists cities with full profiles first and their practice counts', async () => {
    const body = (await t.anonymous.request({ url: '/api/v1/cities' })).json();
    expect(body.total).toBe(body.items.length);
    const vienna = body.items.find((c: { id: string }) => c.id === 'city-vienna');
    expect(vienna).toMatchObject({ country: 'AT', profileComplete: true, population: 1900000 });
    expect(vienna.practiceCount).toBe(3);
    const firstMinimal = body.items.findIndex((c: { profileComplete: boolean }) => !c.profileComplete);
    expect(firstMinimal).toBeGreaterThan(0);
    expect(body.items.slice(firstMinimal).filter((c: { profileComplete: boolean }) => c.profileComplete)).toEqual([]);
    const fr = (await t.anonymous.request({ url: '/api/v1/cities?country=FR' })).json();
    expect(fr.items.length).toBeGreaterThan(0);
    expect(new Set(fr.items.map((c: { country: string }) => c.country))).toEqual(new Set(['FR']));
  });

  it('reads a city profile with its practices', async () => {
    const city = (await t.anonymous.request({ url: '/api/v1/cities/city-fuenlabrada' })).json();
    expect(city.name).toBe('Fuenlabrada');
    expect(city.population).toBe(196000);
    expect(city.practices.map((p: { id: string }) => p.id)).toContain('practice-fuenlabrada-milma');
  });

  it('compares two or more cities side by side and rejects fewer than two', async () => {
    const res = (
      await t.anonymous.request({ url: '/api/v1/cities/compare?ids=city-vienna,city-modena,city-mechelen' })
    ).json();
    expect(res.items.map((c: { id: string }) => c.id)).toEqual(['city-vienna', 'city-modena', 'city-mechelen']);
    const one = await t.anonymous.request({ url: '/api/v1/cities/compare?ids=city-vienna' });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.field).toBe('ids');
    expect((await t.anonymous.request({ url: '/api/v1/cities/compare?ids=city-vienna,city-nowhere' })).statusCode).toBe(
      404,
    );
  });

  it('lets a city editor edit only their own city profile, with revisions and restore', async () => {
    const editor = await t.signIn('editor', 'city-modena');
    const current = (await t.anonymous.request({ url: '/api/v1/cities/city-modena' })).json();
    const { status, version, updatedAt, practices, ...record } = current;
    void status;
    void updatedAt;
    void practices;
    const updated = await editor.request({
      method: 'PUT',
      url: '/api/v1/cities/city-modena',
      payload: { ...record, population: 185000, version },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().population).toBe(185000);
    const other = await editor.request({
      method: 'PUT',
      url: '/api/v1/cities/city-vienna',
      payload: { ...record, id: 'city-vienna' },
    });
    expect(other.statusCode).toBe(403);
    const bad = await editor.request({
      method: 'PUT',
      url: '/api/v1/cities/city-modena',
      payload: { ...record, country: 'Italy', migrantShare: 140 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { field: string }) => i.field)).toEqual(
      expect.arrayContaining(['country', 'migrantShare']),
    );
    const history = (await editor.request({ url: '/api/v1/cities/city-modena/revisions' })).json().items;
    expect(history[0]).toMatchObject({ action: 'update' });
    const restored = await editor.request({
      method: 'POST',
      url: `/api/v1/cities/city-modena/revisions/${history[1].version}/restore`,
    });
    expect(restored.json().population).toBe(186000);
  });

  it('lets only administrators add a city', async () => {
    const payload = { name: 'Łódź Test Town', country: 'PL', language: 'pl' };
    expect((await t.anonymous.request({ method: 'POST', url: '/api/v1/cities', payload })).statusCode).toBe(401);
    const editor = await t.signIn('editor', 'city-modena');
    expect((await editor.request({ method: 'POST', url: '/api/v1/cities', payload })).statusCode).toBe(403);
    const admin = await t.signIn('admin');
    const created = await admin.request({ method: 'POST', url: '/api/v1/cities', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toBe('city-lodz-test-town');
  });

  it('keeps each city centre in WGS 84 degrees and refuses coordinates off the globe or half given', async () => {
    const all = (await t.anonymous.request({ url: '/api/v1/cities' })).json().items as {
      id: string;
      latitude: number | null;
      longitude: number | null;
    }[];
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((c) => !c.id.endsWith('-test-town') && (c.latitude === null || c.longitude === null))).toEqual(
      [],
    );
    const lisbon = (await t.anonymous.request({ url: '/api/v1/cities/city-lisbon' })).json();
    expect(lisbon.latitude).toBeCloseTo(38.72, 1);
    expect(lisbon.longitude).toBeCloseTo(-9.14, 1);
    expect(lisbon.locationSource).toMatch(/GeoNames/);

    const csv = await t.anonymous.request({ url: '/api/v1/open-data/cities.csv?bom=false' });
    const rows = parse<Record<string, string>>(csv.body, { columns: true });
    const lisbonRow = rows.find((r) => r.id === 'city-lisbon');
    expect(lisbonRow).toMatchObject({ latitude: String(lisbon.latitude), longitude: String(lisbon.longitude) });
    expect(lisbonRow!.locationSource).toBe(lisbon.locationSource);

    const admin = await t.signIn('admin');
    const base = { name: 'Coordinate Test Town', country: 'PT', language: 'pt' };
    const north = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { ...base, latitude: 91, longitude: 10 },
    });
    expect(north.statusCode).toBe(400);
    expect(north.json().error).toMatchObject({ code: 'validation_failed', field: 'latitude' });
    expect(north.json().error.message).toMatch(/^Latitude.*between -90 and 90/);
    const east = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { ...base, latitude: 40, longitude: -180.5 },
    });
    expect(east.json().error).toMatchObject({ code: 'validation_failed', field: 'longitude' });
    const half = await admin.request({ method: 'POST', url: '/api/v1/cities', payload: { ...base, latitude: 40 } });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.field).toBe('longitude');
    const text = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { ...base, latitude: '40.1', longitude: 8 },
    });
    expect(text.json().error.field).toBe('latitude');

    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { ...base, latitude: 41.1496, longitude: -8.611, locationSource: 'GeoNames' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ latitude: 41.1496, longitude: -8.611 });
    const listed = (await t.anonymous.request({ url: '/api/v1/cities?q=Coordinate' })).json().items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ latitude: 41.1496, longitude: -8.611 });
  });
});

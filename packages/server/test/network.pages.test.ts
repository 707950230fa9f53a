import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

interface SvgLink {
  '@_href': string;
  '@_aria-label': string;
  circle: { '@_cx': string; '@_cy': string; '@_r': string };
}
interface Svg {
  title: string | { '#text': string };
  g: { '@_class'?: string; '@_id'?: string; a?: SvgLink | SvgLink[]; text?: unknown; g?: unknown }[];
}

/** The page's inline SVG, read by an XML parser (not by our own code). */
function readSvg(page: string): Svg {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(page)?.[0];
  expect(svg, 'the page has an inline SVG').toBeTruthy();
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'g',
  }).parse(svg!) as { svg: Svg };
  return doc.svg;
}

function cityLinks(svg: Svg): SvgLink[] {
  const cities = svg.g.find((g) => g['@_class'] === 'cities');
  expect(cities).toBeDefined();
  const a = cities!.a ?? [];
  return Array.isArray(a) ? a : [a];
}

const idOf = (link: SvgLink) => link['@_href'].replace('/cities/', '');
const centre = (links: SvgLink[], id: string) => {
  const link = links.find((l) => idOf(l) === id);
  expect(link, id).toBeDefined();
  return { x: Number(link!.circle['@_cx']), y: Number(link!.circle['@_cy']), r: Number(link!.circle['@_r']) };
};

/** The city ids of the list alternative, in order. */
const tableCities = (page: string) => [...page.matchAll(/<tr data-city="([^"]+)"/g)].map((m) => m[1]);

describe.each(ENGINES)('network map page on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  const get = async (url: string, status = 200) => {
    const res = await t.anonymous.request({ url });
    expect(res.statusCode).toBe(status);
    return res.body;
  };

  it('draws one named link per located city, a legend, and lists the same cities', async () => {
    const api = (await t.anonymous.request({ url: '/api/v1/network/map' })).json<{
      cities: { id: string; practiceCount: number }[];
    }>();
    expect(api.cities.length).toBeGreaterThan(20);
    const page = await get('/network');
    const svg = readSvg(page);
    const links = cityLinks(svg);
    expect(links.map(idOf)).toEqual(api.cities.map((c) => c.id));
    for (const link of links)
      expect(link['@_aria-label']).toMatch(/^.+, .+: (no practice yet|1 practice|\d+ practices)$/);
    const milan = api.cities.find((c) => c.id === 'city-milan')!;
    expect(links.find((l) => idOf(l) === 'city-milan')!['@_aria-label']).toBe(
      `Milan, Italy: ${milan.practiceCount} practices`,
    );
    const legend = svg.g.find((g) => g['@_id'] === 'network-legend');
    expect(legend).toBeDefined();
    expect(JSON.stringify(legend)).toContain('Practices');
    expect(tableCities(page)).toEqual(api.cities.map((c) => c.id));
    expect(Buffer.byteLength(page)).toBeLessThan(80_000);
    // The filters are a plain GET form, so they work without scripts.
    expect(page).toMatch(/<form method="get" action="\/network"/);
    for (const name of ['theme', 'typology', 'targetGroup'])
      expect(page).toContain(`<select id="f-${name}" name="${name}"`);
  });

  it('sizes circles by area: four times the practices, twice the radius', async () => {
    const api = (await t.anonymous.request({ url: '/api/v1/network/map' })).json<{
      cities: { id: string; practiceCount: number }[];
    }>();
    const links = cityLinks(readSvg(await get('/network')));
    const counted = api.cities.filter((c) => c.practiceCount > 0);
    expect(counted.length).toBeGreaterThan(2);
    const [big] = counted;
    const small = counted[counted.length - 1]!;
    expect(big!.practiceCount).toBeGreaterThan(small.practiceCount);
    const ratio = centre(links, big!.id).r / centre(links, small.id).r;
    expect(ratio).toBeCloseTo(Math.sqrt(big!.practiceCount / small.practiceCount), 1);
  });

  it('places cities where they are: Lisbon west of Athens, Oslo north of Rome, Helsinki north of Nicosia', async () => {
    const admin = await t.signIn('admin');
    for (const city of [
      { name: 'Oslo', country: 'NO', language: 'no', latitude: 59.9127, longitude: 10.7461 },
      { name: 'Rome', country: 'IT', language: 'it', latitude: 41.8919, longitude: 12.5113 },
    ])
      expect((await admin.request({ method: 'POST', url: '/api/v1/cities', payload: city })).statusCode).toBe(201);
    const links = cityLinks(readSvg(await get('/network')));
    const [lisbon, athens, oslo, rome, helsinki, nicosia] = [
      'city-lisbon',
      'city-athens',
      'city-oslo',
      'city-rome',
      'city-helsinki',
      'city-nicosia',
    ].map((id) => centre(links, id));
    expect(lisbon!.x).toBeLessThan(athens!.x - 300);
    expect(oslo!.y).toBeLessThan(rome!.y - 150);
    expect(Math.abs(oslo!.x - rome!.x)).toBeLessThan(40);
    expect(helsinki!.y).toBeLessThan(nicosia!.y);
    expect(nicosia!.x).toBeGreaterThan(athens!.x);
  });

  it('narrows the map and the list by the filters, and refuses an unknown one', async () => {
    const all = cityLinks(readSvg(await get('/network')));
    const page = await get('/network?theme=social-inclusion&targetGroup=refugees');
    const api = (
      await t.anonymous.request({ url: '/api/v1/network/map?theme=social-inclusion&targetGroup=refugees' })
    ).json<{ cities: { id: string }[] }>();
    const links = cityLinks(readSvg(page));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(all.length);
    expect(links.map(idOf)).toEqual(api.cities.map((c) => c.id));
    expect(tableCities(page)).toEqual(api.cities.map((c) => c.id));
    expect(page).toMatch(/<option value="social-inclusion"\s+selected/);
    expect(page).toContain('href="/practices?city=');
    const bad = await get('/network?theme=astrology', 400);
    expect(bad).toContain('theme');
  });

  it('leads the home page with the search and the map, and shows every part of the platform with its count', async () => {
    const admin = await t.signIn('admin');
    for (const cityId of ['city-mechelen', 'city-mechelen', 'city-modena'])
      expect(
        (
          await admin.request({
            method: 'POST',
            url: '/api/v1/labs',
            payload: {
              cityId,
              name: `Lab of ${cityId} ${Math.random()}`,
              topic: 'Recognition of diplomas',
              area: 'education-lifelong-learning-rights-professionalization',
            },
          })
        ).statusCode,
      ).toBe(201);
    const home = await get('/');
    const api = async (url: string) => (await t.anonymous.request({ url })).json();
    const map = (await api('/api/v1/network/map')) as { cities: { id: string }[] };
    expect(home.indexOf('role="search"')).toBeLessThan(home.indexOf('<svg'));
    expect(cityLinks(readSvg(home)).map(idOf)).toEqual(map.cities.map((c) => c.id));
    const figure = (id: string) => {
      const panel = new RegExp(`aria-labelledby="${id}"[\\s\\S]*?<strong>([\\d,]+)</strong>[\\s\\S]*?</section>`).exec(
        home,
      );
      expect(panel, id).toBeTruthy();
      return { count: Number(panel![1]!.replace(/,/g, '')), html: panel![0] };
    };
    const practices = await api('/api/v1/practices?pageSize=1');
    expect(practices.total).toBeGreaterThan(0);
    expect(figure('home-practices').count).toBe(practices.total);
    expect(figure('home-cities').count).toBe((await api('/api/v1/cities')).total);
    const events = (await api('/api/v1/events')).items as { id: string; name: string; startDate: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(figure('home-events').count).toBe(events.length);
    const latest = [...events].sort((a, b) => b.startDate.localeCompare(a.startDate))[0]!;
    expect(figure('home-events').html).toContain(`href="/events/${latest.id}"`);
    const labs = await api('/api/v1/labs');
    expect(labs.total).toBeGreaterThan(0);
    expect(figure('home-labs').count).toBe(labs.total);
    expect(figure('home-labs').html).toContain('Policy labs in 2 cities');
    const charter = await api('/api/v1/charter');
    expect(figure('home-charter').count).toBe(charter.signatoryCount);
    const runs = (await api('/api/v1/evidence/runs')).items as { status: string }[];
    expect(figure('home-evidence').count).toBe(runs.filter((r) => r.status === 'succeeded').length);
    for (const href of ['/practices', '/cities', '/events', '/evidence', '/labs', '/charter', '/network'])
      expect(home).toContain(`href="${href}"`);
  });
});

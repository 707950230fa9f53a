import { zCityRecord, zEventRecord, zPracticeRecord } from '@convivio/shared';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { multipart } from './evidence-fixtures.ts';
import { ENGINES, roleMatrix, startTestApp, type Client, type TestApp, type Who } from './harness.ts';

const SCHEMAS: Record<string, z.ZodObject> = { practices: zPracticeRecord, cities: zCityRecord, events: zEventRecord };
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const shown = (v: string) => (/^'*[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** A record's fields as dotted paths (nested objects flattened; lists and nulls are one field). */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

/** What a CSV cell should hold for a JSON value, as the export documents it. */
function expectCell(cell: string, value: unknown, where: string): void {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    return void expect(cell, where).toBe('');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const items = cell.startsWith('[') ? JSON.parse(cell) : cell.split('; ');
    return void expect(
      items.map((i: string) => i.replace(/^'(?=[=+\-@])/, '')),
      where,
    ).toEqual(value);
  }
  if (Array.isArray(value)) return void expect(JSON.parse(cell), where).toEqual(value);
  if (typeof value === 'string') return void expect(cell, where).toBe(shown(value));
  expect(cell, where).toBe(String(value as number | boolean));
}

/** The entries of a ZIP file, read with yauzl. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe.each(ENGINES)('open data on %s', (engine) => {
  let t: TestApp;
  let empty: TestApp;
  let as: Record<Who, Client>;
  let emptyAdmin: Client;
  const csvOf = async (client: Client, key: string, query = '') => {
    const res = await client.request({ url: `/api/v1/open-data/${key}.csv${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const importCsv = (client: Client, key: string, csv: string | Buffer) =>
    client.request({
      method: 'POST',
      url: `/api/v1/${key}/import`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });

  beforeAll(async () => {
    t = await startTestApp(engine);
    empty = await startTestApp(engine, { seed: false });
    as = await roleMatrix(t, 'city-mechelen');
    emptyAdmin = await empty.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
    await empty?.close();
  });

  it.each(['practices', 'cities', 'events'])(
    'exports %s as CSV with every field of the record, as csv-parse reads it',
    async (key) => {
      const res = await csvOf(t.anonymous, key);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="convivio-${key}.csv"`);
      const bytes = res.rawPayload;
      expect(bytes.subarray(0, 3)).toEqual(BOM);
      const noBom = (await csvOf(t.anonymous, key, '?bom=false')).rawPayload;
      expect(noBom.subarray(0, 3)).not.toEqual(BOM);
      expect(Buffer.concat([BOM, noBom])).toEqual(bytes);
      const text = bytes.toString('utf8');
      expect(text.split('\n')[0].endsWith('\r')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);

      const rows = parse<Record<string, string>>(bytes, { bom: true, columns: true, record_delimiter: '\r\n' });
      const json = (await t.anonymous.request({ url: `/api/v1/open-data/${key}.json` })).json()[key] as Record<
        string,
        unknown
      >[];
      expect(json.length).toBeGreaterThan(0);
      expect(rows).toHaveLength(json.length);
      const header = Object.keys(rows[0]);
      for (const field of Object.keys(SCHEMAS[key].shape))
        expect(
          header.some((h) => h === field || h.startsWith(`${field}.`)),
          `${key}: field ${field} has no column`,
        ).toBe(true);
      expect(header).toContain('status');
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const record of json) {
        const row = byId.get(record.id as string)!;
        expect(row, String(record.id)).toBeDefined();
        expect(row.status).toBe('published');
        for (const [path, value] of Object.entries(flatten(record))) {
          if (value === null && !(path in row)) {
            expect(header.some((h) => h.startsWith(`${path}.`))).toBe(true);
            continue;
          }
          expect(path in row, `${key}: ${path} has no column`).toBe(true);
          expectCell(row[path], value, `${String(record.id)} ${path}`);
        }
      }
    },
  );

  it('imports cities and practices from CSV: accented names intact, formula-like text neutralised and given back', async () => {
    const cities = [
      'id,name,country,language,population,mainNationalities,networks,charterSignatory,source.document,source.section,status',
      'city-malaga-oresund,Málaga–Øresund Città,ES,es,571026,"Marroquí; Rumana",Eurocities,true,Test file,"§ 1, «Città»",published',
    ].join('\r\n');
    const created = await importCsv(as.admin, 'cities', cities);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toEqual({ created: 1, updated: 0, ids: ['city-malaga-oresund'] });
    const practices = [
      'id,kind,name,cityId,themes,duration.start,duration.ongoing,quantitativeResults,language,status',
      `practice-formula-cafe,practice,"'=1+2 Café ""Ñandú""",city-malaga-oresund,,2020-03,true,"[{""indicator"":""Participants"",""achieved"":40,""target"":null,""unit"":""people"",""note"":null}]",es,published`,
    ].join('\r\n');
    const p = await importCsv(as.admin, 'practices', practices);
    expect(p.statusCode, p.body).toBe(200);
    const stored = (await t.anonymous.request({ url: '/api/v1/practices/practice-formula-cafe' })).json();
    expect(stored.name ?? stored.record?.name).toBe('=1+2 Café "Ñandú"');

    const cityRows = parse<Record<string, string>>((await csvOf(t.anonymous, 'cities')).rawPayload, {
      bom: true,
      columns: true,
    });
    const city = cityRows.find((r) => r.id === 'city-malaga-oresund')!;
    expect(city).toMatchObject({
      name: 'Málaga–Øresund Città',
      mainNationalities: 'Marroquí; Rumana',
      'source.section': '§ 1, «Città»',
      charterSignatory: 'true',
      population: '571026',
    });
    const practiceRows = parse<Record<string, string>>((await csvOf(t.anonymous, 'practices')).rawPayload, {
      bom: true,
      columns: true,
    });
    const practice = practiceRows.find((r) => r.id === 'practice-formula-cafe')!;
    expect(practice.name).toBe(`'=1+2 Café "Ñandú"`);
    expect(practice['duration.start']).toBe('2020-03');
    expect(JSON.parse(practice.quantitativeResults)[0]).toMatchObject({ indicator: 'Participants', achieved: 40 });
  });

  it('round-trips: export → import into an empty database → export gives the same files', async () => {
    for (const key of ['cities', 'practices']) {
      const original = (await csvOf(t.anonymous, key)).rawPayload;
      const imported = await importCsv(emptyAdmin, key, original);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json().created).toBeGreaterThan(0);
      const again = (await csvOf(empty.anonymous, key)).rawPayload;
      expect(again.toString('utf8')).toBe(original.toString('utf8'));
      const json = (c: Client) => c.request({ url: `/api/v1/open-data/${key}.json` }).then((r) => r.json());
      expect(await json(empty.anonymous)).toEqual(await json(t.anonymous));
    }
  });

  it('answers every problem of an import with its row and column header, and writes nothing', async () => {
    const csv = [
      'id,name,country,language,population,status',
      'city-import-fine,Fine City,BE,nl,1000,published',
      'city-import-bad,Bad City,Belgium,nl,lots,published',
      'city-import-unnamed,,BE,nl,,published',
    ].join('\r\n');
    const res = await importCsv(as.admin, 'cities', csv);
    expect(res.statusCode).toBe(422);
    const issues = res.json().error.issues as { field: string; message: string; position: number }[];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ field: 'population', position: 3 });
    expect(issues[0].message).toMatch(/^row 3, column "population": "lots" is not a number/);
    const fixed = csv.replace(',lots,', ',,');
    const second = await importCsv(as.admin, 'cities', fixed);
    expect(second.statusCode).toBe(422);
    const messages = (second.json().error.issues as { field: string; message: string }[]).map((i) => i.message);
    expect(messages.some((m) => m.startsWith('row 3, column "country":'))).toBe(true);
    expect(messages.some((m) => m.startsWith('row 4, column "name":'))).toBe(true);
    expect((await t.anonymous.request({ url: '/api/v1/cities/city-import-fine' })).statusCode).toBe(404);

    const header = await importCsv(as.admin, 'cities', 'id,name,colour\r\ncity-x,X,blue\r\n');
    expect(header.statusCode).toBe(422);
    expect(header.json().error).toMatchObject({ field: 'colour' });
    expect(header.json().error.message).toMatch(/row 1, column "colour": unknown column/);
  });

  it('lets only those who may edit the rows import them (the role matrix)', async () => {
    const mechelen = (await csvOf(t.anonymous, 'practices')).rawPayload
      .toString('utf8')
      .split('\r\n')
      .filter((line, i) => i === 0 || line.includes(',city-mechelen,'));
    expect(mechelen.length).toBeGreaterThan(1);
    const practiceCsv = mechelen.slice(0, 2).join('\r\n') + '\r\n';
    const expected: Record<Who, number> = { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 };
    for (const who of Object.keys(expected) as Who[]) {
      const res = await importCsv(as[who], 'practices', practiceCsv);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(expected[who]);
      if (who === 'otherEditor') expect(res.json().error.message).toMatch(/row 2/);
    }
    const cityCsv = 'id,name,country,language,status\r\ncity-mechelen,Mechelen,BE,nl,published\r\n';
    for (const who of Object.keys(expected) as Who[])
      expect((await importCsv(as[who], 'cities', cityCsv)).statusCode, who).toBe(expected[who]);
    const newCity = 'id,name,country,language\r\ncity-new-import,Nieuwstad,BE,nl\r\n';
    expect((await importCsv(as.editor, 'cities', newCity)).statusCode).toBe(403);
    expect((await importCsv(as.admin, 'cities', newCity)).statusCode).toBe(200);
  });

  it('describes the open data in a DCAT-AP catalogue that expands as JSON-LD and whose downloads answer', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/catalog' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const expanded = (await jsonld.expand(res.json())) as Record<string, unknown>[];
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const DCT = 'http://purl.org/dc/terms/';
    const catalog = expanded.find((n) => (n['@type'] as string[])?.includes(`${DCAT}Catalog`))!;
    expect(catalog).toBeDefined();
    expect(catalog[`${DCT}title`]).toBeDefined();
    const datasets = catalog[`${DCAT}dataset`] as Record<string, unknown>[];
    expect(datasets.length).toBeGreaterThanOrEqual(4);
    const ids = datasets.map((d) => (d[`${DCT}identifier`] as { '@value': string }[])[0]['@value']);
    expect(ids).toEqual(expect.arrayContaining(['practices', 'cities', 'events', 'convivio-open-data']));
    let downloads = 0;
    for (const d of datasets) {
      expect(d['@type']).toEqual([`${DCAT}Dataset`]);
      for (const term of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCAT}theme`])
        expect(d[term], term).toBeDefined();
      const distributions = d[`${DCAT}distribution`] as Record<string, unknown>[];
      expect(distributions.length).toBeGreaterThan(0);
      for (const dist of distributions) {
        expect(dist['@type']).toEqual([`${DCAT}Distribution`]);
        for (const term of [`${DCAT}accessURL`, `${DCAT}mediaType`, `${DCT}format`, `${DCT}license`, `${DCT}title`])
          expect(dist[term], term).toBeDefined();
        const url = new URL((dist[`${DCAT}downloadURL`] as { '@id': string }[])[0]['@id']);
        const got = await t.anonymous.request({ url: url.pathname + url.search });
        expect(got.statusCode, url.pathname).toBe(200);
        const media = (dist[`${DCAT}mediaType`] as { '@id': string }[])[0]['@id'].split('/media-types/')[1];
        expect(String(got.headers['content-type']).split(';')[0], url.pathname).toBe(media);
        downloads++;
      }
    }
    expect(downloads).toBeGreaterThanOrEqual(7);
  });

  it('bundles every public file and the catalogue in one ZIP, without personal data', async () => {
    const person = { name: 'Zora Privatperson', email: 'zora.private@example.org', phone: '+32 470 99 88 77' };
    const contact = await as.admin.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: { ...person, consent: true, consentDate: '2023-02-01' },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const needs = 'Needs a quiet room ZQX-private-7731';
    const registration = await as.reader.request({
      method: 'POST',
      url: '/api/v1/events/event-icc-milan-2018/registrations',
      payload: { organisation: 'Private Org ZQX', role: 'city-official', accessibilityNeeds: needs, consent: true },
    });
    expect(registration.statusCode, registration.body).toBe(201);
    const res = await t.anonymous.request({ url: '/api/v1/open-data/convivio-open-data.zip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="convivio-open-data.zip"');
    const entries = await unzip(res.rawPayload);
    for (const name of ['practices', 'cities', 'events'])
      for (const ext of ['csv', 'json']) expect(entries.has(`${name}.${ext}`), `${name}.${ext}`).toBe(true);
    expect(JSON.parse(entries.get('catalog.jsonld')!.toString())['@type']).toBe('dcat:Catalog');
    expect(entries.get('practices.csv')!).toEqual((await csvOf(t.anonymous, 'practices')).rawPayload);
    const users = [as.reader, as.editor, as.admin].map((c) => c.user!.email);
    for (const [name, bytes] of entries) {
      const text = bytes.toString('utf8');
      for (const secret of [person.name, person.email, person.phone, needs, 'Private Org ZQX', ...users])
        expect(text.includes(secret), `${name} holds ${secret}`).toBe(false);
    }
  });

  it('offers the downloads on /open-data and the CSV upload form to editors, which imports all or nothing', async () => {
    const anon = await t.anonymous.request({ url: '/open-data' });
    expect(anon.statusCode).toBe(200);
    for (const href of [
      '/api/v1/open-data/practices.csv',
      '/api/v1/open-data/convivio-open-data.zip',
      '/api/v1/catalog',
    ])
      expect(anon.body).toContain(`href="${href}"`);
    expect(anon.body).not.toContain('action="/open-data/import"');
    const reader = await as.reader.request({ url: '/open-data' });
    expect(reader.body).not.toContain('action="/open-data/import"');
    const editorPage = await as.editor.request({ url: '/open-data' });
    expect(editorPage.body).toContain('action="/open-data/import"');
    expect(editorPage.body).toMatch(/<label for="f-file">/);

    const good = 'id,name,country,language,mayor\r\ncity-mechelen,Mechelen,BE,nl,Bart Somers (uploaded)\r\n';
    const post = (content: string) => {
      const { payload, headers } = multipart(
        { section: 'cities', csv: '' },
        { name: 'cities.csv', content, type: 'text/csv' },
      );
      return as.editor.request({ method: 'POST', url: '/open-data/import', payload, headers });
    };
    const ok = await post(good);
    expect(ok.statusCode, ok.body).toBe(303);
    expect(ok.headers.location).toBe('/open-data?notice=imported&created=0&updated=1');
    const city = (await t.anonymous.request({ url: '/api/v1/cities/city-mechelen' })).json();
    expect(JSON.stringify(city)).toContain('Bart Somers (uploaded)');
    const bad = await post('id,name,country,language,population\r\ncity-mechelen,Mechelen,BE,nl,many\r\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('row 2, column &quot;population&quot;');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/** gridCsv with every seventh cell empty (all counts 0), so shares and diversity are undefined there. */
function gridWithEmptyCells(): string {
  const [header, ...rows] = gridCsv().trim().split('\n');
  return (
    [
      header,
      ...rows.map((r, i) => (i % 7 === 0 ? r.split(',').slice(0, 3).concat(['0', '0', '0', '0']).join(',') : r)),
    ].join('\n') + '\n'
  );
}

describe.each(ENGINES)('evidence run files read by independent readers on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  let duck: DuckDBConnection;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-run-files-'));
  const sql = async (q: string) =>
    (await duck.runAndReadAll(q)).getRowObjectsJson() as Record<string, string | number | boolean | null>[];

  beforeAll(async () => {
    t = await startTestApp(engine);
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    owner = await t.signIn('reader');
    duck = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(async () => {
    duck?.closeSync();
    await workers?.stop();
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function runOf(name: string, content: Buffer | string, isPublic = false): Promise<Record<string, unknown>> {
    const res = await upload(owner, name, content, {
      mapping: JSON.stringify(GRID_MAPPING),
      ...(isPublic ? { public: 'true' } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (
      await owner.request({
        method: 'POST',
        url: '/api/v1/evidence/runs',
        payload: { datasetId: res.json().id, options: { bandwidths: [200] }, ...(isPublic ? { public: true } : {}) },
      })
    ).json().id;
    const run = await waitForRun(owner, id);
    expect(run.status, JSON.stringify(run.error)).toBe('succeeded');
    return run;
  }

  it('writes layers as GeoParquet with nulls, column statistics and the CRS, as DuckDB reads them', async () => {
    const run = await runOf('cells.csv', gridWithEmptyCells());
    const layers = run.layers as { name: string }[];
    expect(layers.length).toBeGreaterThan(0);
    const res = await owner.request({ url: `/api/v1/evidence/runs/${String(run.id)}/files/layers.parquet` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${String(run.id)}-layers.parquet"`);
    const file = path.join(dir, `${engine}.parquet`);
    fs.writeFileSync(file, res.rawPayload);

    const [{ n }] = await sql(`SELECT count(*) AS n FROM read_parquet('${file}')`);
    expect(Number(n)).toBe(600);
    let checkedNulls = 0;
    for (const { name } of layers) {
      const json = (await owner.request({ url: `/api/v1/evidence/runs/${String(run.id)}/layers/${name}` })).json();
      const values = json.values as (number | null)[];
      expect(values).toHaveLength(600);
      const nulls = values.filter((v) => v === null).length;
      const defined = values.filter((v): v is number => v !== null);
      const [got] = await sql(
        `SELECT avg("${name}") AS mean, count(*) FILTER (WHERE "${name}" IS NULL) AS nulls, count(*) FILTER (WHERE isnan("${name}")) AS nans FROM read_parquet('${file}')`,
      );
      expect(Number(got.nulls), name).toBe(nulls);
      expect(Number(got.nans), name).toBe(0);
      if (defined.length) {
        const mean = defined.reduce((s, v) => s + v, 0) / defined.length;
        expect(typeof got.mean, name).toBe('number');
        expect(got.mean as number, name).toBeCloseTo(mean, 4);
      }
      const stats = await sql(
        `SELECT stats_min_value AS min, stats_max_value AS max, stats_null_count AS nulls FROM parquet_metadata('${file}') WHERE path_in_schema = '${name}'`,
      );
      expect(stats).toHaveLength(1);
      expect(Number(stats[0].nulls), name).toBe(nulls);
      if (defined.length) {
        expect(Number(stats[0].min), name).toBeCloseTo(Math.min(...defined), 4);
        expect(Number(stats[0].max), name).toBeCloseTo(Math.max(...defined), 4);
      }
      if (nulls > 0) checkedNulls++;
    }
    expect(checkedNulls).toBeGreaterThan(0);

    const [kv] = await sql(`SELECT decode(value) AS geo FROM parquet_kv_metadata('${file}') WHERE decode(key) = 'geo'`);
    const geo = JSON.parse(String(kv.geo));
    expect(geo).toMatchObject({ version: '1.1.0', primary_column: 'geometry' });
    expect(geo.columns.geometry).toMatchObject({ encoding: 'WKB', geometry_types: ['Polygon'] });
    expect(geo.columns.geometry.crs.id).toEqual({ authority: 'EPSG', code: 3035 });
    expect(geo.columns.geometry.crs.type).toBe('ProjectedCRS');
    const grid = run.grid as { originX: number; originY: number; width: number; height: number; cellSize: number };
    expect(geo.columns.geometry.bbox).toEqual([
      grid.originX,
      grid.originY,
      grid.originX + grid.width * grid.cellSize,
      grid.originY + grid.height * grid.cellSize,
    ]);
    // DuckDB reads the geo metadata itself: the column is a GEOMETRY in the CRS given.
    const [typed] = await sql(`SELECT typeof(geometry) AS type FROM read_parquet('${file}') LIMIT 1`);
    expect(`${typed.type}`).toMatch(/^GEOMETRY\(/);
    expect(`${typed.type}`).toContain('"id":{"authority":"EPSG","code":3035}');
    await duck.run('SET enable_geoparquet_conversion = false');
    const [first] = await sql(`SELECT x, y, hex(geometry) AS wkb FROM read_parquet('${file}') LIMIT 1`);
    await duck.run('RESET enable_geoparquet_conversion');
    const wkb = Buffer.from(first.wkb as string, 'hex');
    expect(wkb.readUInt32LE(1)).toBe(3);
    expect([wkb.readDoubleLE(13), wkb.readDoubleLE(21)]).toEqual([Number(first.x), Number(first.y)]);
    expect([wkb.readDoubleLE(29), wkb.readDoubleLE(53)]).toEqual([Number(first.x) + 100, Number(first.y) + 100]);
  });

  it('serves results and layers as files linked from the run page', async () => {
    const run = await runOf('cells.csv', gridCsv());
    const page = await owner.request({ url: `/evidence/runs/${String(run.id)}` });
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/href="(\/api\/v1\/evidence\/runs\/[^"]+\/files\/[^"]+)"/g)].map((m) => m[1]);
    expect(links.map((l) => l.split('/').pop()).sort()).toEqual(
      ['layers.csv', 'layers.parquet', 'layers.tif', 'results.csv', 'results.json'].sort(),
    );
    const got: Record<string, Buffer> = {};
    for (const link of links) {
      const res = await owner.request({ url: link });
      expect(res.statusCode, link).toBe(200);
      expect(res.headers['content-disposition'], link).toMatch(/^attachment; filename="/);
      got[link.split('/').pop()!] = res.rawPayload;
    }
    const results = JSON.parse(got['results.json'].toString()) as { areas: { area: string; population: number }[] };
    expect(results.areas.length).toBe((run.results as { areas: unknown[] }).areas.length);
    const rows = parse<Record<string, string>>(got['results.csv'], { columns: true });
    for (const a of results.areas)
      expect(Number(rows.find((r) => r.area === a.area && r.index === 'population')!.value)).toBe(a.population);
    const resultsLink = links.find((l) => l.endsWith('/results.csv'))!;
    const french = await owner.request({ url: resultsLink, headers: { 'accept-language': 'fr' } });
    expect(french.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const frRows: string[][] = parse(french.rawPayload, { bom: true });
    const keyRows: string[][] = parse(got['results.csv']);
    expect(keyRows.length).toBeGreaterThan(1);
    expect(keyRows[0]).toEqual(['area', 'group', 'index', 'kernel', 'bandwidth', 'compat', 'value']);
    expect(frRows[0]).toEqual([
      'Zone',
      'Groupe',
      'Indice',
      'Noyau',
      'Largeur de bande (m)',
      'Traitement des bords',
      'Valeur',
    ]);
    expect(frRows.slice(1)).toEqual(keyRows.slice(1));
    const keys = await owner.request({ url: `${resultsLink}?headers=keys`, headers: { 'accept-language': 'fr' } });
    expect(keys.rawPayload.equals(got['results.csv'])).toBe(true);
    const tif = got['layers.tif'];
    expect(tif.subarray(0, 4).toString('latin1')).toBe('II*\0');
    const layerCsv = parse<Record<string, string>>(got['layers.csv'], { columns: true });
    expect(layerCsv).toHaveLength(600);

    const anonymous = await t.anonymous.request({ url: links[0] });
    expect(anonymous.statusCode).toBe(404);
    const catalog = (await t.anonymous.request({ url: '/api/v1/catalog' })).json();
    expect(JSON.stringify(catalog)).not.toContain(String(run.id));
  });

  it('lists a public run in the open data catalogue, every download answering anonymous visitors', async () => {
    const run = await runOf('public.csv', gridCsv(), true);
    const res = await t.anonymous.request({ url: '/api/v1/catalog' });
    expect(res.statusCode).toBe(200);
    const datasets = res.json()['dcat:dataset'] as Record<string, unknown>[];
    const entry = datasets.find((d) => d['dct:identifier'] === `evidence-run-${String(run.id)}`)!;
    expect(entry).toBeDefined();
    const urls = (entry['dcat:distribution'] as { 'dcat:downloadURL': { '@id': string } }[]).map(
      (d) => new URL(d['dcat:downloadURL']['@id']).pathname,
    );
    expect(urls.map((u) => u.split('/').pop()).sort()).toEqual(
      ['layers.parquet', 'layers.tif', 'results.csv', 'results.json'].sort(),
    );
    for (const url of urls) expect((await t.anonymous.request({ url })).statusCode, url).toBe(200);
    const csvUrl = (entry['dcat:distribution'] as { 'dcat:downloadURL': { '@id': string } }[])
      .map((d) => new URL(d['dcat:downloadURL']['@id']))
      .find((u) => u.pathname.endsWith('/results.csv'))!;
    const linked = await t.anonymous.request({
      url: `${csvUrl.pathname}${csvUrl.search}`,
      headers: { 'accept-language': 'de' },
    });
    expect(linked.body.split('\n')[0]).toBe('area,group,index,kernel,bandwidth,compat,value');
    const zip = await t.anonymous.request({ url: '/api/v1/open-data/convivio-open-data.zip' });
    expect(zip.rawPayload.includes(Buffer.from(`evidence/${String(run.id)}-results.csv`))).toBe(true);
  });

  it('reads Zstandard and LZ4 Parquet uploads written by DuckDB to the same results as the CSV', async () => {
    const csvFile = path.join(dir, `${engine}-grid.csv`);
    fs.writeFileSync(csvFile, gridCsv());
    const fromCsv = await runOf('cells.csv', gridCsv());
    for (const codec of ['zstd', 'lz4']) {
      const file = path.join(dir, `${engine}-${codec}.parquet`);
      await duck.run(
        `COPY (SELECT * FROM read_csv('${csvFile}', header = true)) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`,
      );
      const [meta] = await sql(`SELECT DISTINCT compression FROM parquet_metadata('${file}')`);
      expect(`${meta.compression}`).toMatch(codec === 'zstd' ? /ZSTD/ : /LZ4/);
      const run = await runOf(`cells-${codec}.parquet`, fs.readFileSync(file));
      expect(run.results, codec).toEqual(fromCsv.results);
    }
  });
});

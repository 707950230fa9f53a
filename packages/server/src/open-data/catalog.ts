import type { Queryable } from '../db/database.ts';
import { OPEN_DATA_LICENCE, OPEN_SECTIONS, publicRuns, sectionDates } from './datasets.ts';

const THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';

/** The formats the open data is offered in: IANA media type and EU file type. */
const FORMATS = {
  csv: { mediaType: 'text/csv', fileType: 'CSV', label: 'CSV (UTF-8 with byte order mark, RFC 4180)' },
  json: { mediaType: 'application/json', fileType: 'JSON', label: 'JSON (convivio/v1 data set, re-importable)' },
  parquet: { mediaType: 'application/vnd.apache.parquet', fileType: 'PARQUET', label: 'GeoParquet (EPSG:3035)' },
  tif: { mediaType: 'image/tiff', fileType: 'GEOTIFF', label: 'GeoTIFF, one float32 band per layer (EPSG:3035)' },
  zip: { mediaType: 'application/zip', fileType: 'ZIP', label: 'ZIP of every open data file and this catalogue' },
} as const;
type Format = keyof typeof FORMATS;

export const CATALOG_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const en = (text: string) => ({ '@value': text, '@language': 'en' });
const date = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' });
const ref = (id: string) => ({ '@id': id });

/** The paths (under the site) of the open data files. */
export const openDataPath = {
  section: (key: string, format: 'csv' | 'json') => `/api/v1/open-data/${key}.${format}`,
  bundle: '/api/v1/open-data/convivio-open-data.zip',
  catalog: '/api/v1/catalog',
};

/**
 * The DCAT-AP catalogue of the open data as JSON-LD: one dcat:Dataset per public data set
 * (practices, cities, events, each public evidence run's results and layers) with one
 * dcat:Distribution per format, and the bulk download. `base` is the site's address.
 */
export async function openDataCatalog(db: Queryable, base: string): Promise<Record<string, unknown>> {
  const publisher = { '@id': `${base}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': 'Convivio' };
  const distribution = (
    title: string,
    path: string,
    format: Format,
    dates: { first: string | null; last: string | null },
  ) => ({
    '@id': `${base}${path}#distribution`,
    '@type': 'dcat:Distribution',
    'dct:title': en(title),
    'dct:description': en(FORMATS[format].label),
    'dcat:accessURL': ref(`${base}${path}`),
    'dcat:downloadURL': ref(`${base}${path}`),
    'dcat:mediaType': ref(`${MEDIA_TYPE}${FORMATS[format].mediaType}`),
    'dct:format': ref(`${FILE_TYPE}${FORMATS[format].fileType}`),
    'dct:license': ref(OPEN_DATA_LICENCE),
    ...(dates.first ? { 'dct:issued': date(dates.first) } : {}),
    ...(dates.last ? { 'dct:modified': date(dates.last) } : {}),
  });
  const datasets: Record<string, unknown>[] = [];
  let latest: string | null = null;
  let earliest: string | null = null;
  for (const s of OPEN_SECTIONS) {
    const dates = await sectionDates(db, s);
    if (dates.last && (!latest || dates.last > latest)) latest = dates.last;
    if (dates.first && (!earliest || dates.first < earliest)) earliest = dates.first;
    datasets.push({
      '@id': `${base}${openDataPath.catalog}#${s.key}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': s.key,
      'dct:title': en(s.title),
      'dct:description': en(s.description),
      'dct:publisher': publisher,
      'dct:license': ref(OPEN_DATA_LICENCE),
      ...(dates.first ? { 'dct:issued': date(dates.first) } : {}),
      ...(dates.last ? { 'dct:modified': date(dates.last) } : {}),
      'dcat:theme': s.themes.map((t) => ref(`${THEME}${t}`)),
      'dcat:keyword': s.keywords.map(en),
      'dcat:distribution': (['csv', 'json'] as const).map((f) =>
        distribution(`${s.title} (${f.toUpperCase()})`, openDataPath.section(s.key, f), f, dates),
      ),
    });
  }
  for (const run of await publicRuns(db)) {
    const finished = run.finished_at ? new Date(run.finished_at).toISOString() : null;
    const dates = { first: finished, last: finished };
    const file = (name: string) => `/api/v1/evidence/runs/${run.id}/files/${name}`;
    const title = `Segregation and diversity indicators: ${run.dataset_name}`;
    datasets.push({
      '@id': `${base}${openDataPath.catalog}#evidence-run-${run.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `evidence-run-${run.id}`,
      'dct:title': en(title),
      'dct:description': en(
        `Concentration, diversity and segregation indices per area and local layers per grid cell, computed from the public grid "${run.dataset_name}".`,
      ),
      'dct:publisher': publisher,
      'dct:license': ref(OPEN_DATA_LICENCE),
      ...(finished ? { 'dct:issued': date(finished), 'dct:modified': date(finished) } : {}),
      'dcat:theme': [ref(`${THEME}SOCI`), ref(`${THEME}REGI`)],
      'dcat:keyword': ['segregation', 'diversity', 'population grid'].map(en),
      'dcat:distribution': [
        // Open data keeps the stable header row, whatever language the reader's browser asks for.
        distribution(`${title}: results per area (CSV)`, `${file('results.csv')}?headers=keys`, 'csv', dates),
        distribution(`${title}: results per area (JSON)`, file('results.json'), 'json', dates),
        ...((run.layers ?? []).length
          ? [
              distribution(`${title}: local layers (GeoParquet)`, file('layers.parquet'), 'parquet', dates),
              distribution(`${title}: local layers (GeoTIFF)`, file('layers.tif'), 'tif', dates),
            ]
          : []),
      ],
    });
  }
  const all = { first: earliest, last: latest };
  datasets.push({
    '@id': `${base}${openDataPath.catalog}#bundle`,
    '@type': 'dcat:Dataset',
    'dct:identifier': 'convivio-open-data',
    'dct:title': en('All open data of Convivio'),
    'dct:description': en(
      'One ZIP file with every public data set above as CSV and JSON, and this catalogue (catalog.jsonld).',
    ),
    'dct:publisher': publisher,
    'dct:license': ref(OPEN_DATA_LICENCE),
    ...(earliest ? { 'dct:issued': date(earliest) } : {}),
    ...(latest ? { 'dct:modified': date(latest) } : {}),
    'dcat:theme': [ref(`${THEME}SOCI`)],
    'dcat:distribution': [distribution('All open data (ZIP)', openDataPath.bundle, 'zip', all)],
  });
  return {
    '@context': CATALOG_CONTEXT,
    '@id': `${base}${openDataPath.catalog}`,
    '@type': 'dcat:Catalog',
    'dct:title': en('Convivio open data'),
    'dct:description': en(
      'Open data of the Convivio platform for European cities integrating migrants and refugees: practices, city profiles, events and evidence indicators.',
    ),
    'dct:publisher': publisher,
    'dct:license': ref(OPEN_DATA_LICENCE),
    'dct:language': ref('http://publications.europa.eu/resource/authority/language/ENG'),
    'foaf:homepage': ref(`${base}/`),
    ...(earliest ? { 'dct:issued': date(earliest) } : {}),
    ...(latest ? { 'dct:modified': date(latest) } : {}),
    'dcat:themeTaxonomy': ref('http://publications.europa.eu/resource/authority/data-theme'),
    'dcat:dataset': datasets,
  };
}

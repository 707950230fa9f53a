import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from '../core/compute.ts';
import { IndicatorError } from '../core/errors.ts';
import { referencePath } from '../testing/reference-data.ts';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-csv-');
const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU', total: 'TOT', groups: ['NAT', 'AFR'] };
const HEADER = 'GRD_ID,LAU,TOT,NAT,AFR';
const GOOD = [
  'CRS3035RES100mN2800000E4300000,L1,10,8,2',
  'CRS3035RES100mN2800000E4300100,L1,5,5,0',
  'CRS3035RES100mN2800100E4300000,L2,7,3,4',
];

function file(name: string, text: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function failure(lines: string[], mapping: GridMapping = MAPPING): Promise<IndicatorError> {
  const p = file(`bad-${Math.random().toString(36).slice(2)}.csv`, lines.join('\n') + '\n');
  try {
    await readGrid(p, mapping);
  } catch (e) {
    expect(e).toBeInstanceOf(IndicatorError);
    const err = e as IndicatorError;
    expect(err.file).toBe(p);
    expect(err.message.startsWith(p)).toBe(true);
    return err;
  }
  throw new Error('expected the read to fail');
}

describe('CSV grid reader: bad input names file, line and column', () => {
  it('non-numeric count', async () => {
    const e = await failure([HEADER, GOOD[0], 'CRS3035RES100mN2800000E4300100,L1,5,x1,0']);
    expect([e.code, e.line, e.column, e.columnIndex]).toEqual(['NON_NUMERIC', 3, 'NAT', 4]);
    expect(e.message).toContain("'x1' is not a number");
  });

  it('empty count', async () => {
    const e = await failure([HEADER, 'CRS3035RES100mN2800000E4300000,L1,10,8,']);
    expect([e.code, e.line, e.column]).toEqual(['NON_NUMERIC', 2, 'AFR']);
  });

  it('negative count', async () => {
    const e = await failure([HEADER, GOOD[0], GOOD[1], 'CRS3035RES100mN2800100E4300000,L2,7,3,-4']);
    expect([e.code, e.line, e.column]).toEqual(['NEGATIVE_COUNT', 4, 'AFR']);
  });

  it('a group count above the total', async () => {
    const e = await failure([HEADER, 'CRS3035RES100mN2800000E4300000,L1,10,11,0']);
    expect([e.code, e.line, e.column]).toEqual(['GROUP_EXCEEDS_TOTAL', 2, 'NAT']);
  });

  it('groups adding up to more than the total', async () => {
    const e = await failure([HEADER, 'CRS3035RES100mN2800000E4300000,L1,10,8,3']);
    expect([e.code, e.line, e.column]).toEqual(['GROUPS_EXCEED_TOTAL', 2, 'TOT']);
  });

  it('a duplicate cell (names both lines)', async () => {
    const e = await failure([HEADER, ...GOOD, 'CRS3035RES100mN2800000E4300100,L1,1,1,0']);
    expect([e.code, e.line, e.column]).toEqual(['DUPLICATE_CELL', 5, 'GRD_ID']);
    expect(e.message).toContain('first on line 3');
  });

  it('a malformed cell id', async () => {
    const e = await failure([HEADER, GOOD[0], 'CRS3035RES100mN28001E4300000,L2,7,3,4']);
    expect([e.code, e.line, e.column]).toEqual(['MALFORMED_CELL_ID', 3, 'GRD_ID']);
  });

  it('mixed resolutions', async () => {
    const e = await failure([HEADER, GOOD[0], 'CRS3035RES1000mN2801000E4301000,L2,7,3,4']);
    expect([e.code, e.line]).toEqual(['MIXED_RESOLUTION', 3]);
  });

  it('a missing column', async () => {
    const e = await failure([HEADER, ...GOOD], { ...MAPPING, groups: ['NAT', 'ASI'] });
    expect([e.code, e.line, e.column]).toEqual(['MISSING_COLUMN', 1, 'ASI']);
    expect(e.message).toContain('columns: GRD_ID, LAU, TOT, NAT, AFR');
  });

  it('a row with too few fields', async () => {
    const e = await failure([HEADER, GOOD[0], 'CRS3035RES100mN2800000E4300100,L1,5,5']);
    expect([e.code, e.line]).toEqual(['FIELD_COUNT', 3]);
  });

  it('an unclosed quote', async () => {
    const e = await failure([HEADER, GOOD[0], 'CRS3035RES100mN2800000E4300100,"L1,5,5,0']);
    expect([e.code, e.line]).toEqual(['MALFORMED_CSV', 3]);
  });

  it('a gzip file cut short (and nothing left failing unseen)', async () => {
    const gz = gzipSync([HEADER, ...GOOD].join('\n') + '\n');
    const p = file('short.csv.gz', gz.subarray(0, gz.length - 12));
    const e = await readGrid(p, MAPPING).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(IndicatorError);
    expect([(e as IndicatorError).code, (e as IndicatorError).message]).toEqual([
      'MALFORMED_CSV',
      `${p}: cannot read the input: unexpected end of file`,
    ]);
  });

  it('an x/y point off the lattice', async () => {
    const e = await failure(['x,y,a', '0,0,1', '150,0,2'], { x: 'x', y: 'y', cellSize: 100, groups: ['a'] });
    expect([e.code, e.line, e.column]).toEqual(['MISALIGNED_COORDINATE', 3, 'x']);
  });
});

describe('CSV grid reader: formats', () => {
  const expected = async (): Promise<unknown> =>
    computeIndicatorsSync(await readGrid(file('good.csv', [HEADER, ...GOOD].join('\n') + '\n'), MAPPING));

  for (const [name, delim] of [
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ] as const) {
    it(`detects the ${name} delimiter from the header`, async () => {
      const text = [HEADER, ...GOOD].map((l) => l.replaceAll(',', delim)).join('\n');
      const grid = await readGrid(file(`d-${name}.csv`, text), MAPPING);
      expect(computeIndicatorsSync(grid)).toEqual(await expected());
    });
  }

  it('reads quoted fields, doubled quotes, CRLF, a BOM and no final line break', async () => {
    const text =
      '\uFEFF"GRD_ID";"LAU";TOT;NAT;AFR\r\n' +
      'CRS3035RES100mN2800000E4300000;"a;""b""";10;8;2\r\n"CRS3035RES100mN2800000E4300100";"a;""b""";5;"5";0';
    const grid = await readGrid(file('quoted.csv', text), MAPPING);
    expect(grid.areaCodes).toEqual(['a;"b"']);
    expect(grid.cellCount).toBe(2);
    expect(Array.from(grid.counts[0])).toEqual([8, 5]);
  });

  it('reads gzip input, recognised by its bytes whatever the name', async () => {
    const plain = readFileSync(referencePath('grid_small_40x30.csv'));
    const mapping = { x: 'x', y: 'y', cellSize: 100, groups: ['grpA', 'grpB', 'grpC', 'grpD'], total: 'total' };
    const a = computeIndicatorsSync(await readGrid(file('grid.csv.gz', gzipSync(plain)), mapping));
    const b = computeIndicatorsSync(await readGrid(file('grid-gz-without-suffix.csv', gzipSync(plain)), mapping));
    const c = computeIndicatorsSync(await readGrid(referencePath('grid_small_40x30.csv'), mapping));
    expect(a).toEqual(c);
    expect(b).toEqual(c);
  });

  it('reads a Node stream delivered in tiny chunks that split rows and quotes', async () => {
    const text = Buffer.from([HEADER, ...GOOD.map((l) => l.replace(',L1,', ',"L1",'))].join('\n'));
    const chunks = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => text.subarray(i * 7, i * 7 + 7));
    const grid = await readGrid(Readable.from(chunks), MAPPING, { name: 'upload.csv' });
    expect(computeIndicatorsSync(grid)).toEqual(await expected());
  });
});

describe('CSV grid reader: row order and missing cells', () => {
  const mapping = {
    x: 'x',
    y: 'y',
    cellSize: 100,
    groups: ['grpA', 'grpB', 'grpC', 'grpD'],
    total: 'total',
    area: 'zone',
  };
  const lines = readFileSync(referencePath('grid_small_40x30.csv'), 'utf8').trim().split('\n');
  const withZone = [
    lines[0] + ',zone',
    ...lines.slice(1).map((l) => `${l},${Number(l.split(',')[1]) < 4502000 ? 'W' : 'E'}`),
  ];
  const options = { bandwidths: [500], compat: 'textbook' as const };

  it('gives the same results whatever the order of the rows', async () => {
    const shuffled = [
      withZone[0],
      ...withZone
        .slice(1)
        .map((l, i) => [(i * 7919) % 1201, l] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, l]) => l),
    ];
    const sorted = computeIndicatorsSync(await readGrid(file('sorted.csv', withZone.join('\n')), mapping), options);
    const any = computeIndicatorsSync(await readGrid(file('shuffled.csv', shuffled.join('\n')), mapping), options);
    expect(any).toEqual(sorted);
    expect(sorted.areas.map((a) => a.area)).toEqual(['ALL', 'E', 'W']);
  });

  it('treats a missing cell like an empty one (indices that weigh cells by population do not change)', async () => {
    const listed = computeIndicatorsSync(await readGrid(file('listed.csv', withZone.join('\n')), mapping), options);
    const missing = computeIndicatorsSync(
      await readGrid(
        file(
          'missing.csv',
          withZone.filter((l) => !l.endsWith(',0,0,0,0,0,E') && !l.endsWith(',0,0,0,0,0,W')).join('\n'),
        ),
        mapping,
      ),
      options,
    );
    expect(missing.areas[0].cells).toBe(1170);
    for (const [a, b] of listed.areas.map((area, i) => [area, missing.areas[i]] as const)) {
      for (const g of ['grpA', 'grpD']) {
        for (const k of [
          'share',
          'dissimilarity',
          'gini',
          'entropy',
          'isolation',
          'exposure',
          'atkinson',
          'correlation_ratio',
        ] as const) {
          expect(b.groups[g][k]).toBeCloseTo(a.groups[g][k], 12);
        }
        expect(b.spatial[0].groups[g].dissimilarity).toBeCloseTo(a.spatial[0].groups[g].dissimilarity, 12);
      }
      expect(b.multigroup).toEqual(
        Object.fromEntries(Object.entries(a.multigroup).map(([k, v]) => [k, expect.closeTo(v, 12)])),
      );
    }
  });
});

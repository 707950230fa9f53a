import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runIndicatorsCli } from './cli.ts';
import { syntheticGridText } from './synthetic.ts';
import { closeRel, referencePath } from './testing/reference-data.ts';
import { tempDirForTests } from './testing/temp-dir.ts';

const dir = tempDirForTests('indicators-cli-');
const GRID = referencePath('grid_small_40x30.csv');
const BASE = [
  '--input',
  GRID,
  '--x',
  'x',
  '--y',
  'y',
  '--cell-size',
  '100',
  '--groups',
  'grpA,grpB,grpC,grpD',
  '--total',
  'total',
];

function capture(): {
  io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean; isTTY: boolean } };
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true) },
      stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    },
    out: () => out,
    err: () => err,
  };
}

const GROUP_KEYS = [
  'share',
  'dissimilarity',
  'gini',
  'entropy',
  'isolation',
  'exposure',
  'atkinson',
  'correlation_ratio',
  'delta',
  'morans_i',
];
const MULTI_KEYS = [
  'dissimilarity',
  'gini',
  'information_theory',
  'normalized_exposure',
  'relative_diversity',
  'squared_coefficient_of_variation',
  'divergence',
  'diversity',
  'diversity_normalized',
  'simpson_concentration',
  'simpson_interaction',
];

describe('convivio indicators (command line)', () => {
  it('writes the JSON result and a GeoTIFF of local layers', async () => {
    const c = capture();
    const output = path.join(dir, 'out.json');
    const tif = path.join(dir, 'layers.tif');
    const code = await runIndicatorsCli(
      ['indicators', ...BASE, '--bandwidth', '500,1000', '--output', output, '--local-output', tif],
      c.io,
    );
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    expect(c.out()).toContain('1200 cells and 4 groups');
    const json = JSON.parse(readFileSync(output, 'utf8'));
    expect(Object.keys(json)).toEqual(['areas']);
    const all = json.areas[0];
    expect(Object.keys(all)).toEqual(['area', 'cells', 'population', 'groups', 'multigroup', 'spatial']);
    expect([all.area, all.cells, all.population]).toEqual(['ALL', 1200, 50781]);
    expect(Object.keys(all.groups)).toEqual(['grpA', 'grpB', 'grpC', 'grpD']);
    expect(Object.keys(all.groups.grpA)).toEqual(GROUP_KEYS);
    expect(Object.keys(all.multigroup)).toEqual(MULTI_KEYS);
    expect(
      all.spatial.map((s: { kernel: string; bandwidth: number; compat: string }) => [s.kernel, s.bandwidth, s.compat]),
    ).toEqual([
      ['triangular', 500, 'textbook'],
      ['triangular', 1000, 'textbook'],
    ]);
    expect(Object.keys(all.spatial[0].groups.grpA).slice(0, 2)).toEqual(['dissimilarity', 'entropy']);
    expect(Object.keys(all.spatial[0].multigroup).slice(0, 2)).toEqual(['information_theory', 'dissimilarity']);
    expect(closeRel(all.spatial[0].multigroup.information_theory, 0.10769885992543493)).toBe(true);
    expect(closeRel(all.groups.grpA.gini, 0.7025140452937748)).toBe(true);
    expect(readFileSync(tif).toString('latin1', 0, 2)).toBe('II');
  });

  it('writes CSV results (one row per area and index) and local layers as CSV and Parquet', async () => {
    const c = capture();
    const output = path.join(dir, 'out.csv');
    const localCsv = path.join(dir, 'layers.csv');
    const localParquet = path.join(dir, 'layers.parquet');
    expect(
      await runIndicatorsCli(
        [...BASE, '--bandwidth', '500', '--compat', 'pysal', '--output', output, '--local-output', localCsv],
        c.io,
      ),
    ).toBe(0);
    expect(
      await runIndicatorsCli(
        [...BASE, '--bandwidth', '500', '--compat', 'pysal', '--output', output, '--local-output', localParquet],
        c.io,
      ),
    ).toBe(0);
    const rows = readFileSync(output, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('area,group,index,kernel,bandwidth,compat,value');
    expect(rows).toContain('ALL,grpA,dissimilarity,triangular,500,pysal,0.4978457369134968');
    expect(rows.filter((r) => r.startsWith('ALL,,information_theory,'))).toHaveLength(2);
    const local = readFileSync(localCsv, 'utf8').trim().split('\n');
    expect(local).toHaveLength(1201);
    expect(local[0].split(',').slice(0, 6)).toEqual(['cell_id', 'x', 'y', 'area', 'share_grpA', 'share_grpB']);
    expect(local[1].startsWith('N3000000E4500000,4500000,3000000,,0.1,')).toBe(true);
    const parquet = await parquetReadObjects({ file: readFileSync(localParquet).buffer });
    expect(parquet).toHaveLength(1200);
    expect(parquet[1]).toMatchObject({ cell_id: 'N3000000E4500100', x: 4500100, y: 3000000 });
    expect(closeRel(parquet[0].lq_grpA as number, 1.20763376932, 1e-11)).toBe(true);
  });

  it('reports usage mistakes with exit status 2', async () => {
    for (const args of [
      [],
      ['--input', GRID],
      [...BASE, '--output', 'x.json', '--kernel', 'boxcar'],
      [...BASE, '--output', 'x.json', '--cell-id', 'id'],
      [...BASE, '--output', 'x.json', '--frobnicate'],
    ]) {
      const c = capture();
      expect(await runIndicatorsCli(args, c.io)).toBe(2);
      expect(c.err()).toMatch(/^error: [^\n]+ \(see convivio indicators --help\)\n$/);
    }
  });

  it('reports bad input with exit status 1, naming file, line and column', async () => {
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'x,y,a,b\n0,0,1,2\n100,0,one,2\n');
    const c = capture();
    expect(
      await runIndicatorsCli(
        [
          '--input',
          bad,
          '--x',
          'x',
          '--y',
          'y',
          '--cell-size',
          '100',
          '--groups',
          'a,b',
          '--output',
          path.join(dir, 'o.json'),
        ],
        c.io,
      ),
    ).toBe(1);
    expect(c.err()).toBe(`error: ${bad}, line 3, column 'a' (#3): count 'one' is not a number\n`);
  });

  it('shows percentage lines on a non-terminal stderr when asked for progress', async () => {
    const c = capture();
    expect(await runIndicatorsCli([...BASE, '--output', path.join(dir, 'p.json'), '--progress'], c.io)).toBe(0);
    expect(c.err()).toContain('reading: 100%');
    expect(c.err()).toContain('computing: 100%');
  });

  it('names the option at fault in one line', async () => {
    const cases: [string[], string][] = [
      [[...BASE, '--output', 'x.json', '--frobnicate'], 'unknown option --frobnicate'],
      [[...BASE, '--output'], '--output needs a value'],
      [[...BASE, '--output', 'x.json', '--quiet=yes'], '--quiet takes no value'],
      [[...BASE, '--output', 'x.json', '--output', 'y.json'], '--output is given twice'],
      [[...BASE, 'stray', '--output', 'x.json'], "unexpected argument 'stray'"],
      [['--input', GRID, '--x', 'x', '--y', 'y', '--cell-size', '100', '--output', 'x.json'], '--groups is required'],
    ];
    for (const [args, message] of cases) {
      const c = capture();
      expect(await runIndicatorsCli(args, c.io), message).toBe(2);
      expect(c.err()).toBe(`error: ${message} (see convivio indicators --help)\n`);
    }
  });

  /** Runs the command in a fresh node process (TypeScript sources through tsx), at most a minute. */
  function runDirect(args: string[]) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const node = ['--conditions=convivio-source', '--import', 'tsx', 'packages/indicators/src/cli.ts'];
    return spawnSync(process.execPath, [...node, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  }

  it('runs directly with node --import tsx', () => {
    const output = path.join(dir, 'direct.json');
    const r = runDirect([...BASE, '--output', output]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).areas[0].cells).toBe(1200);
  });

  it('exits with its error when the input fails after a worker thread has started', () => {
    const input = path.join(dir, 'large.csv');
    writeFileSync(input, [...syntheticGridText({ cells: 120_000, areas: 2, seed: 4, groups: ['A', 'B'] })].join(''));
    // Inputs of 4 MiB or more start a worker while the file is read; the mapping error comes after.
    expect(statSync(input).size).toBeGreaterThan(4 * 1024 * 1024);
    const mapping = ['--cell-id', 'GRD_ID', '--total', 'TOT', '--groups', 'A,B', '--area', 'LAU_CODE'];
    const r = runDirect([
      '--input',
      input,
      ...mapping,
      '--where',
      'LAU_CODE=SYN-01',
      '--output',
      path.join(dir, 'x.json'),
    ]);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe("error: column 'LAU_CODE' is given more than one role\n");
    expect(r.status).toBe(1);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIndicatorsCli } from './cli.ts';
import { tempDirForTests } from './testing/temp-dir.ts';

const dir = tempDirForTests('indicators-cli-inference-');
const input = path.join(dir, 'grid.csv');
const lines = ['x,y,lau,district,A,B'];
for (let r = 0; r < 10; r++)
  for (let c = 0; c < 10; c++) {
    const a = c < 5 ? 20 + ((c * 3 + r) % 7) : (c * 5 + r) % 6;
    const b = c < 5 ? (c + r * 2) % 5 : 25 + ((c + r) % 4);
    lines.push(`${c * 100},${r * 100},${r < 5 ? 'S' : 'N'},${c < 3 ? 'W' : c < 7 ? 'M' : 'E'},${a},${b}`);
  }
writeFileSync(input, lines.join('\n') + '\n');
const BASE = ['--input', input, '--x', 'x', '--y', 'y', '--cell-size', '100', '--groups', 'A,B', '--area', 'lau'];

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((err += s), true), isTTY: false } };
  return { code: await runIndicatorsCli(args, io), err };
}

describe('convivio indicators: inference and structure options', () => {
  it('writes p-values, intervals, the profile, the decomposition and a comparison into the JSON', async () => {
    const output = path.join(dir, 'out.json');
    const args = (out: string): string[] => [
      ...BASE,
      ...['--output', out, '--permutations', '49', '--bootstrap', '29', '--seed', '7', '--profile', '100,300'],
      ...['--decompose-by', 'district', '--compare', 'N,S'],
    ];
    const { code, err } = await run(args(output));
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(output, 'utf8'));
    expect(json.areas.map((a: { area: string }) => a.area)).toEqual(['ALL', 'N', 'S']);
    const all = json.areas[0];
    expect(all.inference.permutations).toBe(49);
    expect(all.inference.groups.A.dissimilarity.p_value).toBe(1 / 50);
    expect(all.inference.groups.A.dissimilarity.ci_low).toBeLessThan(all.inference.groups.A.dissimilarity.ci_high);
    expect(all.profile.bandwidths).toEqual([100, 300]);
    expect(all.profile.groups.A.dissimilarity).toHaveLength(2);
    expect(all.spatial).toEqual([]);
    expect(all.decomposition.by).toBe('district');
    expect(all.decomposition.areas.map((a: { area: string }) => a.area)).toEqual(['E', 'M', 'W']);
    expect(Math.abs(all.decomposition.m.between + all.decomposition.m.within - all.decomposition.m.total)).toBeLessThan(
      1e-12,
    );
    expect(json.comparison.a).toBe('N');
    expect(json.comparison.groups.A.dissimilarity.p_value).toBeGreaterThan(0);
    // The same seed writes the same file.
    const again = path.join(dir, 'again.json');
    expect((await run(args(again))).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(output, 'utf8'));
  });

  it('writes p-values of the kernel indices with --spatial-permutations, the same for the same seed', async () => {
    const args = (out: string): string[] => [
      ...BASE,
      ...['--output', out, '--bandwidth', '300', '--spatial-permutations', '19', '--seed', '4'],
    ];
    const output = path.join(dir, 'spatial.json');
    const { code, err } = await run(args(output));
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(output, 'utf8'));
    const [all] = json.areas[0].spatial;
    expect(all.inference.permutations).toBe(19);
    expect(all.inference.seed).toBe(4);
    expect(all.inference.groups.A.dissimilarity.p_value).toBe(1 / 20);
    expect(json.areas[1].spatial[0].inference.groups.A.dissimilarity.p_value).toBeGreaterThan(0);
    expect(json.areas[0].inference).toBeUndefined();
    const again = path.join(dir, 'spatial-again.json');
    expect((await run(args(again))).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(output, 'utf8'));
    const without = await run([...BASE, '--output', path.join(dir, 'x.json'), '--spatial-permutations', '9']);
    expect(without.code).toBe(2);
    expect(without.err).toMatch(/--spatial-permutations goes with --bandwidth/);
  });

  it('adds hot-spot layers to the local output', async () => {
    const output = path.join(dir, 'hot.json');
    const local = path.join(dir, 'hot.csv');
    const { code } = await run([
      ...BASE,
      '--output',
      output,
      '--local-output',
      local,
      '--hotspots',
      '--permutations',
      '99',
    ]);
    expect(code).toBe(0);
    const header = readFileSync(local, 'utf8').split('\n')[0].split(',');
    for (const name of ['lisa_A', 'lisa_p_A', 'lisa_cluster_A', 'gistar_A', 'gistar_p_A', 'gistar_hotspot_B'])
      expect(header).toContain(name);
  });

  it('names the option at fault', async () => {
    const out = ['--output', path.join(dir, 'x.json')];
    for (const [args, message] of [
      [['--permutations', 'many'], '--permutations must be a whole number'],
      [['--seed', '1.5'], '--seed must be a whole number'],
      [['--profile', '100,abc'], '--profile must be a positive number'],
      [['--compare', 'N'], '--compare needs two area codes'],
      [['--hotspots'], '--hotspots needs --local-output'],
      [['--neighbours', '200'], '--neighbours goes with --hotspots'],
      [['--where', 'lau'], '--where needs COLUMN=VALUE'],
    ] as const) {
      const { code, err } = await run([...BASE, ...out, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain(message);
    }
    const { code, err } = await run([...BASE, ...out, '--compare', 'N,Q']);
    expect(code).toBe(1);
    expect(err).toContain("there is no area 'Q'");
  });

  it('reads only the rows of --where, and names a value no row has', async () => {
    const output = path.join(dir, 'west.json');
    expect((await run([...BASE, '--output', output, '--where', 'district=W'])).code).toBe(0);
    const west = JSON.parse(readFileSync(output, 'utf8')) as { areas: { area: string; cells: number }[] };
    expect(west.areas.map((a) => [a.area, a.cells])).toEqual([
      ['ALL', 30],
      ['N', 15],
      ['S', 15],
    ]);
    const { code, err } = await run([...BASE, '--output', output, '--where', 'district=Q']);
    expect(code).toBe(1);
    expect(err).toContain("no row has 'Q' in column 'district'");
  });
});

import { promises as fs } from 'node:fs';
import { type IndicatorResult } from '../core/compute.ts';
import { type IndexInference } from '../core/inference.ts';
import { csvText } from './csv-text.ts';

/** JSON text of a result; NaN and infinities (undefined indices) become null. */
export function resultToJson(result: IndicatorResult): string {
  return (
    JSON.stringify(result, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n'
  );
}

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : '';
}

/** The inference columns of results CSV files, after `value`, when any index was tested. */
export const INFERENCE_CSV_COLUMNS = ['p_value', 'ci_low', 'ci_high', 'permutations', 'bootstrap', 'seed'] as const;

/** One tested index and the draws it came from (spatial tests draw no bootstrap). */
type Tested = { figures: IndexInference | undefined; permutations: number; bootstrap: number; seed: number };

function inferenceCells(t: Tested | null): string[] {
  const f = t?.figures;
  if (!t || !f) return INFERENCE_CSV_COLUMNS.map(() => '');
  const n = (v: number | null): string => (v === null ? '' : num(v));
  return [n(f.p_value), n(f.ci_low), n(f.ci_high), String(t.permutations), String(t.bootstrap), String(t.seed)];
}

/**
 * CSV text of a result, one row per area × index:
 * `area,group,index,kernel,bandwidth,compat,value`. Multigroup rows leave `group` empty,
 * aspatial rows leave kernel, bandwidth and compat empty; undefined values are empty; text that
 * a spreadsheet would run as a formula is neutralised (`csvText`). When inference was run (any
 * area's `inference` or any spatial `inference`), the columns `p_value,ci_low,ci_high,
 * permutations,bootstrap,seed` follow, filled on the rows of tested indices (empty elsewhere and
 * where the figure is undefined); without inference the text is as it always was.
 */
export function resultToCsv(result: IndicatorResult): string {
  const tested = result.areas.some((a) => a.inference || a.spatial.some((s) => s.inference));
  const lines = [
    'area,group,index,kernel,bandwidth,compat,value' + (tested ? `,${INFERENCE_CSV_COLUMNS.join(',')}` : ''),
  ];
  const push = (
    area: string,
    group: string,
    index: string,
    spatial: string[],
    value: number,
    t: Tested | null = null,
  ): void => {
    const row = [csvText(area), csvText(group), index, ...spatial, num(value)];
    lines.push((tested ? [...row, ...inferenceCells(t)] : row).join(','));
  };
  for (const a of result.areas) {
    push(a.area, '', 'cells', ['', '', ''], a.cells);
    push(a.area, '', 'population', ['', '', ''], a.population);
    const inf = a.inference;
    const aspatial = (figures: IndexInference | undefined): Tested | null =>
      inf ? { figures, permutations: inf.permutations, bootstrap: inf.bootstrap, seed: inf.seed } : null;
    for (const [g, indices] of Object.entries(a.groups)) {
      for (const [name, v] of Object.entries(indices) as [string, number][])
        push(a.area, g, name, ['', '', ''], v, aspatial(inf?.groups[g]?.[name]));
    }
    for (const [name, v] of Object.entries(a.multigroup) as [string, number][])
      push(a.area, '', name, ['', '', ''], v, aspatial(inf?.multigroup[name]));
    for (const s of a.spatial) {
      const spatial = [s.kernel, String(s.bandwidth), s.compat];
      const si = s.inference;
      const kernel = (figures: IndexInference | undefined): Tested | null =>
        si ? { figures, permutations: si.permutations, bootstrap: 0, seed: si.seed } : null;
      for (const [g, indices] of Object.entries(s.groups)) {
        for (const [name, v] of Object.entries(indices))
          push(a.area, g, name, spatial, v, kernel(si?.groups[g]?.[name]));
      }
      for (const [name, v] of Object.entries(s.multigroup))
        push(a.area, '', name, spatial, v, kernel(si?.multigroup[name]));
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes a result as JSON or CSV. */
export async function writeResult(path: string, result: IndicatorResult, format: 'json' | 'csv'): Promise<void> {
  await fs.writeFile(path, format === 'json' ? resultToJson(result) : resultToCsv(result));
}

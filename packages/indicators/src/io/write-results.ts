import { promises as fs } from 'node:fs';
import { type IndicatorResult } from '../core/compute.ts';
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

/**
 * CSV text of a result, one row per area × index:
 * `area,group,index,kernel,bandwidth,compat,value`. Multigroup rows leave `group` empty,
 * aspatial rows leave kernel, bandwidth and compat empty; undefined values are empty; text that
 * a spreadsheet would run as a formula is neutralised (`csvText`).
 */
export function resultToCsv(result: IndicatorResult): string {
  const lines = ['area,group,index,kernel,bandwidth,compat,value'];
  const push = (area: string, group: string, index: string, spatial: string[], value: number): void => {
    lines.push([csvText(area), csvText(group), index, ...spatial, num(value)].join(','));
  };
  for (const a of result.areas) {
    push(a.area, '', 'cells', ['', '', ''], a.cells);
    push(a.area, '', 'population', ['', '', ''], a.population);
    for (const [g, indices] of Object.entries(a.groups)) {
      for (const [name, v] of Object.entries(indices) as [string, number][]) push(a.area, g, name, ['', '', ''], v);
    }
    for (const [name, v] of Object.entries(a.multigroup) as [string, number][]) push(a.area, '', name, ['', '', ''], v);
    for (const s of a.spatial) {
      const spatial = [s.kernel, String(s.bandwidth), s.compat];
      for (const [g, indices] of Object.entries(s.groups)) {
        for (const [name, v] of Object.entries(indices)) push(a.area, g, name, spatial, v);
      }
      for (const [name, v] of Object.entries(s.multigroup)) push(a.area, '', name, spatial, v);
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes a result as JSON or CSV. */
export async function writeResult(path: string, result: IndicatorResult, format: 'json' | 'csv'): Promise<void> {
  await fs.writeFile(path, format === 'json' ? resultToJson(result) : resultToCsv(result));
}

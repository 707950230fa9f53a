import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatEuGridId } from '../core/eu-grid-id.ts';
import { cellX, cellY, type Grid } from '../core/grid.ts';
import { type LocalLayers } from '../core/local-layers.ts';
import { csvText } from './csv-text.ts';

const LINES_PER_WRITE = 10_000;

/** The id written for a cell: its EU grid id, or `N{y}E{x}` for x/y input. */
export function cellLabel(grid: Grid, i: number): string {
  const x = cellX(grid, i);
  const y = cellY(grid, i);
  return grid.euGridIds ? formatEuGridId(grid.cellSize, x, y) : `N${y}E${x}`;
}

/**
 * Streams local layers as CSV: `cell_id,x,y,area,<layers…>` (x, y: lower-left corner),
 * one line per listed cell in (row, col) order; undefined values are empty fields; area codes
 * a spreadsheet would run as formulas are neutralised (`csvText`).
 */
export async function writeLocalCsv(path: string, layers: LocalLayers): Promise<void> {
  const { grid } = layers;
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([e]) => {
    throw e;
  });
  failed.catch(() => undefined);
  const row = new Float64Array(layers.names.length);
  let lines: string[] = [`cell_id,x,y,area,${layers.names.map(csvText).join(',')}`];
  for (let i = 0; i < grid.cellCount; i++) {
    layers.fill(i, row);
    const area = grid.areaOf === null ? '' : grid.areaCodes[grid.areaOf[i]];
    let line = `${cellLabel(grid, i)},${cellX(grid, i)},${cellY(grid, i)},${csvText(area)}`;
    for (let j = 0; j < row.length; j++) line += Number.isFinite(row[j]) ? `,${row[j]}` : ',';
    lines.push(line);
    if (lines.length === LINES_PER_WRITE) {
      if (!out.write(lines.join('\n') + '\n')) await Promise.race([once(out, 'drain'), failed]);
      lines = [];
    }
  }
  out.end(lines.length > 0 ? lines.join('\n') + '\n' : '');
  await Promise.race([once(out, 'finish'), failed]);
}

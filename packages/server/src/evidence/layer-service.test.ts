import { describe, expect, it } from 'vitest';
import { layerBinary, layerJson, topCells, type LayerView } from './layer-service.ts';

function view(values: number[]): LayerView {
  const n = values.length;
  return {
    run: 'run-1',
    layer: 'l',
    label: 'L',
    cellSize: 100,
    originX: 1000,
    originY: 2000,
    width: n,
    height: 1,
    count: n,
    min: null,
    max: null,
    cols: Int32Array.from(values.keys()),
    rows: new Int32Array(n),
    values: Float32Array.from(values),
  };
}

describe('layer views', () => {
  it('lists the highest cells like a full sort would (ties by position, undefined values left out)', () => {
    let seed = 7;
    const values = Array.from({ length: 500 }, (_, i) =>
      i % 17 === 0 ? NaN : Math.floor(((seed = (seed * 48271) % 2147483647) / 2147483647) * 50),
    );
    const v = view(values);
    const brute = [...values.keys()]
      .filter((i) => Number.isFinite(values[i]))
      .sort((a, b) => values[b] - values[a] || a - b)
      .slice(0, 25);
    expect(topCells(v, 25).map((c) => c.col)).toEqual(brute);
    expect(topCells(v, 1)[0]).toMatchObject({ x: 1000 + brute[0] * 100, y: 2000, value: values[brute[0]] });
    expect(topCells(view([NaN, NaN]), 3)).toEqual([]);
  });

  it('writes NaN as null in JSON and keeps the binary form aligned and exact', () => {
    const v = view([1.5, NaN, 1 / 3]);
    expect(layerJson(v).values).toEqual([1.5, null, Number(Math.fround(1 / 3).toPrecision(7))]);
    const buf = layerBinary(v);
    const headerLength = buf.readUInt32LE(4);
    expect((8 + headerLength) % 8).toBe(0);
    expect(JSON.parse(buf.subarray(8, 8 + headerLength).toString())).toMatchObject({ count: 3, cellSize: 100 });
    const body = new Uint8Array(buf.subarray(8 + headerLength));
    expect(Array.from(new Int32Array(body.buffer.slice(0, 12)))).toEqual([0, 1, 2]);
    expect(Array.from(new Float32Array(body.buffer.slice(24, 36)))).toEqual([1.5, NaN, Math.fround(1 / 3)]);
  });
});

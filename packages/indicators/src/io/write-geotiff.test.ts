import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridFromArrays } from '../core/grid-from-arrays.ts';
import { computeLocalLayersSync } from '../core/local-layers.ts';
import { writeLocalGeoTiff } from './write-geotiff.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

/** Reads the first IFD of a little-endian classic TIFF: tag -> values. */
function readIfd(buf: Buffer): Map<number, number[] | string> {
  expect(buf.toString('latin1', 0, 2)).toBe('II');
  expect(buf.readUInt16LE(2)).toBe(42);
  const ifd = buf.readUInt32LE(4);
  const n = buf.readUInt16LE(ifd);
  const tags = new Map<number, number[] | string>();
  for (let j = 0; j < n; j++) {
    const p = ifd + 2 + j * 12;
    const [tag, type, count] = [buf.readUInt16LE(p), buf.readUInt16LE(p + 2), buf.readUInt32LE(p + 4)];
    const size = { 2: 1, 3: 2, 4: 4, 12: 8 }[type] as number;
    const at = size * count <= 4 ? p + 8 : buf.readUInt32LE(p + 8);
    if (type === 2) tags.set(tag, buf.toString('latin1', at, at + count - 1));
    else
      tags.set(
        tag,
        Array.from({ length: count }, (_, k) =>
          type === 3
            ? buf.readUInt16LE(at + 2 * k)
            : type === 4
              ? buf.readUInt32LE(at + 4 * k)
              : buf.readDoubleLE(at + 8 * k),
        ),
      );
  }
  return tags;
}

describe('GeoTIFF local output', () => {
  // 3 x 2 bounding box, one cell missing, one listed but empty
  const grid = gridFromArrays({
    cellIds: [
      'CRS3035RES100mN2800000E4300000',
      'CRS3035RES100mN2800000E4300100',
      'CRS3035RES100mN2800100E4300000',
      'CRS3035RES100mN2800100E4300200',
      'CRS3035RES100mN2800000E4300200',
    ],
    groups: { A: [2, 1, 0, 3, 0], B: [2, 3, 4, 1, 0] },
  });
  const layers = computeLocalLayersSync(grid, {});
  const file = path.join(tempDirForTests('indicators-tif-'), 'layers.tif');

  it('writes a float32 multi-band TIFF whose header georeferences the grid in EPSG:3035', async () => {
    await writeLocalGeoTiff(file, layers);
    const buf = readFileSync(file);
    const tags = readIfd(buf);
    const bands = layers.names.length;
    expect(tags.get(256)).toEqual([3]);
    expect(tags.get(257)).toEqual([2]);
    expect(tags.get(258)).toEqual(new Array(bands).fill(32));
    expect(tags.get(259)).toEqual([1]);
    expect(tags.get(277)).toEqual([bands]);
    expect(tags.get(339)).toEqual(new Array(bands).fill(3));
    expect(tags.get(33550)).toEqual([100, 100, 0]);
    expect(tags.get(33922)).toEqual([0, 0, 0, 4300000, 2800200, 0]);
    expect(tags.get(34735)).toEqual([1, 1, 0, 4, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, 3035, 3076, 0, 1, 9001]);
    expect(tags.get(42113)).toBe('nan');
    expect(tags.get(42112)).toContain('<Item name="DESCRIPTION" sample="0" role="description">share_A</Item>');
    const offsets = tags.get(273) as number[];
    expect(tags.get(279)).toEqual([3 * bands * 4, 3 * bands * 4]);
    expect(buf.length).toBe(offsets[1] + 3 * bands * 4);
  });

  it('puts the north row first and NaN where there is no cell or no population', () => {
    const buf = readFileSync(file);
    const offsets = readIfd(buf).get(273) as number[];
    const bands = layers.names.length;
    const pixel = (row: number, col: number, band: number): number =>
      buf.readFloatLE(offsets[row] + (col * bands + band) * 4);
    expect(pixel(1, 0, 0)).toBeCloseTo(0.5, 6);
    expect(pixel(0, 2, 0)).toBeCloseTo(0.75, 6);
    expect(pixel(0, 1, 0)).toBeNaN();
    expect(pixel(1, 2, 0)).toBeNaN();
  });
});

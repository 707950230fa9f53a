import { describe, expect, it } from 'vitest';
import { IndicatorError } from './errors.ts';
import { formatEuGridId, parseEuGridId } from './eu-grid-id.ts';

describe('EU grid cell ids', () => {
  it('reads resolution and lower-left corner of a 100 m cell', () => {
    expect(parseEuGridId('CRS3035RES100mN2692100E4341300')).toEqual({ resolution: 100, x: 4341300, y: 2692100 });
  });

  it('reads any resolution written in metres or kilometres', () => {
    expect(parseEuGridId('CRS3035RES1000mN2692000E4341000')).toEqual({ resolution: 1000, x: 4341000, y: 2692000 });
    expect(parseEuGridId('CRS3035RES1kmN2692000E4341000')).toEqual({ resolution: 1000, x: 4341000, y: 2692000 });
    expect(parseEuGridId('CRS3035RES250mN2692250E4341500')).toEqual({ resolution: 250, x: 4341500, y: 2692250 });
  });

  it('reads kilometre coordinates next to a km resolution (GEOSTAT style)', () => {
    expect(parseEuGridId('CRS3035RES1kmN2692E4341')).toEqual({ resolution: 1000, x: 4341000, y: 2692000 });
  });

  it('writes ids that read back to the same cell', () => {
    const id = formatEuGridId(100, 4341300, 2692100);
    expect(id).toBe('CRS3035RES100mN2692100E4341300');
    expect(parseEuGridId(id)).toEqual({ resolution: 100, x: 4341300, y: 2692100 });
  });

  for (const bad of [
    '',
    'CRS3035RES100mN2692100',
    'CRS3035RES100N2692100E4341300',
    'crs3035res100mN2692100E4341300',
    'CRS3035RES100mN2692100E4341300x',
    'CRS3035RES0mN0E0',
    '100mN26921E43413',
  ]) {
    it(`rejects the malformed id '${bad}'`, () => {
      expect(() => parseEuGridId(bad)).toThrowError(IndicatorError);
      try {
        parseEuGridId(bad);
      } catch (e) {
        expect((e as IndicatorError).code).toBe('MALFORMED_CELL_ID');
      }
    });
  }

  it('rejects a corner that is not on the lattice of its resolution', () => {
    expect(() => parseEuGridId('CRS3035RES100mN2692150E4341300')).toThrowError(/not aligned to its 100 m grid/);
  });
});

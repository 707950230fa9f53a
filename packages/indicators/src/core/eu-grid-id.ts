import { IndicatorError } from './errors.ts';

/** A cell of the EU reference grid (EPSG:3035), lower-left corner in metres. */
export interface EuGridCell {
  /** Cell size in metres. */
  resolution: number;
  /** Easting of the lower-left corner, metres. */
  x: number;
  /** Northing of the lower-left corner, metres. */
  y: number;
}

const EU_GRID_ID = /^CRS3035RES(\d+)(m|km)N(\d+)E(\d+)$/;

/**
 * Below this value a coordinate written with a `km` resolution is read as kilometres
 * (GEOSTAT style `CRS3035RES1kmN2692E4341`); at or above it, as metres
 * (`CRS3035RES1kmN2692000E4341000`). EPSG:3035 coordinates in metres are always larger.
 */
export const KM_COORDINATE_LIMIT = 100_000;

/**
 * Parses an EU grid cell id such as `CRS3035RES100mN2692100E4341300`.
 * The resolution may be given in metres (`RES100m`, `RES1000m`) or kilometres (`RES1km`).
 * Coordinates must sit on the cell lattice (multiples of the resolution).
 * @throws IndicatorError MALFORMED_CELL_ID when the id does not follow the notation.
 */
export function parseEuGridId(id: string): EuGridCell {
  const m = EU_GRID_ID.exec(id);
  if (m === null) {
    throw new IndicatorError(
      'MALFORMED_CELL_ID',
      `'${id}' is not an EU grid cell id (expected e.g. CRS3035RES100mN2692100E4341300)`,
    );
  }
  const unit = m[2] === 'km' ? 1000 : 1;
  const resolution = Number(m[1]) * unit;
  const y = scaleCoordinate(Number(m[3]), unit);
  const x = scaleCoordinate(Number(m[4]), unit);
  return checkCell(id, resolution, x, y);
}

/** Converts a coordinate written next to a `km` resolution into metres (see KM_COORDINATE_LIMIT). */
export function scaleCoordinate(value: number, unit: number): number {
  return unit === 1000 && value < KM_COORDINATE_LIMIT ? value * 1000 : value;
}

/** Validates resolution and lattice alignment; shared by the string and byte parsers. */
export function checkCell(id: string, resolution: number, x: number, y: number): EuGridCell {
  if (!(resolution > 0) || !Number.isSafeInteger(x) || !Number.isSafeInteger(y)) {
    throw new IndicatorError('MALFORMED_CELL_ID', `'${id}' has a zero or oversized resolution or coordinate`);
  }
  if (x % resolution !== 0 || y % resolution !== 0) {
    throw new IndicatorError(
      'MALFORMED_CELL_ID',
      `'${id}' is not aligned to its ${resolution} m grid (corner coordinates must be multiples of the resolution)`,
    );
  }
  return { resolution, x, y };
}

/** Writes the EU grid id of a cell; the resolution is written in metres. */
export function formatEuGridId(resolution: number, x: number, y: number): string {
  return `CRS3035RES${resolution}mN${y}E${x}`;
}

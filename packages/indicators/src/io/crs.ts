/**
 * EPSG:3035 (ETRS89-extended / LAEA Europe), the CRS of the EU population grid, as PROJJSON
 * (https://proj.org/schemas/v0.7/projjson.schema.json): the Lambert azimuthal equal-area
 * projection (EPSG method 9820) centred at 52°N 10°E, false easting 4 321 000 m and false
 * northing 3 210 000 m, on the GRS 1980 ellipsoid of ETRS89 (EPSG:4258); axes northing, easting.
 */
export const EPSG_3035_PROJJSON = {
  $schema: 'https://proj.org/schemas/v0.7/projjson.schema.json',
  type: 'ProjectedCRS',
  name: 'ETRS89-extended / LAEA Europe',
  base_crs: {
    name: 'ETRS89',
    datum: {
      type: 'GeodeticReferenceFrame',
      name: 'European Terrestrial Reference System 1989',
      ellipsoid: { name: 'GRS 1980', semi_major_axis: 6378137, inverse_flattening: 298.257222101 },
    },
    coordinate_system: {
      subtype: 'ellipsoidal',
      axis: [
        { name: 'Geodetic latitude', abbreviation: 'Lat', direction: 'north', unit: 'degree' },
        { name: 'Geodetic longitude', abbreviation: 'Lon', direction: 'east', unit: 'degree' },
      ],
    },
    id: { authority: 'EPSG', code: 4258 },
  },
  conversion: {
    name: 'Europe Equal Area 2001',
    method: { name: 'Lambert Azimuthal Equal Area', id: { authority: 'EPSG', code: 9820 } },
    parameters: [
      { name: 'Latitude of natural origin', value: 52, unit: 'degree', id: { authority: 'EPSG', code: 8801 } },
      { name: 'Longitude of natural origin', value: 10, unit: 'degree', id: { authority: 'EPSG', code: 8802 } },
      { name: 'False easting', value: 4321000, unit: 'metre', id: { authority: 'EPSG', code: 8806 } },
      { name: 'False northing', value: 3210000, unit: 'metre', id: { authority: 'EPSG', code: 8807 } },
    ],
  },
  coordinate_system: {
    subtype: 'Cartesian',
    axis: [
      { name: 'Northing', abbreviation: 'Y', direction: 'north', unit: 'metre' },
      { name: 'Easting', abbreviation: 'X', direction: 'east', unit: 'metre' },
    ],
  },
  id: { authority: 'EPSG', code: 3035 },
} as const;

/** The PROJJSON of an EPSG code this package knows, else null (GeoParquet's "unknown CRS"). */
export function projJson(epsg: number): object | null {
  return epsg === 3035 ? EPSG_3035_PROJJSON : null;
}

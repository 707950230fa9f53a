// The grid's coordinate reference system: EPSG:3035 (ETRS89-extended / LAEA Europe, the EU
// population grid's), registered with OpenLayers through proj4 so cells can be reprojected to
// the map's Web Mercator view.
import proj4 from 'proj4';
import { register } from 'ol/proj/proj4.js';

export const GRID_CRS = 'EPSG:3035';

proj4.defs(
  GRID_CRS,
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
);
register(proj4);

// Bundles the browser map (packages/web/map: OpenLayers, proj4, topojson-client) with esbuild
// into packages/web/static/dist/ (git-ignored), served under /static/dist/, and copies the
// Natural Earth country outlines (world-atlas, TopoJSON) beside it as the offline basemap.
// Skipped when every output is newer than the map sources and the installed packages.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages', 'web');
const source = path.join(web, 'map');
const out = path.join(web, 'static', 'dist');
const ENTRY = path.join(source, 'evidence-map.js');
const BUNDLE = path.join(out, 'evidence-map.js');
const BASEMAP = path.join(out, 'countries-50m.json');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether the bundle or the basemap is missing or older than one of its inputs. */
export function bundleIsStale() {
  const built = Math.min(mtime(BUNDLE), mtime(BASEMAP));
  if (built < 0) return true;
  const inputs = [
    path.join(root, 'package-lock.json'),
    path.join(web, 'package.json'),
    fileURLToPath(import.meta.url),
    path.join(web, 'src', 'map-classes.ts'),
    path.join(web, 'src', 'map-class-colours.ts'),
    ...fs.readdirSync(source).map((f) => path.join(source, f)),
  ];
  return inputs.some((f) => mtime(f) > built);
}

/** Bundles when stale; throws when esbuild fails. */
export function ensureBundled({ quiet = false } = {}) {
  if (!bundleIsStale()) return false;
  const require = createRequire(path.join(web, 'package.json'));
  const esbuild = require('esbuild');
  if (!quiet) console.log('Bundling the map (esbuild packages/web/map)…');
  fs.mkdirSync(out, { recursive: true });
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'eof',
    logLevel: 'error',
    metafile: true,
  });
  fs.copyFileSync(require.resolve('world-atlas/countries-50m.json'), BASEMAP);
  const now = new Date();
  fs.utimesSync(BASEMAP, now, now);
  if (!quiet)
    console.log(`Map bundle: ${Math.round(result.metafile.outputs[path.relative(root, BUNDLE)]?.bytes / 1024)} KiB`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBundled();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}

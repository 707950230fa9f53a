import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startTestApp, type TestApp } from './harness.ts';

const STATIC_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('@convivio/web')), '..', 'static');

describe('static files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { seed: false });
  });
  afterAll(async () => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('serves a stylesheet with its type, caching headers and validators', async () => {
    const res = await get('/static/app.css');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(fs.readFileSync(path.join(STATIC_DIR, 'app.css'), 'utf8'));
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.etag).toMatch(/^W?\/?"[^"]+"$/);
    expect(new Date(String(res.headers['last-modified'])).getTime()).toBe(
      Math.floor(fs.statSync(path.join(STATIC_DIR, 'app.css')).mtimeMs / 1000) * 1000,
    );
  });

  it('answers 304 without a body to a request whose ETag or date still matches', async () => {
    const first = await get('/static/app.js');
    const again = await get('/static/app.js', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const since = await get('/static/app.js', { 'if-modified-since': String(first.headers['last-modified']) });
    expect(since.statusCode).toBe(304);
    const changed = await get('/static/app.js', { 'if-none-match': '"something-else"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.body.length).toBeGreaterThan(0);
  });

  it('serves scripts as JavaScript under the Content-Security-Policy, with nosniff', async () => {
    const res = await get('/static/evidence-run.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await t.app.inject({ method: 'HEAD', url: '/static/evidence-run.js' })).statusCode).toBe(200);
  });

  it('serves the bundled map (scripts/bundle.mjs), its style sheet and the offline basemap', async () => {
    const script = await get('/static/dist/evidence-map.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(script.body).toBe(fs.readFileSync(path.join(STATIC_DIR, 'dist', 'evidence-map.js'), 'utf8'));
    expect((await get('/static/dist/evidence-map.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const basemap = await get('/static/dist/countries-50m.json');
    expect(basemap.statusCode).toBe(200);
    const topology = JSON.parse(basemap.body);
    expect(topology.type).toBe('Topology');
    expect(topology.objects.countries.geometries.length).toBeGreaterThan(200);
  });

  it('never leaves the static folder, lists no directory and serves no other kind of file', async () => {
    const secret = fs.readFileSync(path.resolve(STATIC_DIR, '..', 'package.json'), 'utf8');
    for (const url of [
      '/static/../package.json',
      '/static/%2e%2e/package.json',
      '/static/..%2fpackage.json',
      '/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/static/../../../../../../etc/passwd',
      '/static/..\\package.json',
    ]) {
      const res = await get(url);
      expect([400, 403, 404], url).toContain(res.statusCode);
      expect(res.body, url).not.toContain(secret.slice(0, 40));
      expect(res.body, url).not.toContain('root:x:0:0');
    }
    expect((await get('/static/')).statusCode).toBe(404);
    expect((await get('/static/nothing-here.css')).statusCode).toBe(404);
    expect([403, 404]).toContain((await get('/static/.env')).statusCode);
  });
});

describe('a configured map tile address', () => {
  it('is allowed as an image source by the Content-Security-Policy, and must be https with {z}, {x} and {y}', async () => {
    const t = await startTestApp('pglite', {
      seed: false,
      env: { EVIDENCE_MAP_TILES: 'https://tiles.example.org/{z}/{x}/{y}.png' },
    });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/static/app.css' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/tiles\.example\.org(;|$)/);
    } finally {
      await t.close();
    }
    expect(() => loadConfig({ EVIDENCE_MAP_TILES: 'http://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(
      /EVIDENCE_MAP_TILES must be an https address/,
    );
    expect(() => loadConfig({ EVIDENCE_MAP_TILES: 'https://tiles.example.org/tile.png' })).toThrow(
      /EVIDENCE_MAP_TILES must contain \{z\}, \{x\} and \{y\}/,
    );
    expect(loadConfig({}).evidenceMapTiles).toBeNull();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSample } from '../src/evidence/sample.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';
import { gridCsv } from './evidence-fixtures.ts';

/** Pixels of the map canvas that are neither the page background (white) nor the blank basemap. */
function colouredPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-evidence-map] canvas') as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let p = 0; p < data.length; p += 4) {
      const [r, g, b] = [data[p], data[p + 1], data[p + 2]];
      const white = r === 255 && g === 255 && b === 255;
      const basemap = r === 0xee && g === 0xf0 && b === 0xf3;
      if (!white && !basemap && (r !== g || g !== b)) n++;
    }
    return n;
  });
}

describe.skipIf(!HAS_CHROMIUM || bundledSample() === null)('evidence in the browser', () => {
  let b: BrowserTestApp;
  let workers: JobWorkers;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    workers = startWorkers({ db: b.t.db, config: b.t.config }, { pollMs: 50 });
    page = await b.newPage();
    await b.signIn(page, 'reader');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-evidence-'));
  });
  afterAll(async () => {
    await workers?.stop();
    await b?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('picks the sample, maps its columns, runs it and shows the ranking, chart and a drawn map', async () => {
    await page.goto('/evidence');
    expect(await b.axe(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/evidence\/datasets\/dataset-/),
      page.click('form.evidence-sample button[type="submit"]'),
    ]);
    expect(await page.locator('.notice').innerText()).toContain('stored');
    expect(await page.locator('#preview-title + thead th').allInnerTexts()).toEqual([
      'GRD_ID',
      'LAU_CODE',
      'TOT',
      'NAT',
      'EU',
      'AFR',
      'ASI',
      'AME',
      'OCE',
    ]);
    expect(await page.locator('#m-cellId').inputValue()).toBe('GRD_ID');
    expect(await page.locator('#m-area').inputValue()).toBe('LAU_CODE');
    expect(await page.locator('input[name="groups"]:checked').count()).toBe(6);
    expect(await b.axe(page)).toEqual([]);
    await page.fill('#o-bandwidths', '500');
    await Promise.all([page.waitForURL(/\/evidence\/runs\/run-/), page.click('button[name="action"][value="run"]')]);
    const runUrl = page.url();
    // The page polls the run and reloads itself when it is done.
    await page.waitForSelector('table.evidence-ranking', { timeout: 90_000 });
    const rows = await page.locator('table.evidence-ranking tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    expect(await page.locator('#area-chart rect').count()).toBe(rows);
    await page.waitForSelector('[data-evidence-map] canvas[data-drawn="true"]');
    expect(await colouredPixels(page)).toBeGreaterThan(5000);
    expect(await page.locator('table.map-top-cells tbody tr').count()).toBe(20);
    expect(await b.axe(page)).toEqual([]);

    // Keyboard: focus the map and zoom in; the status line says so.
    await page.focus('[data-evidence-map] canvas');
    await page.keyboard.press('+');
    expect(await page.locator('.map-status').innerText()).toContain('zoom 1.5');
    expect(await colouredPixels(page)).toBeGreaterThan(5000);

    // Another index, lowest first; then another layer: the stable run address keeps working.
    await page.selectOption('#rank-index', 'multigroup.dissimilarity');
    await page.selectOption('#rank-order', 'asc');
    await Promise.all([
      page.waitForURL(/index=multigroup.dissimilarity/),
      page.click('form[action*="#ranking-title"] button[type="submit"]'),
    ]);
    const values = (await page.locator('table.evidence-ranking tbody tr td:nth-child(3)').allInnerTexts()).map((s) =>
      Number(s.replace(/,/g, '')),
    );
    expect(values).toEqual([...values].sort((x, y) => x - y));
    await page.selectOption('#map-layer', 'entropy_norm_500m');
    await Promise.all([
      page.waitForURL(/layer=entropy_norm_500m/),
      page.click('form[action*="#map-title"] button[type="submit"]'),
    ]);
    await page.waitForSelector('[data-evidence-map] canvas[data-drawn="true"]');
    expect(await colouredPixels(page)).toBeGreaterThan(5000);
    expect(runUrl).toMatch(/\/evidence\/runs\/run-[0-9a-f-]+$/);
  });

  it("shows a queued run's progress, then the results once a worker has run it", async () => {
    await workers.stop();
    await page.goto('/evidence');
    await Promise.all([
      page.waitForURL(/\/evidence\/datasets\/dataset-/),
      page.click('form.evidence-sample button[type="submit"]'),
    ]);
    await page.fill('#o-bandwidths', '');
    await Promise.all([page.waitForURL(/\/evidence\/runs\/run-/), page.click('button[name="action"][value="run"]')]);
    expect(await page.locator('progress#run-progress').getAttribute('value')).toBe('0');
    expect(await page.locator('[data-run-status]').innerText()).toBe('Queued');
    expect(await b.axe(page)).toEqual([]);
    // The page keeps polling; when a worker starts and finishes the run, it shows the results.
    workers = startWorkers({ db: b.t.db, config: b.t.config }, { pollMs: 50 });
    await page.waitForSelector('table.evidence-ranking', { timeout: 90_000 });
    await page.waitForSelector('[data-evidence-map] canvas[data-drawn="true"]');
    expect(await colouredPixels(page)).toBeGreaterThan(5000);
  });

  it("uploads a file through the form and shows the engine's message when the file is malformed", async () => {
    const lines = gridCsv({ cols: 6, rows: 4 }).split('\n');
    lines[3] = lines[3].replace(/,(\d+)$/, ',-5');
    const file = path.join(tmp, 'broken.csv');
    fs.writeFileSync(file, lines.join('\n'));
    await page.goto('/evidence');
    await page.setInputFiles('#ev-file', file);
    await page.fill('#ev-name', 'Broken grid');
    await Promise.all([
      page.waitForURL(/\/evidence\/datasets\/dataset-/),
      page.click('form.evidence-upload button[type="submit"]'),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Broken grid');
    expect(await page.locator('#m-x').inputValue()).toBe('x');
    await page.fill('#o-bandwidths', '');
    await Promise.all([page.waitForURL(/\/evidence\/runs\/run-/), page.click('button[name="action"][value="run"]')]);
    await page.waitForSelector('.error-summary h2', { timeout: 60_000 });
    const text = await page.locator('.error-summary').innerText();
    expect(text).toContain('The run failed');
    expect(text).toMatch(/broken\.csv, line 4, column 'total'/);
    expect(await b.axe(page)).toEqual([]);
  });
});

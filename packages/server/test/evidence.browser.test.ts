import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSample } from '../src/evidence/sample.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { claimNextJob, returnUnstartedJob } from '../src/jobs/queue.ts';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';
import { gridCsv } from './evidence-fixtures.ts';
import { cellAt, classPixels, layerJson, legendClasses, pixelColours, readout } from './map-probe.ts';

const DRAWN = '[data-evidence-map] .map-view[data-drawn="true"]';

/**
 * The map on a run page: cells drawn where proj4 (here, not the page) puts them, the hover and
 * keyboard readouts, the classes and their legend.
 */
async function checkMap(page: Page, b: BrowserTestApp) {
  const layer = await layerJson(page);
  expect(layer.col.length).toBeGreaterThan(100);
  const legend = await legendClasses(page);
  expect(legend.length).toBeGreaterThan(2);
  const colourOf = (v: number) =>
    legend.find((c, j) => v >= c.from && (v < c.to || (j === legend.length - 1 && v <= c.to)))?.colour;

  // Hover points around the centre; for each, the readout's longitude/latitude (the pointer's
  // position) falls, by proj4 here, in the cell the readout names, with its value and the
  // colour of its class drawn under the pointer (points near a cell's edge are left out).
  // Zoom in twice with the buttons, so that each cell spans several pixels.
  await page.click('[data-map-action="zoom-in"]');
  await page.click('[data-map-action="zoom-in"]');
  await expect.poll(() => page.locator('.map-status').innerText()).toContain('zoom 4×');
  await page.locator('[data-evidence-map] .map-view').scrollIntoViewIfNeeded();
  const box = (await page.locator('[data-evidence-map] .map-view').boundingBox())!;
  const points: [number, number][] = [];
  const found: string[] = [];
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) {
      const [x, y] = [box.width / 2 + dx * 53, box.height / 2 + dy * 41];
      await page.mouse.move(box.x + x, box.y + y);
      const r = await readout(page);
      const cell = cellAt(layer, r.lon, r.lat);
      expect([r.col, r.row]).toEqual([cell.col, cell.row]);
      if (cell.value === null || cell.within.some((f) => f < 0.15 || f > 0.85)) continue;
      expect(r.value).toBeCloseTo(cell.value, 4);
      expect(r.text).toContain(`column ${cell.col}, row ${cell.row}`);
      points.push([x, y]);
      found.push(colourOf(cell.value)!);
    }
  expect(points.length).toBeGreaterThan(4);
  expect(await pixelColours(page, points)).toEqual(found);

  await page.click('[data-map-action="reset"]');
  await expect.poll(() => page.locator('.map-status').innerText()).toContain('zoom 1×');

  // Keyboard: focus the map, zoom in and pan east; the status and the centre's readout follow.
  await page.focus('[data-evidence-map] .map-view');
  await page.keyboard.press('+');
  await expect.poll(() => page.locator('.map-status').innerText()).toContain('zoom 2×');
  const before = await readout(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await readout(page)).lon).toBeGreaterThan(before.lon);
  expect((await readout(page)).lat).toBeCloseTo(before.lat, 2);
  await page.keyboard.press('0');
  await expect.poll(() => page.locator('.map-status').innerText()).toContain('zoom 1×');

  // Equal intervals: the legend splits the layer's range evenly.
  await page.selectOption('#map-classes', 'linear');
  await expect.poll(async () => (await legendClasses(page)).length).toBe(7);
  const linear = await legendClasses(page);
  const step = (layer.max - layer.min) / 7;
  linear.forEach((c, j) => expect(c.from).toBeCloseTo(layer.min + j * step, 3));
  expect(linear[6]!.to).toBeCloseTo(layer.max, 3);
  // The address and the page's tables follow the choice (a reload, or the page without the script, shows the same classes).
  expect(new URL(page.url()).searchParams.get('classes')).toBe('linear');
  expect(await page.locator('table.map-class-cells tbody tr').count()).toBe(7);
  const counted = (await page.locator('table.map-class-cells tbody td').allInnerTexts()).map((s) =>
    Number(s.replace(/\D/g, '')),
  );
  expect(counted.reduce((a, b) => a + b, 0)).toBe(layer.values.filter((v) => v !== null).length);
  expect(await classPixels(page)).toBeGreaterThan(500);
  expect(await b.axe(page)).toEqual([]);

  // HiDPI: on a screen with two device pixels per CSS pixel, the map's canvas has twice the pixels.
  const context = await b.newContext({
    deviceScaleFactor: 2,
    storageState: await page.context().storageState(),
  });
  const sharp = await context.newPage();
  await sharp.goto(page.url());
  await sharp.waitForSelector(DRAWN);
  const ratio = await sharp.$eval('[data-evidence-map] .map-view canvas', (c) => {
    const canvas = c as HTMLCanvasElement;
    return canvas.width / canvas.getBoundingClientRect().width;
  });
  expect(ratio).toBeCloseTo(2, 1);
  await context.close();
}

describe.skipIf(!HAS_CHROMIUM || bundledSample() === null)('evidence in the browser', () => {
  let b: BrowserTestApp;
  let workers: JobWorkers;
  let page: Page;
  let tmp: string;
  /** The data set the first test makes from the bundled sample, which the queued-run test runs again. */
  let sampleDataset: string | undefined;

  /** On /evidence, stores the bundled sample through its form and keeps the data set's address. */
  async function pickSample() {
    await Promise.all([
      page.waitForURL(/\/evidence\/datasets\/dataset-/),
      page.click('form.evidence-sample button[type="submit"]'),
    ]);
    sampleDataset = new URL(page.url()).pathname;
  }

  beforeAll(async () => {
    b = await startBrowserApp();
    workers = startWorkers({ db: b.t.db, config: b.t.config }, { pollMs: 50 });
    page = await b.newPage();
    await b.signInByCookie(page, 'reader');
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
    await pickSample();
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
    await page.waitForSelector(DRAWN);
    expect(await classPixels(page)).toBeGreaterThan(500);
    expect(await page.locator('table.map-top-cells tbody tr').count()).toBe(20);
    expect(await b.axe(page)).toEqual([]);
    await checkMap(page, b);

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
    await page.waitForSelector(DRAWN);
    expect(await classPixels(page)).toBeGreaterThan(500);
    expect(runUrl).toMatch(/\/evidence\/runs\/run-[0-9a-f-]+$/);
  }, 300_000);

  it("shows a queued run's progress, then the results once a worker has run it", async () => {
    // The page asks for the run's state every 0.7 s, so a change shows within a poll or two.
    await workers.stop();
    // The first test's data set (stored again when this test runs alone).
    if (sampleDataset) await page.goto(sampleDataset);
    else {
      await page.goto('/evidence');
      await pickSample();
    }
    await page.fill('#o-bandwidths', '');
    await Promise.all([page.waitForURL(/\/evidence\/runs\/run-/), page.click('button[name="action"][value="run"]')]);
    expect(await page.locator('progress#run-progress').getAttribute('value')).toBe('0');
    expect(await page.locator('[data-run-status]').innerText()).toBe('Queued');
    expect(await page.locator('[data-run-worker]').isHidden()).toBe(true);
    expect(await b.axe(page)).toEqual([]);
    // A worker claims the run (through the queue, as workers do): the page names it while it holds the run.
    const holder = `worker-${crypto.randomUUID()}`;
    const job = await claimNextJob(b.t.db, holder, ['evidence.run']);
    expect(job).not.toBeNull();
    await expect.poll(() => page.locator('[data-run-status]').innerText(), { timeout: 15_000 }).toBe('Running');
    const line = page.locator('[data-run-worker]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toMatch(
      new RegExp(`^Running on worker ${holder} since \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC$`),
    );
    expect(await line.getAttribute('title')).toBe(holder);
    expect(await b.axe(page)).toEqual([]);
    // It hands the run back unstarted: the line goes again.
    expect(await returnUnstartedJob(b.t.db, job!.id, holder)).toBe(true);
    await expect.poll(() => page.locator('[data-run-status]').innerText(), { timeout: 15_000 }).toBe('Queued');
    expect(await line.isHidden()).toBe(true);
    // The page keeps polling; when a worker starts and finishes the run, it shows the results.
    workers = startWorkers({ db: b.t.db, config: b.t.config }, { pollMs: 50 });
    await page.waitForSelector('table.evidence-ranking', { timeout: 90_000 });
    await page.waitForSelector(DRAWN);
    expect(await classPixels(page)).toBeGreaterThan(500);
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

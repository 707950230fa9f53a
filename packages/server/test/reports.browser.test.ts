import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('generating a report in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('picks cities, opens the printable report and downloads the PDF and Word versions', async () => {
    const page = await b.newPage('/reports');
    page.setDefaultTimeout(20_000);
    expect(await b.axe(page)).toEqual([]);
    expect(await page.locator('#downloads').textContent()).toContain(
      'Fuenlabrada, Grenoble-Alpes Métropole, Livadia, Mechelen, Modena, Pont-de-Claix, Vienna',
    );

    await page.getByLabel('Mechelen (BE)').check();
    await page.getByLabel('Vienna (AT)').check();
    await Promise.all([
      page.waitForURL(/cities=city-mechelen&cities=city-vienna/),
      page.getByRole('button', { name: 'Prepare the report' }).click(),
    ]);
    expect(await page.locator('#downloads').textContent()).toBe('Download the report for Mechelen, Vienna');
    expect(await page.getByLabel('Mechelen (BE)').isChecked()).toBe(true);

    for (const [label, signature, ext] of [
      ['PDF document', '%PDF-', '.pdf'],
      ['Word document (.docx)', 'PK', '.docx'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^state-of-the-art-.*\\${ext}$`));
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, signature.length).toString('latin1')).toBe(signature);
    }

    await Promise.all([
      page.waitForURL(/format=html/),
      page.getByRole('link', { name: 'Printable web page (HTML)' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('State-of-the-Art Report');
    const text = await page.locator('main').textContent();
    for (const name of ['Mechelen', 'Vienna', 'De Grond der Dingen', 'cult.kids', 'Annex: Mechelen', 'Annex: Vienna'])
      expect(text).toContain(name);
    expect(text).not.toContain('Annex: Modena');
    await page.getByRole('link', { name: '6. Annexes: the practices of each city' }).click();
    expect(page.url()).toMatch(/#annexes$/);
    expect(await b.axe(page)).toEqual([]);
  });
});

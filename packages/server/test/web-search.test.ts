import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const countText = (page: Page) => page.locator('#result-count').innerText();
const facetCount = async (page: Page, id: string) =>
  Number(/\((\d+)\)/.exec(await page.locator(`label[for="${id}"]`).innerText())?.[1]);

describe.skipIf(!HAS_CHROMIUM)('finding and reading practices in the browser', () => {
  let b: BrowserTestApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('searches by keyword from the home page', async () => {
    const page = await b.visitorPage('/');
    await page.getByLabel('Search the practice library').fill('employment');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/practices\?q=employment$/);
    expect(await countText(page)).toMatch(/^\d+ practices found$/);
    await expect.poll(() => page.locator('.result h3 a').allInnerTexts()).toContain('MILMA Project');
    await page.close();
  });

  it('filters with a facet checkbox: results, counts and address change, focus stays on the checkbox', async () => {
    const page = await b.visitorPage('/practices');
    const before = await countText(page);
    const educationBefore = await facetCount(page, 'f-facet-theme-education');
    await page.getByLabel(/^Spain \(\d+\)$/).check();
    await expect.poll(() => countText(page)).not.toBe(before);
    expect(await countText(page)).toBe('4 practices found');
    expect(page.url()).toContain('country=ES');
    expect(await facetCount(page, 'f-facet-theme-education')).toBeLessThan(educationBefore);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-facet-country-ES');
    for (const meta of await page.locator('.result .meta').allInnerTexts()) expect(meta).toContain('Spain');
    await page.reload();
    expect(await countText(page)).toBe('4 practices found');
    expect(await page.locator('#f-facet-country-ES').isChecked()).toBe(true);
    await page.close();
  });

  it('says when nothing matches and offers ways out as links', async () => {
    const page = await b.visitorPage('/practices?q=employment&country=AT');
    await expect.poll(() => page.locator('.no-results').innerText()).toContain('No practice matches your search.');
    const suggestions = await page.locator('.suggestions a').allInnerTexts();
    expect(suggestions.some((s) => /^Remove the filter Country: Austria \(\d+ results\)$/.test(s))).toBe(true);
    expect(suggestions.some((s) => s.startsWith('Search without the words “employment”'))).toBe(true);
    await page.getByRole('link', { name: /^Remove the filter Country/ }).click();
    await page.waitForURL(/\/practices\?q=employment$/);
    expect(await countText(page)).toMatch(/^[1-9]\d* practices? found$/);
    await page.close();
  });

  it('opens MILMA and shows its quantitative result against the target', async () => {
    const page = await b.visitorPage('/practices?q=MILMA');
    await page.getByRole('link', { name: 'MILMA Project' }).click();
    await page.waitForURL(/\/practices\/practice-fuenlabrada-milma$/);
    const row = page.getByRole('row', { name: /Migrant people who find a job after the training/ });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('39.28 %');
    expect(cells[1]).toBe('35 %');
    expect(cells[3]).toContain('112 % of target');
    expect(await page.locator('h2', { hasText: 'Lessons learned' }).count()).toBe(1);
    await page.close();
  });

  it('works with the keyboard alone: skip link, search box, then a result', async () => {
    const page = await b.visitorPage('/practices');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.innerText()).toBe('Skip to main content');
    expect(await skip.evaluate((el) => el.getBoundingClientRect().left >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await page.locator('#q').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.type('language');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('q=language');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    let onResult = false;
    for (let i = 0; i < 150 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('.result h3'));
    }
    expect(onResult).toBe(true);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

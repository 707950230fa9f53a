import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const PAGES = [
  '/',
  '/practices',
  '/practices/practice-fuenlabrada-milma',
  '/cities',
  '/cities/compare?ids=city-milan,city-barcelona,city-munich,city-mechelen',
  '/evidence',
  '/cities/city-mechelen/stakeholders',
  '/network',
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** How far the document scrolls sideways (0 when it fits the screen). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every visible a, button, input, select and summary smaller than 24 × 24 px, except links
 * inline in a sentence (WCAG 2.5.8's exception: the text around them sets their height).
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('a, button, input, select, summary'))) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden') continue;
      if (el.closest('.visually-hidden')) continue;
      if (el instanceof HTMLAnchorElement && style.display === 'inline') {
        const block = el.parentElement?.closest('p, li, dd, td, th, figcaption, caption, div, span, label');
        const around = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (around.length > own.length) continue;
      }
      if (rect.width < 24 || rect.height < 24)
        found.push(
          `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
    }
    return found;
  });

describe.skipIf(!HAS_CHROMIUM)('every page on a 390 px phone and a 1280 px screen', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  /** Every test here is a visitor's: one browser context per screen size. */
  const screens = new Map<number, Promise<BrowserContext>>();
  /** A page of its own on a screen of `viewport`'s size. */
  const on = async (viewport: { width: number; height: number }) => {
    if (!screens.has(viewport.width)) screens.set(viewport.width, b.newContext({ viewport }));
    return (await screens.get(viewport.width)!).newPage();
  };
  const at = async (viewport: { width: number; height: number }, path: string) => {
    const page = await on(viewport);
    await page.goto(path);
    return page;
  };

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)
    it(`fits the ${name} screen without sideways scrolling, every tap target at least 24 px`, async () => {
      const problems: string[] = [];
      // One visitor's page goes through them all: each address loads a new document.
      const page = await on(viewport);
      for (const path of PAGES) {
        await page.goto(path);
        expect(await page.locator('main h1').count(), path).toBeGreaterThan(0);
        const over = await sideways(page);
        if (over > 0) problems.push(`${path}: scrolls ${over} px sideways`);
        for (const small of await smallTargets(page)) problems.push(`${path}: ${small}`);
      }
      await page.close();
      expect(problems).toEqual([]);
    });

  it('collapses the menu on a phone behind a button that opens it by keyboard', async () => {
    const page = await at(PHONE, '/practices');
    const toggle = page.getByRole('button', { name: 'Menu' });
    const cities = page.locator('.site-header nav a[href="/cities"]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await cities.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    for (let i = 0; i < 5 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await cities.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Practices');
    await page.keyboard.press('Escape');
    expect(await cities.isVisible()).toBe(false);
    expect(await b.axe(page)).toEqual([]);

    const wide = await at(DESKTOP, '/practices');
    expect(await wide.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await wide.locator('.site-header nav a[href="/cities"]').isVisible()).toBe(true);
  });

  it('shows the first search result on a phone within a screen and a half, the filters folded with their count', async () => {
    const page = await at(PHONE, '/practices?q=employment&country=ES');
    const first = page.locator('.result-list > li').first();
    await first.waitFor();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(PHONE.height * 1.5);
    const summary = page.locator('#filters-panel > summary');
    expect(await summary.textContent()).toMatch(/Filters \(1 active\)/);
    expect(await page.locator('#filters-panel').getAttribute('open')).toBeNull();
    await summary.click();
    expect(await page.locator('#facet-groups').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Skip to the results' }).click();
    expect(page.url()).toContain('#results-title');
  });

  it('stacks the city comparison on a phone, one card per city, and shows the table on a wide screen', async () => {
    const path = '/cities/compare?ids=city-milan,city-barcelona,city-munich';
    const phone = await at(PHONE, path);
    expect(await phone.locator('.compare-card').count()).toBe(3);
    expect(await phone.locator('.compare-card').first().isVisible()).toBe(true);
    expect(await phone.locator('table.compare-table').isVisible()).toBe(false);
    expect(await phone.locator('.compare-card h2').allTextContents()).toEqual(
      await phone.locator('table.compare-table thead th').allTextContents(),
    );
    const wide = await at(DESKTOP, path);
    expect(await wide.locator('table.compare-table').isVisible()).toBe(true);
    expect(await wide.locator('.compare-card').first().isVisible()).toBe(false);
  });

  it('corrects a misspelt search: "languaje" shows the results for "language"', async () => {
    const page = await at(PHONE, '/practices');
    await page.getByLabel('Search practices').fill('languaje');
    await page.getByLabel('Search practices').press('Enter');
    await expect.poll(() => page.locator('#correction').textContent()).toMatch(/Showing results for\s*language/);
    expect(await page.locator('.result-list > li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#result-count').textContent()).toMatch(/\d+ practices? found/);
    expect(await page.locator('.result-list mark').first().textContent()).toMatch(/^language/i);
  });
});

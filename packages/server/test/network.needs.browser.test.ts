import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

/** Presses Tab until the focused element matches, as a keyboard user would (fails after `max` presses). */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; href: string | null }) => boolean,
  max = 300,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? null };
    });
    if (matches(el)) return el;
  }
  throw new Error('never reached with the keyboard');
}

describe.skipIf(!HAS_CHROMIUM)("a city's needs in the browser", () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('is reached from the city page by keyboard, ranks practices with reasons, and has no serious accessibility problem', async () => {
    const page = await b.visitorPage('/cities/city-livadia');
    page.setDefaultTimeout(15_000);
    await tabTo(page, (el) => el.href === '/cities/city-livadia/needs');
    await Promise.all([page.waitForURL(/\/cities\/city-livadia\/needs$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('What Livadia needs, and who has answered it');
    const sections = page.locator('section.need');
    expect(await sections.count()).toBeGreaterThan(0);
    const coexistence = page.locator('section.need', { hasText: 'Positive coexistence' });
    const ranked = coexistence.locator('ol.ranked > li');
    expect(await ranked.count()).toBeGreaterThan(0);
    expect(await ranked.first().textContent()).toContain('addresses Positive coexistence');
    expect(await coexistence.textContent()).toContain('No mentor offers yet.');
    const first = await ranked.first().locator('a').first().getAttribute('href');
    expect(first).toMatch(/^\/practices\//);
    const reached = await tabTo(page, (el) => el.href === first);
    expect(reached.tag).toBe('A');
    expect(await b.axe(page)).toEqual([]);
  });

  it('says there is not enough data for a city with no challenges, with a link to name them', async () => {
    const page = await b.visitorPage('/cities/city-barcelona/needs');
    expect(await page.getByRole('status').textContent()).toContain('Not enough data');
    expect(await page.getByRole('link', { name: "Name this city's challenges" }).getAttribute('href')).toBe(
      '/cities/city-barcelona/challenges',
    );
    expect(await b.axe(page)).toEqual([]);
  });
});

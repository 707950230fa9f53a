import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const PHONE = { width: 390, height: 844 };

/** The page's direction, whether it scrolls sideways, and where the brand and the main heading's text sit. */
const layoutFacts = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const brand = box('.brand');
    const h1 = document.querySelector('main h1');
    const range = document.createRange();
    if (h1) range.selectNodeContents(h1);
    const heading = h1 ? range.getBoundingClientRect() : undefined;
    return {
      dir: getComputedStyle(document.documentElement).direction,
      fits: (document.scrollingElement?.scrollWidth ?? Infinity) <= window.innerWidth,
      brandRight: brand ? window.innerWidth - brand.right : null,
      brandLeft: brand?.left ?? null,
      headingRight: heading ? window.innerWidth - heading.right : null,
      headingLeft: heading?.left ?? null,
    };
  });

describe.skipIf(!HAS_CHROMIUM)('the interface in Arabic, Greek and the other languages, in a browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('switches to Arabic on a 390 px phone: right to left, nothing scrolls sideways', async () => {
    const page = await b.newPage('/');
    await page.setViewportSize(PHONE);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await menu.click();
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');

    for (const path of ['/', '/practices', '/practices/practice-fuenlabrada-milma']) {
      await page.goto(path);
      expect(await page.locator('html').getAttribute('dir'), path).toBe('rtl');
      const facts = await layoutFacts(page);
      expect(facts.dir, path).toBe('rtl');
      expect(facts.fits, `${path} scrolls sideways`).toBe(true);
      // Mirrored: the brand and the main heading start at the right edge.
      expect(facts.brandRight, path).not.toBeNull();
      expect(facts.brandRight!, path).toBeLessThan(facts.brandLeft!);
      expect(facts.headingRight!, path).toBeLessThan(facts.headingLeft!);
    }
    expect(await page.locator('.translation-notice').textContent()).toContain('لم يراجع هذه الترجمة');
  });

  for (const lang of ['ar', 'el'])
    it(`has no serious accessibility problem on the home page and the practice search in ${lang}`, async () => {
      const page = await b.newPage();
      for (const path of [`/?lang=${lang}`, `/practices?q=employment&lang=${lang}`]) {
        await page.goto(path);
        expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
        expect(await b.axe(page), path).toEqual([]);
      }
      await page.context().close();
    });
});

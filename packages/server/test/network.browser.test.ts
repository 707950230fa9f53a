import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

/** The cities of the map (in keyboard order) and of the list alternative (in row order). */
async function mapAndList(page: Page): Promise<{ map: string[]; list: string[] }> {
  return page.evaluate(() => ({
    map: Array.from(document.querySelectorAll('svg.network-map a.city-link'), (a) => a.getAttribute('href') ?? ''),
    list: Array.from(document.querySelectorAll('table.network-cities tbody th a'), (a) => a.getAttribute('href') ?? ''),
  }));
}

describe.skipIf(!HAS_CHROMIUM)('the network map in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('is reached and used with the keyboard: Tab lands on the city links with a visible focus, Enter opens the city', async () => {
    const page = await b.visitorPage('/network');
    page.setDefaultTimeout(15_000);
    expect(await b.axe(page)).toEqual([]);
    const { map, list } = await mapAndList(page);
    expect(map.length).toBeGreaterThan(20);
    expect(list).toEqual(map);

    await page.getByRole('link', { name: 'Show every city' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip the map to the list of cities');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const a = document.activeElement;
      const circle = a?.querySelector('circle');
      return {
        href: a?.getAttribute('href'),
        name: a?.getAttribute('aria-label'),
        stroke: circle ? getComputedStyle(circle).strokeWidth : null,
      };
    });
    expect(first.href).toBe(map[0]);
    expect(first.name).toMatch(/^Milan, Italy: \d+ practices$/);
    expect(first.stroke).toBe('4px');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(map[1]);
    await page.keyboard.press('Shift+Tab');
    await Promise.all([page.waitForURL(/\/cities\/city-milan$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Milan');
  });

  it('updates the map and the list in place when a filter changes, keeping the address shareable', async () => {
    const page = await b.visitorPage('/network');
    page.setDefaultTimeout(15_000);
    const before = await mapAndList(page);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const theme = page.getByLabel('Theme');
    await theme.focus();
    await theme.selectOption('social-inclusion');
    await page.waitForURL(/theme=social-inclusion/);
    await expect.poll(async () => (await mapAndList(page)).map.length).toBeLessThan(before.map.length);
    const after = await mapAndList(page);
    expect(after.map.length).toBeGreaterThan(0);
    expect(after.list).toEqual(after.map);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-theme');
    expect(await page.locator('#network-status').textContent()).toMatch(/^\d+ cities?, \d+ practices$/);

    const api = (await b.t.anonymous.request({ url: '/api/v1/network/map?theme=social-inclusion' })).json<{
      cities: { id: string }[];
    }>();
    expect(after.map).toEqual(api.cities.map((c) => `/cities/${c.id}`));
    expect(await b.axe(page)).toEqual([]);

    await page.reload();
    expect((await mapAndList(page)).map).toEqual(after.map);
    expect(await page.getByLabel('Theme').inputValue()).toBe('social-inclusion');
  });

  it('filters without scripts too, through the form', async () => {
    const context = await b.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/network');
    await page.getByLabel('Typology').selectOption('awareness-coexistence');
    await Promise.all([
      page.waitForURL(/typology=awareness-coexistence/),
      page.getByRole('button', { name: 'Show on the map' }).click(),
    ]);
    const { map, list } = await mapAndList(page);
    expect(map.length).toBeGreaterThan(0);
    expect(list).toEqual(map);
    await context.close();
  });
});

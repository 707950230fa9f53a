import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

/** The text of the focused element when it is a button ('' otherwise). */
const focusedButton = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a instanceof HTMLButtonElement ? (a.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  });

/**
 * Opens `path` and presses Tab from the top of the page until the button named `name` has the
 * focus, and returns how many presses that took. With `presses` (the count for the same page
 * before), presses Tab that many times and checks that the button has the focus then.
 */
async function tabTo(page: Page, path: string, name: string, presses?: number): Promise<number> {
  await page.goto(path);
  if (presses !== undefined) {
    for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
    expect(await focusedButton(page), `${path} after ${presses} presses of Tab`).toBe(name);
    return presses;
  }
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedButton(page)) === name) return i + 1;
  }
  throw new Error(`Tab never reached the button "${name}" on ${path}`);
}

/** Whether the /follows page lists the follow (its Stop following button). */
async function listed(page: Page, name: string): Promise<boolean> {
  await page.goto('/follows');
  const list = page.locator('section[aria-labelledby="follows-h"]');
  return (await list.getByRole('button', { name: `Stop following ${name}`, exact: true }).count()) === 1;
}

describe.skipIf(!HAS_CHROMIUM)('following with the keyboard', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  /** The challenge, city and theme pages with the name their Follow button carries and the key that presses it. */
  async function targets(page: Page) {
    await page.goto('/challenges');
    const first = page.locator('form[data-follow^="challenge:"] button').first();
    const label = ((await first.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(label).toMatch(/^Follow ./);
    return [
      { path: '/challenges', name: label.slice('Follow '.length), key: 'Enter' },
      { path: '/cities/city-milan', name: 'Milan', key: 'Enter' },
      { path: '/themes/housing', name: 'Housing', key: 'Space' },
    ];
  }

  it('follows and stops following a challenge, a city and a theme from the keyboard, the button posting in place', async () => {
    const page = await b.memberPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'reader');
    for (const target of await targets(page)) {
      const presses = await tabTo(page, target.path, `Follow ${target.name}`);
      await page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      await page.keyboard.press(target.key);
      // The script swaps the button in place and keeps the focus on it: no page load.
      await expect.poll(() => focusedButton(page), { timeout: 10_000 }).toBe(`Stop following ${target.name}`);
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(await page.getByText(`You follow ${target.name}.`, { exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: `Follow ${target.name}`, exact: true }).count()).toBe(0);
      expect(await b.axe(page), target.path).toEqual([]);
      expect(await listed(page, target.name), target.path).toBe(true);

      // The same page with the other button: Tab reaches it in as many presses.
      await tabTo(page, target.path, `Stop following ${target.name}`, presses);
      await page.keyboard.press(target.key);
      await expect.poll(() => focusedButton(page), { timeout: 10_000 }).toBe(`Follow ${target.name}`);
      expect(await page.getByText(`You follow ${target.name}.`, { exact: true }).count()).toBe(0);
      expect(await b.axe(page), target.path).toEqual([]);
      expect(await listed(page, target.name), target.path).toBe(false);
    }
  });

  it('does the same without scripts: the form posts and the page comes back with the other button', async () => {
    const context = await b.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'reader');
    // Tab reaches these buttons in the test above, in the same server-rendered pages; here the
    // key is pressed on the focused button without scripts.
    const focusButton = async (path: string, name: string) => {
      await page.goto(path);
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      expect(await focusedButton(page), path).toBe(name);
    };
    for (const target of await targets(page)) {
      await focusButton(target.path, `Follow ${target.name}`);
      await Promise.all([page.waitForNavigation(), page.keyboard.press(target.key)]);
      expect(new URL(page.url()).pathname).toBe(target.path);
      await page.getByRole('button', { name: `Stop following ${target.name}`, exact: true }).waitFor();
      expect(await page.getByText(`You follow ${target.name}.`, { exact: true }).count()).toBe(1);
      expect(await listed(page, target.name), target.path).toBe(true);

      await focusButton(target.path, `Stop following ${target.name}`);
      await Promise.all([page.waitForNavigation(), page.keyboard.press(target.key)]);
      await page.getByRole('button', { name: `Follow ${target.name}`, exact: true }).waitFor();
      expect(await listed(page, target.name), target.path).toBe(false);
    }
    await context.close();
  });

  it("sets a lab's themes and shows a session's in accessible forms", async () => {
    const api = await b.t.signIn('editor', 'city-mechelen');
    const created = await api.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: 'Werklab',
        topic: 'Work and care',
        area: 'care-work-life-balance-gender-equality',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const labId = created.json<{ id: string }>().id;
    const page = await b.memberPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'editor', 'city-mechelen');
    await page.goto(`/labs/${labId}`);
    const form = page.locator(`form[action="/labs/${labId}/themes"]`);
    await form.getByLabel('Gender equality', { exact: true }).check();
    await Promise.all([page.waitForURL(/notice=saved/), form.getByRole('button').click()]);
    expect(await page.getByRole('link', { name: 'Gender equality', exact: true }).getAttribute('href')).toBe(
      '/themes/gender-equality',
    );
    expect(await b.axe(page)).toEqual([]);

    const admin = await b.newPage();
    admin.setDefaultTimeout(15_000);
    await b.signInByCookie(admin, 'admin');
    await admin.goto('/events/event-icc-milan-2018/manage/sessions/session-icc-milan-2018-d1-workshop-1');
    expect(await admin.getByLabel('Employment', { exact: true }).isChecked()).toBe(true);
    expect(await admin.getByLabel('Housing', { exact: true }).isChecked()).toBe(false);
    expect(await b.axe(admin)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('editing practices in the browser', () => {
  let b: BrowserTestApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('lets a city editor add, edit and publish their own practice, which then appears publicly', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'editor', 'city-modena');
    await page.goto('/practices');
    await page.getByRole('link', { name: 'Add a practice' }).click();
    await page.getByLabel(/^Name of the practice/).fill('Shared allotments for newcomers');
    await page.getByLabel('Description', { exact: true }).fill('Plots shared by newcomers and long-time residents.');
    await page.getByRole('group', { name: 'Themes' }).getByLabel('Coexistence').check();
    await page.getByLabel('Indicator').first().fill('Plots shared');
    await page.getByLabel('Achieved').first().fill('18');
    await page.getByLabel('Target').first().fill('20');
    await page.getByRole('button', { name: 'Add a result' }).click();
    await page.getByLabel('Indicator').nth(1).fill('Gardeners taking part');
    await page.getByLabel('Achieved').nth(1).fill('64');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(/\/practices\/practice-shared-allotments-for-newcomers\?notice=created$/);
    expect(await page.locator('h1 .badge-draft').innerText()).toBe('Draft');
    expect(await page.locator('table.quantitative tbody tr').count()).toBe(2);

    const visitor = await b.visitorPage('/practices/practice-shared-allotments-for-newcomers');
    expect(await visitor.locator('h1').innerText()).toContain('Page not found');

    await page.getByRole('link', { name: 'Edit this practice' }).click();
    await page
      .getByLabel('Description', { exact: true })
      .fill('Plots shared by newcomers and long-time residents, with a seed library.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\?notice=saved$/);
    expect(await page.getByRole('status').innerText()).toBe('Your changes were saved.');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(/\?notice=published$/);
    expect(await page.locator('h1 .badge-draft').count()).toBe(0);

    await visitor.reload();
    expect(await visitor.locator('h1').innerText()).toBe('Shared allotments for newcomers');
    expect(await visitor.getByText('with a seed library').count()).toBe(1);
    expect(await visitor.getByRole('link', { name: 'Edit this practice' }).count()).toBe(0);
    await visitor.goto('/practices?q=allotments');
    expect(await visitor.locator('.result h3 a').allInnerTexts()).toEqual(['Shared allotments for newcomers']);
    await visitor.close();
  });

  it('checks fields as they are typed and marks them for assistive technology', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'editor', 'city-modena');
    await page.goto('/practices/new');
    const name = page.locator('#f-name');
    await name.fill('X');
    await name.blur();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toContain('f-name-error');
    expect(await page.locator('#f-name-error').innerText()).toBe('Enter at least 2 characters');
    await name.fill('XY');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#f-name-error').innerText()).toBe('');
    await page.locator('#f-links').fill('www.example.org');
    await page.locator('#f-links').blur();
    expect(await page.locator('#f-links-error').innerText()).toContain('https://');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const summary = page.locator('[data-error-summary]');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      expect.stringMatching(/^Links: Enter full addresses/),
    ]);
    expect(page.url()).toMatch(/\/practices\/new$/);
  });

  it('shows a 403 page to an editor of another city on the edit page', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'editor', 'city-vienna');
    const res = await page.goto('/practices/practice-fuenlabrada-milma/edit');
    expect(res?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('You may not do this');
    await page.goto('/practices/practice-fuenlabrada-milma');
    expect(await page.getByRole('link', { name: 'Edit this practice' }).count()).toBe(0);
  });
});

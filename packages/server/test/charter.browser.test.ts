import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const EMPLOYER = 'charter-integrating-cities-employer';

describe.skipIf(!HAS_CHROMIUM)('the charter pages in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('shows the charter with no serious accessibility problem', async () => {
    const page = await b.visitorPage('/charter');
    expect(await page.locator('h1').textContent()).toBe('Integrating Cities Charter');
    const signatories = page.locator('section[aria-labelledby="charter-signatories-h"]');
    expect(await signatories.getByRole('link', { name: 'Turin', exact: true }).getAttribute('href')).toBe(
      '/cities/city-turin',
    );
    expect(await signatories.getByRole('link', { name: 'Commitments of Turin' }).getAttribute('href')).toBe(
      '/cities/city-turin/commitments',
    );
    expect(await b.axe(page)).toEqual([]);
  });

  it('lets a city editor update a commitment with the keyboard alone', async () => {
    const page = await b.memberPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'editor', 'city-turin');
    await page.goto('/cities/city-turin/commitments');
    expect(await b.axe(page)).toEqual([]);

    const summary = page.locator('summary', { hasText: 'Update: Employer' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const status = page.locator(`#f-${EMPLOYER}-status`);
    expect(await status.isVisible()).toBe(true);
    await status.focus();
    await status.selectOption('in-progress');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Recruitment open to residents of every nationality');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not a web address');
    await page.keyboard.press('Tab');
    expect(await page.locator(`#f-${EMPLOYER}-evidenceLinks-error`).textContent()).not.toBe('');
    await page.locator(`#f-${EMPLOYER}-evidenceLinks`).fill('https://example.org/turin-recruitment');
    await page.getByRole('button', { name: 'Save Employer' }).focus();
    await Promise.all([page.waitForURL(/notice=saved/), page.keyboard.press('Enter')]);

    const row = page.locator('tbody tr', { hasText: 'Employer' });
    expect(await row.textContent()).toContain('In progress');
    expect(await row.textContent()).toContain('Recruitment open to residents of every nationality');
    expect(await page.getByRole('status').textContent()).toContain('Saved.');
    expect(await b.axe(page)).toEqual([]);
  });

  it('shows the signatory form to administrators, accessibly, with a server-side error named', async () => {
    const page = await b.memberPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'admin');
    await page.goto('/cities/city-vienna/commitments');
    await page.getByLabel('Yes').check();
    await page.getByLabel(/^Date of signature/).fill('2018-02-30');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Save the signatory status' }).click(),
    ]);
    expect(await page.locator('.error-summary').textContent()).toContain('Date of signature');
    expect(await b.axe(page)).toEqual([]);
    await page.getByLabel(/^Date of signature/).fill('2018-11-22');
    await Promise.all([
      page.waitForURL(/notice=saved/),
      page.getByRole('button', { name: 'Save the signatory status' }).click(),
    ]);
    expect(await page.locator('main').textContent()).toContain('Vienna signed the charter on 2018-11-22.');
  });
});

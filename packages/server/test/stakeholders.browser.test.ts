import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('mapping stakeholders in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('lets a city editor map a stakeholder with the keyboard and see it on the grid, the network and the coverage table', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'editor', 'city-mechelen');
    await page.goto('/cities/city-mechelen/stakeholders');
    expect(await b.axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Map a stakeholder' }).click();
    await page.waitForURL('**/cities/city-mechelen/stakeholders/new');
    expect(await b.axe(page)).toEqual([]);

    await page.getByLabel(/^Name of the organisation/).fill('Huis van het Nederlands Mechelen');
    await page.getByLabel(/^Area/).selectOption('education');
    await page.getByLabel('Service provider').check();
    await page.getByLabel(/^Influence/).selectOption('4');
    await page.getByLabel(/^Interest/).selectOption('5');
    await page.getByLabel(/^Engagement/).selectOption('contacted');
    await page.getByLabel(/^Date of this status/).fill('2023-02-14');
    await page.getByLabel('De Grond der Dingen').check();
    await page.getByLabel('Communication channels').fill('email, WhatsApp group');
    await Promise.all([
      page.waitForURL(/\/stakeholders\/stakeholder-mechelen-huis-van-het-nederlands-mechelen/),
      page.getByLabel('Communication channels').press('Enter'),
    ]);

    await expect.poll(() => page.locator('h1').textContent()).toBe('Huis van het Nederlands Mechelen');
    const details = await page.locator('main').textContent();
    expect(details).toContain('Key players');
    expect(details).toContain('2023-02-14');
    expect(details).toContain('Contacted');
    expect(await b.axe(page)).toEqual([]);

    await page.goto('/cities/city-mechelen/stakeholders');
    const gridRow = page.locator('#grid tbody tr', { hasText: 'Huis van het Nederlands Mechelen' });
    await expect.poll(() => gridRow.textContent()).toContain('Key players');
    const networkRow = page.locator('#network tbody tr', { hasText: 'Huis van het Nederlands Mechelen' });
    expect(await networkRow.textContent()).toContain('De Grond der Dingen');
    const education = page.locator('#coverage tbody tr', { hasText: 'Education' });
    expect(await education.textContent()).toMatch(/Covered|Thin/);
    expect(await page.locator('#grid svg[role="img"] title').first().textContent()).toMatch(
      /\d+ rated stakeholders?\b/,
    );
  });

  it('shows the errors of an invalid stakeholder next to its fields', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'editor', 'city-mechelen');
    await page.goto('/cities/city-mechelen/stakeholders/new');
    await page.getByLabel(/^Name of the organisation/).fill('X');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('#f-name-error').textContent()).toMatch(/at least 2/);
    expect(await b.axe(page)).toEqual([]);
  });

  it('records a contact person with consent for editors only', async () => {
    const editor = await b.memberPage();
    await b.signInByCookie(editor, 'editor', 'city-mechelen');
    await editor.goto('/stakeholders/stakeholder-mechelen-internationaal-comite');
    await editor.getByLabel(/^Name/).fill('Leyla Voorbeeld');
    await editor.getByLabel(/^Email/).fill('leyla@example.org');
    await editor.getByLabel('The person has consented to be recorded').check();
    await editor.getByRole('button', { name: 'Add a contact person' }).click();
    await editor.waitForURL(/notice=contact-added/);
    expect(await editor.locator('main').textContent()).toContain('leyla@example.org');
    expect(await b.axe(editor)).toEqual([]);

    const visitor = await b.visitorPage('/stakeholders/stakeholder-mechelen-internationaal-comite');
    const text = await visitor.locator('body').textContent();
    expect(text).toContain('Internationaal Comité vzw');
    expect(text).not.toContain('Leyla');
    expect(text).not.toContain('leyla@example.org');
    expect(await visitor.getByRole('link', { name: 'Edit' }).count()).toBe(0);
  });
});

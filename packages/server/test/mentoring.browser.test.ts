import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/dataset-sections.ts';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const P = '/mentoring/programme-cities-grow';

describe.skipIf(!HAS_CHROMIUM)('a mentoring flow in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('an editor asks for a mentor, sees the suggested mentor and adds an action to the plan', async () => {
    const admin = await b.memberPage();
    admin.setDefaultTimeout(15_000);
    await b.signInByCookie(admin, 'admin');
    await admin.goto(P);
    await admin.getByLabel('Offers to mentor').check();
    await admin
      .locator('#f-themeId')
      .selectOption({ label: 'Anti-discrimination strategies for the local job market' });
    await admin.locator('#f-cityId').selectOption({ label: 'Helsinki' });
    await admin.getByLabel('Capacity (cities)').fill('1');
    await Promise.all([admin.waitForURL(/notice=posted/), admin.getByRole('button', { name: 'Post' }).click()]);

    const page = await b.newPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'editor', 'city-tampere');
    await page.goto(P);
    expect(await b.axe(page)).toEqual([]);
    await page.getByLabel('Asks for a mentor').check();
    await page.locator('#f-themeId').selectOption({ label: 'Anti-discrimination strategies for the local job market' });
    await page.getByLabel('Note').fill('Recruitment without discrimination');
    await Promise.all([page.waitForURL(/notice=posted/), page.getByRole('button', { name: 'Post' }).click()]);
    expect(await page.getByRole('status').or(page.locator('.notice')).first().textContent()).toContain('Posted.');

    const pairs = page.locator('section[aria-labelledby="pairs-h"] tbody tr');
    expect(await pairs.count()).toBe(1);
    expect(await pairs.first().locator('th').textContent()).toBe('Tampere');
    expect(await pairs.first().getByRole('link').textContent()).toBe('Helsinki');
    expect(await pairs.first().locator('td').last().textContent()).toContain('same theme');

    await page.getByRole('link', { name: 'Action plan of Tampere' }).click();
    await page.locator('#f-title').fill('Anonymous job applications in the city administration');
    await page.getByLabel('Owner').fill('Human resources');
    await page.getByLabel('Deadline').fill('2019-01-31');
    await Promise.all([page.waitForURL(/notice=saved/), page.getByRole('button', { name: 'Add an action' }).click()]);
    expect(await page.locator('#actions-h ~ div tbody th').textContent()).toBe(
      'Anonymous job applications in the city administration',
    );
    expect(await b.axe(page)).toEqual([]);
  });

  it('an editor answers the self-check and a reader chooses the city to see where it stands', async () => {
    await importDataset(b.t.db, {
      format: 'convivio/v1',
      mentoringProgrammes: [
        {
          id: 'programme-browser-check',
          name: 'Browser check',
          themes: [
            {
              id: 'theme-browser-check',
              name: 'Browser check theme',
              toolkit: {
                selfCheckQuestions: [
                  { id: 'q1', text: 'Is there a strategy?', authored: 'platform' },
                  { id: 'q2', text: 'Is it funded?', authored: 'platform' },
                ],
              },
            },
          ],
          participants: [{ cityId: 'city-ghent' }, { cityId: 'city-modena' }],
        },
      ],
    });
    const url = '/mentoring/programme-browser-check/themes/theme-browser-check';
    const page = await b.memberPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'editor', 'city-ghent');
    await page.goto(url);
    await page
      .getByRole('group', { name: /Is there a strategy\?/ })
      .getByLabel('Yes')
      .check();
    await page
      .getByRole('group', { name: /Is it funded\?/ })
      .getByLabel('Partly')
      .check();
    await Promise.all([
      page.waitForURL(/notice=saved/),
      page.getByRole('button', { name: 'Save the answers' }).click(),
    ]);
    expect(await page.locator('#stand-h').textContent()).toBe('Where Ghent stands');
    expect(await page.locator('#stand-h + p').textContent()).toContain('75 % (2 of 2 questions answered)');
    expect(await b.axe(page)).toEqual([]);

    const reader = await b.visitorPage(url);
    reader.setDefaultTimeout(15_000);
    await reader.getByLabel('Show the answers of').selectOption({ label: 'Ghent' });
    await Promise.all([reader.waitForURL(/city=city-ghent/), reader.getByRole('button', { name: 'Show' }).click()]);
    const rows = reader.locator('table:has(#answers-caption) tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).locator('td').textContent()).toBe('Partly');
    expect(await reader.getByRole('heading', { name: 'What to read next' }).count()).toBe(1);
    expect(await b.axe(reader)).toEqual([]);
  });
});

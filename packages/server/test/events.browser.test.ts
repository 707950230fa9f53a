import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const EVENT = '/events/event-icc-milan-2018';
const W1 = 'choice-icc-milan-2018-workshops-1';

describe.skipIf(!HAS_CHROMIUM)('events in the browser', () => {
  let b: BrowserTestApp;
  let participant: Page;
  let organiser: Page;

  beforeAll(async () => {
    b = await startBrowserApp();
    participant = await b.newPage();
    organiser = await b.newPage();
  });
  afterAll(async () => b?.close());

  it('shows the public programme, filterable by day and kind, without accessibility violations', async () => {
    const page = await b.visitorPage(EVENT);
    expect(await page.locator('h1').innerText()).toContain('Integrating Cities Conference');
    expect(await page.locator('article.session').count()).toBe(22);
    expect(await b.axe(page)).toEqual([]);
    await page.selectOption('#f-kind', 'workshop');
    await page.selectOption('#f-day', '2018-11-07');
    await Promise.all([page.waitForURL(/kind=workshop/), page.click('.programme-filter button[type="submit"]')]);
    expect(await page.locator('article.session').count()).toBe(8);
    expect(await b.axe(page)).toEqual([]);
  });

  it('lets a participant register and rank workshops with the keyboard-usable form', async () => {
    await b.signInByCookie(participant, 'reader');
    await participant.goto(EVENT);
    await Promise.all([participant.waitForURL(/\/register$/), participant.click('a[href$="/register"]')]);
    expect(await b.axe(participant)).toEqual([]);
    await participant.fill('#f-organisation', 'City of Ghent');
    await participant.selectOption('#f-cityId', 'city-ghent');
    await participant.selectOption('#f-role', 'city-official');
    await participant.check('input[name="languages"][value="en"]');
    await Promise.all([
      participant.waitForLoadState('load'),
      participant.click('form[action$="/register"] button[type="submit"]'),
    ]);
    // Without consent the form comes back with the problem named next to the box.
    expect(await participant.locator('#f-consent-error').innerText()).not.toBe('');
    expect(await b.axe(participant)).toEqual([]);
    await participant.check('input[name="consent"]');
    await Promise.all([
      participant.waitForURL(/notice=registered/),
      participant.click('form[action$="/register"] button[type="submit"]'),
    ]);
    expect(await participant.locator('.notice').first().innerText()).toContain('registered');
    // Rank by keyboard: include workshops 1 and 3, then move workshop 3 up with the arrow key.
    const list = participant.locator('fieldset[data-rank-list]').first();
    await list.locator('label.rank-title', { hasText: 'Workshop 1:' }).waitFor();
    await list.locator('input.rank-include').nth(0).focus();
    await participant.keyboard.press('Space');
    await list.locator('input.rank-include').nth(2).focus();
    await participant.keyboard.press('Space');
    const up = list.locator('button[aria-label^="Move up: Workshop 3"]');
    await up.focus();
    await participant.keyboard.press('ArrowUp');
    expect(await list.locator('[data-rank-status]').innerText()).toContain('Workshop 3');
    expect(await list.locator('[data-rank-status]').innerText()).toContain('1 of 2');
    await expect
      .poll(() => participant.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Move up: Workshop 3/);
    await Promise.all([
      participant.waitForURL(/notice=choices/),
      participant.click('form[action$="/rankings"] button[type="submit"]'),
    ]);
    expect(
      await participant.locator(`input[name="rank.${W1}.session-icc-milan-2018-d1-workshop-3"]`).inputValue(),
    ).toBe('1');
    expect(
      await participant.locator(`input[name="rank.${W1}.session-icc-milan-2018-d1-workshop-1"]`).inputValue(),
    ).toBe('2');
    expect(await b.axe(participant)).toEqual([]);
  });

  it('lets an organiser run the assignment from the dashboard and read the report', async () => {
    const admin = await b.signInByCookie(organiser, 'admin');
    expect(admin.role).toBe('admin');
    await organiser.goto(`${EVENT}/manage`);
    expect(await b.axe(organiser)).toEqual([]);
    await Promise.all([
      organiser.waitForURL(/notice=assigned/),
      organiser.click('form[action$="/manage/assign"] button[type="submit"]'),
    ]);
    expect(await organiser.locator('table.rank-table').count()).toBe(1);
    expect(await organiser.locator('table.fill-table').count()).toBe(4);
    expect(await b.axe(organiser)).toEqual([]);
    await organiser.goto(`${EVENT}/badges`);
    expect(await organiser.locator('.badge-card').count()).toBe(1);
    await organiser.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await organiser.locator('button[data-print]').click();
    expect(await organiser.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await b.axe(organiser)).toEqual([]);
    await organiser.goto(`${EVENT}/rooms/session-icc-milan-2018-d1-workshop-3`);
    expect(await organiser.locator('tbody tr').count()).toBe(1);
    expect(await b.axe(organiser)).toEqual([]);
  });

  it('shows the participant their workshop in their agenda after the assignment', async () => {
    await participant.goto(`${EVENT}/me`);
    const row = participant.locator('tr.agenda-assigned', { hasText: 'Workshop 3' });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('Your place');
    expect(await participant.locator('tr', { hasText: 'Workshop 1:' }).count()).toBe(0);
    expect(await participant.locator(`a[href="${EVENT}/me/calendar.ics"]`).count()).toBe(1);
    expect(await b.axe(participant)).toEqual([]);
  });

  it('serves schedule.xml that the browser parses as XML', async () => {
    const page = await b.visitorPage(EVENT);
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        events: doc.getElementsByTagName('event').length,
        days: doc.getElementsByTagName('day').length,
      };
    }, `${EVENT}/schedule.xml`);
    expect(result).toEqual({ error: 0, events: 22, days: 2 });
  });
});

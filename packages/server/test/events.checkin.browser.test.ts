import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const MILAN = 'event-icc-milan-2018';
const EVENT = `/events/${MILAN}`;
const OPENING = 'session-icc-milan-2018-d1-opening';

describe.skipIf(!HAS_CHROMIUM)('the check-in desk in the browser', () => {
  let b: BrowserTestApp;
  let desk: Page;
  let code: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    for (const name of ['Zoë Kowalski', 'Mehmet Yılmaz']) {
      const reader = await b.t.signIn('reader');
      const res = await reader.request({
        method: 'POST',
        url: `/api/v1/events/${MILAN}/registrations`,
        payload: { name, role: 'researcher', consent: true },
      });
      expect(res.statusCode).toBe(201);
    }
    desk = await b.newPage();
    await b.signInByCookie(desk, 'admin');
    await desk.goto(`${EVENT}/badges`);
    const badge = desk.locator('.badge-card', { hasText: 'Mehmet Yılmaz' });
    code = (await badge.locator('[data-checkin-code]').getAttribute('data-checkin-code'))!;
    expect(code).toMatch(/^[0-9A-F]{32}$/);
    expect(await badge.locator('svg.qr').count()).toBe(1);
  });
  afterAll(async () => b?.close());

  const eventCount = () => desk.locator('tr[data-count-for=""] td').innerText();
  const sessionCount = (id: string) => desk.locator(`tr[data-count-for="${id}"] td`).innerText();

  it('checks a person in found by name, and shows the updated count', async () => {
    await desk.goto(`${EVENT}/manage`);
    await Promise.all([desk.waitForURL(/\/check-in$/), desk.click(`a[href="${EVENT}/check-in"]`)]);
    expect(await eventCount()).toBe('0 of 2 registered');
    expect(await b.axe(desk)).toEqual([]);
    await desk.fill('#checkin-q', 'zoe');
    await Promise.all([desk.waitForURL(/q=zoe/), desk.press('#checkin-q', 'Enter')]);
    const found = desk.locator('.checkin-found li');
    expect(await found.count()).toBe(1);
    await Promise.all([desk.waitForURL(/done=/), found.getByRole('button', { name: 'Check in Zoë Kowalski' }).click()]);
    expect(await desk.locator('[data-checkin-result]').innerText()).toContain('Checked in: Zoë Kowalski');
    expect(await eventCount()).toBe('1 of 2 registered');
    expect(await desk.locator('.checkin-found li').innerText()).toContain('Checked in at');
    expect(await b.axe(desk)).toEqual([]);
  });

  it("checks a person in by the code a scanner types, at a session, and shows that session's count", async () => {
    await desk.selectOption('#checkin-session', OPENING);
    await Promise.all([desk.waitForURL(/session=/), desk.click('form[action$="/check-in"][method="get"] button')]);
    expect(await sessionCount(OPENING)).toBe('0');
    // A USB scanner types the code into the focused field and presses Enter.
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('checkin-code');
    await desk.keyboard.type(code.toLowerCase());
    await Promise.all([desk.waitForURL(/done=/), desk.keyboard.press('Enter')]);
    expect(await desk.locator('[data-checkin-result]').innerText()).toContain('Checked in: Mehmet Yılmaz');
    expect(await sessionCount(OPENING)).toBe('1');
    expect(await eventCount()).toBe('1 of 2 registered');
    // The same code again changes nothing and says so.
    await desk.fill('#checkin-code', code);
    await Promise.all([desk.waitForURL(/again=1/), desk.press('#checkin-code', 'Enter')]);
    expect(await desk.locator('[data-checkin-result]').innerText()).toContain('already checked in');
    expect(await sessionCount(OPENING)).toBe('1');
    // An unknown code is answered on the page, with the field kept.
    await desk.fill('#checkin-code', 'NOPE');
    await Promise.all([desk.waitForLoadState('load'), desk.press('#checkin-code', 'Enter')]);
    expect(await desk.locator('[data-checkin-result] .error').innerText()).toContain('No registration');
    expect(await desk.inputValue('#checkin-code')).toBe('NOPE');
    expect(await b.axe(desk)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const EVENT = '/events/event-icc-milan-2018';
const CORNER = 'session-icc-milan-2018-d1-projects-corner';
const WORKSHOPS_I = [1, 2, 3, 4].map((n) => `#session-icc-milan-2018-d1-workshop-${n}`);

describe.skipIf(!HAS_CHROMIUM)('the programme timetable and the ranking lists in the browser', () => {
  let b: BrowserTestApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  let phone: Page | undefined;
  /** The file's phone-sized page (a context of its own), at `path`: a visitor's until a test signs someone in on it. */
  async function phonePage(path: string): Promise<Page> {
    if (!phone || phone.isClosed()) {
      const context = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      phone = await context.newPage();
    }
    await phone.goto(path);
    return phone;
  }

  /** Registers the signed-in user through the registration form. */
  async function register(page: Page, role: string) {
    await page.goto(`${EVENT}/register`);
    await page.selectOption('#f-role', role);
    await page.check('input[name="consent"]');
    await Promise.all([
      page.waitForURL(/notice=registered/),
      page.click('form[action$="/register"] button[type="submit"]'),
    ]);
  }

  const boxes = (page: Page, selectors: string[]) =>
    Promise.all(
      selectors.map(async (s) => {
        const box = await page.locator(s).boundingBox();
        expect(box, s).not.toBeNull();
        return box!;
      }),
    );

  it('shows parallel workshops side by side on a desktop, under "Room not given"', async () => {
    const page = await b.visitorPage(EVENT);
    expect(await page.locator('.timetable').count()).toBe(2);
    const found = await boxes(page, WORKSHOPS_I);
    expect(found).toHaveLength(4);
    for (const box of found) expect(Math.abs(box.y - found[0].y)).toBeLessThan(1);
    expect(new Set(found.map((box) => Math.round(box.x))).size).toBe(4);
    const xs = found.map((box) => box.x);
    expect([...xs].sort((a, c) => a - c)).toEqual(xs);
    // A plenary before them spans the lanes and sits above them.
    const [opening] = await boxes(page, ['#session-icc-milan-2018-d1-opening']);
    expect(opening.y + opening.height).toBeLessThanOrEqual(found[0].y);
    expect(opening.width).toBeGreaterThan(found[0].width * 3);
    expect(await page.locator('.programme-day').first().locator('.tt-room').allInnerTexts()).toEqual([
      'Room not given',
    ]);
    // axe checks this very page (a visitor's, on this screen) in events.browser.test.ts.
  });

  it('shows the programme as a list on a phone, no wider than the screen', async () => {
    const page = await phonePage(EVENT);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const found = await boxes(page, WORKSHOPS_I);
    for (let i = 1; i < found.length; i++) {
      expect(found[i].y).toBeGreaterThanOrEqual(found[i - 1].y + found[i - 1].height);
      expect(Math.abs(found[i].x - found[0].x)).toBeLessThan(1);
    }
    for (const box of found) expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.locator('.tt-time').first().isVisible()).toBe(false);
    expect(await b.axe(page)).toEqual([]);
  });

  it('applies the filters as they change, keeping the address shareable', async () => {
    const page = await b.visitorPage(EVENT);
    const before = await page.locator('article.session').count();
    expect(before).toBe(22);
    await page.selectOption('#f-kind', 'workshop');
    await page.waitForURL(/kind=workshop/);
    await expect.poll(() => page.locator('article.session').count()).toBe(8);
    expect(await page.locator('#programme-count').innerText()).toBe('8 sessions shown.');
    await page.fill('#f-q', 'reunification');
    await page.waitForURL(/q=reunification/);
    await expect.poll(() => page.locator('article.session').count()).toBe(1);
    expect(await page.locator('article.session h4').innerText()).toContain('Workshop 4');
    const shared = page.url();
    const again = await b.visitorPage(shared.slice(b.baseUrl.length));
    expect(await again.locator('article.session').count()).toBe(1);
    expect(await again.locator('#f-kind').inputValue()).toBe('workshop');
    await page.goBack();
    await expect.poll(() => page.locator('article.session').count()).toBe(8);
    expect(await b.axe(page)).toEqual([]);
  });

  it('ranks the projects corner by keyboard on a phone, refusing fewer than the minimum, and stores the order', async () => {
    const page = await phonePage('/');
    const user = await b.signInByCookie(page, 'reader');
    await register(page, 'researcher');
    const list = page.locator(`fieldset[data-rank-list]`, { hasText: 'Projects & best practices corner' });
    const boxesIn = list.locator('input.rank-include');
    expect(await boxesIn.count()).toBe(5);
    // One presentation only: the page refuses, naming the corner, before anything is sent.
    await boxesIn.nth(0).focus();
    await page.keyboard.press('Space');
    await page.click('form[action$="/rankings"] button[type="submit"]');
    expect(await list.locator('.field-error').innerText()).toContain(
      'Projects & best practices corner: rank at least 2',
    );
    expect(new URL(page.url()).search).toBe('?notice=registered');
    // Include a second and a third, then move the third up twice with the arrow key.
    await boxesIn.nth(1).focus();
    await page.keyboard.press('Space');
    await boxesIn.nth(2).focus();
    await page.keyboard.press('Space');
    expect(await list.locator('.field-error').innerText()).toBe('');
    const titles = await list
      .locator('li.rank-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-title')));
    expect(titles).toHaveLength(5);
    const up = list.locator(`button[aria-label="Move up: ${titles[2]}"]`);
    await up.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await list.locator('[data-rank-status]').innerText()).toContain('now choice 1 of 3');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move up: ${titles[2]}`);
    await page.keyboard.press('ArrowUp');
    expect(await list.locator('[data-rank-status]').innerText()).toContain('already first');
    await Promise.all([
      page.waitForURL(/notice=choices/),
      page.click('form[action$="/rankings"] button[type="submit"]'),
    ]);
    const { rows } = await b.t.db.query<{ option_ids: string[] }>(
      `SELECT r.option_ids FROM event_rankings r JOIN event_participants p ON p.id = r.participant_id
        WHERE p.user_id = $1 AND r.choice_point_id = $2`,
      [user.id, CORNER],
    );
    expect(rows).toHaveLength(1);
    const record = (await (await page.request.get(`/api/v1/events/event-icc-milan-2018`)).json()) as {
      choicePoints: { id: string; options: { id: string; title: string }[] }[];
    };
    const idOf = (title: string | null) =>
      record.choicePoints.find((p) => p.id === CORNER)!.options.find((o) => o.title === title)!.id;
    expect(rows[0].option_ids).toEqual([idOf(titles[2]), idOf(titles[0]), idOf(titles[1])]);
    expect(await b.axe(page)).toEqual([]);
  });

  it('reorders a ranking by dragging an option with the pointer', async () => {
    const page = await b.memberPage();
    await b.signInByCookie(page, 'reader');
    await register(page, 'other');
    const list = page.locator('fieldset[data-rank-list]').first();
    await list.locator('input.rank-include').nth(0).check();
    await list.locator('input.rank-include').nth(1).check();
    const number = (n: number) =>
      list.locator(`input[name="rank.choice-icc-milan-2018-workshops-1.session-icc-milan-2018-d1-workshop-${n}"]`);
    expect([await number(1).inputValue(), await number(2).inputValue()]).toEqual(['1', '2']);
    await list.locator('li.rank-item').nth(1).scrollIntoViewIfNeeded();
    const [handle] = await boxes(page, ['fieldset[data-rank-list] >> nth=0 >> li.rank-item >> nth=1 >> .rank-handle']);
    const [first] = await boxes(page, ['fieldset[data-rank-list] >> nth=0 >> li.rank-item >> nth=0']);
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, first.y + 4, { steps: 5 });
    await page.mouse.up();
    expect([await number(1).inputValue(), await number(2).inputValue()]).toEqual(['2', '1']);
    expect(await list.locator('[data-rank-status]').innerText()).toContain('now choice 1 of 2');
  });

  it('adds a session to the agenda in place and lists it in the personal agenda', async () => {
    const page = await b.memberPage();
    const user = await b.signInByCookie(page, 'reader');
    await register(page, 'city-official');
    await page.goto(EVENT);
    const card = page.locator('#session-icc-milan-2018-d2-panel-local-challenges');
    await card.locator('form[data-saved-toggle] button').click();
    await expect.poll(() => card.locator('.saved-label').innerText()).toBe('Remove from my agenda');
    expect(await page.locator('#saved-status').innerText()).toContain('was added to your agenda');
    expect(new URL(page.url()).pathname).toBe(EVENT);
    const { rows } = await b.t.db.query<{ session_id: string }>(
      `SELECT s.session_id FROM event_saved_sessions s JOIN event_participants p ON p.id = s.participant_id
        WHERE p.user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ session_id: 'session-icc-milan-2018-d2-panel-local-challenges' }]);
    expect(await b.axe(page)).toEqual([]);
    await page.goto(`${EVENT}/me`);
    expect(await page.locator('.saved-sessions li').count()).toBe(1);
    expect(await b.axe(page)).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

const PUBLIC_PAGES: [string, string][] = [
  ['home', '/'],
  ['search with results', '/practices?q=employment'],
  ['search with facets applied', '/practices?country=ES,IT&theme=employment'],
  ['search with no results', '/practices?q=employment&country=AT'],
  ['practice', '/practices/practice-fuenlabrada-milma'],
  ['cities', '/cities'],
  ['city', '/cities/city-vienna'],
  ['compare', '/cities/compare?ids=city-milan,city-vienna,city-modena'],
  ['compare with too few cities', '/cities/compare?ids=city-milan'],
  ['challenges', '/challenges'],
  ['network gaps', '/gaps'],
  ['sign-in', '/sign-in'],
  ['not found', '/no-such-page'],
  ['network map', '/network?typology=welcome-inclusion'],
];

const EDITOR_PAGES: [string, string][] = [
  ['new practice form', '/practices/new'],
  ['practice edit form', '/practices/practice-fuenlabrada-milma/edit'],
  ['practice history', '/practices/practice-fuenlabrada-milma/history'],
  ['old practice version', '/practices/practice-fuenlabrada-milma/history/1'],
  ['city edit form', '/cities/city-fuenlabrada/edit'],
  ['city history', '/cities/city-fuenlabrada/history'],
  ['forbidden', '/cities/city-vienna/edit'],
  ['city challenges and practice tags', '/cities/city-fuenlabrada/challenges'],
];

describe.skipIf(!HAS_CHROMIUM)('accessibility of the main pages (axe-core: no serious or critical violations)', () => {
  let b: BrowserTestApp;
  let visitor: Page;
  let editor: Page;
  let phone: Page;

  beforeAll(async () => {
    b = await startBrowserApp();
    visitor = await b.visitorPage();
    editor = await b.newPage();
    phone = await b.visitorPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await b.signInByCookie(editor, 'editor', 'city-fuenlabrada');
  });
  afterAll(async () => b?.close());

  it('the checker itself reports a serious problem when one is there', async () => {
    await visitor.goto('/sign-in');
    await visitor.evaluate(() => document.querySelectorAll('label').forEach((l) => l.remove()));
    expect((await b.axe(visitor)).map((v) => v.id)).toContain('label');
  });

  it('leaving out the rules that can find no serious problem finds what every rule finds', async () => {
    await visitor.goto('/sign-in');
    // Problems of many kinds, serious, critical, moderate and minor ones.
    await visitor.evaluate(() => {
      document.querySelectorAll('label').forEach((l) => l.remove());
      document.documentElement.removeAttribute('lang');
      document.querySelector('meta[name="viewport"]')?.setAttribute('content', 'width=device-width, user-scalable=no');
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        `<img src="/no-such.png"><button></button><a href="/"></a><p style="color:#ccc;background:#fff">pale</p>
         <select><option>a</option></select><iframe src="about:blank"></iframe><div role="banana">x</div>
         <ul><div>not an item</div></ul><span tabindex="3">tab</span><div aria-hidden="true"><a href="/">hidden</a></div>
         <h5>skipped levels</h5><div role="button" aria-pressed="maybe">b</div><table><tr><th></th></tr></table>`,
      );
    });
    const every = await b.axeEveryRule(visitor);
    expect(new Set(every.map((v) => v.id)).size).toBeGreaterThan(8);
    expect(await b.axe(visitor)).toEqual(every);
  });

  it.each(PUBLIC_PAGES)('%s (%s)', async (_name, path) => {
    await visitor.goto(path);
    expect(await b.axe(visitor)).toEqual([]);
  });

  it.each(EDITOR_PAGES)('%s for a city editor (%s)', async (_name, path) => {
    await editor.goto(path);
    expect(await b.axe(editor)).toEqual([]);
  });

  it.each(PUBLIC_PAGES.slice(0, 8))('%s on a phone-sized screen (%s)', async (_name, path) => {
    await phone.goto(path);
    expect(await b.axe(phone)).toEqual([]);
  });

  it('edit form showing server-side errors', async () => {
    await editor.goto('/practices/practice-fuenlabrada-milma/edit');
    await editor.evaluate(() => document.querySelector('form.record-form')?.setAttribute('novalidate', ''));
    await editor.evaluate(() => {
      const f = document.querySelector('form.record-form') as HTMLFormElement;
      f.replaceWith(f.cloneNode(true));
    });
    await editor.locator('#f-name').fill('X');
    await editor.locator('#f-quantitativeResults-0-target').fill('a lot');
    await Promise.all([editor.waitForURL(/\/edit$/), editor.locator('.form-actions button[type="submit"]').click()]);
    expect(await editor.locator('.error-summary li').count()).toBe(2);
    expect(await b.axe(editor)).toEqual([]);
  });
});

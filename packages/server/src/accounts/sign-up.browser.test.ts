import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from '../../test/browser.ts';
import { linkIn, startInbox, type Inbox } from '../../test/smtp-inbox.ts';

describe.skipIf(!HAS_CHROMIUM)('signing up in the browser', () => {
  let b: BrowserTestApp;
  let inbox: Inbox;

  beforeAll(async () => {
    inbox = await startInbox();
    b = await startBrowserApp({ seed: false, env: { SMTP_URL: inbox.url } });
  });
  afterAll(async () => {
    await b?.close();
    await inbox?.close();
  });

  it('signs up, opens the confirmation link from the received e-mail, then signs in', async () => {
    const email = 'browser-person@example.org';
    const password = 'lantern orchard tidal quartz';
    const page = await b.newPage('/sign-in');
    page.setDefaultTimeout(15_000);
    await Promise.all([page.waitForURL(/\/sign-up$/), page.getByRole('link', { name: /Sign up/ }).click()]);
    expect(await b.axe(page)).toEqual([]);
    await page.getByLabel('Your name').fill('Browser Person');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const link = linkIn(await inbox.next(email, /Confirm your e-mail/), '/verify-email/');
    expect(link.startsWith(b.baseUrl)).toBe(true);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Confirm your e-mail address first').first().waitFor();

    await page.goto(link);
    expect(await b.axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByRole('heading', { name: 'Your address is confirmed' }).waitFor();
    await Promise.all([page.waitForURL(/\/sign-in/), page.getByRole('link', { name: 'Sign in' }).last().click()]);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/sign-in')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(await page.locator('.account').textContent()).toContain('Browser Person');

    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe('This link does not work');
    expect(await page.locator('main').textContent()).toContain('already been used');
  });
});

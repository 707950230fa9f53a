import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('running a policy lab in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  /** Submits one of the lab page's forms and waits for the page it leads to. */
  async function submit(page: Page, sectionId: string): Promise<void> {
    const form = page.locator(`section:has(#${sectionId}) form`);
    await Promise.all([page.waitForLoadState('load'), page.waitForURL(/\/labs\//), form.getByRole('button').click()]);
  }

  it('starts a lab, runs its first phase and shows where it stands', async () => {
    const page = await b.newPage();
    page.setDefaultTimeout(15_000);
    await b.signInByCookie(page, 'editor', 'city-mechelen');
    await page.goto('/labs');
    expect(await b.axe(page)).toEqual([]);
    await page.getByLabel(/^Name of the lab/).fill('Learning together');
    await page.getByLabel(/^Topic/).fill('Lifelong learning and recognition of skills of newcomers');
    await page.getByLabel(/^Area/).selectOption('education-lifelong-learning-rights-professionalization');
    await Promise.all([
      page.waitForURL(/\/labs\/lab-mechelen-learning-together\?notice=created/),
      page.getByRole('button', { name: 'Start a policy lab' }).click(),
    ]);
    expect(await page.locator('#stands-h + p').textContent()).toBe('Not started');
    expect(await b.axe(page)).toEqual([]);

    const phase = page.locator('section:has(#form-phase)');
    await phase.getByLabel(/^Phase/).selectOption('discuss-evaluate');
    await phase.getByLabel(/^Status/).selectOption('in-progress');
    await phase.getByLabel(/^Start/).fill('2023-01-16');
    await submit(page, 'form-phase');
    expect(await page.locator('#stands-h + p').textContent()).toBe(
      'Phase 1 of 4: Discuss and evaluate existing strategies',
    );

    const session = page.locator('section:has(#form-session)');
    await session.getByLabel(/^Date/).fill('2023-01-16');
    await session.getByLabel(/^Title/).fill('Kick-off with the reference group');
    await session.getByLabel(/^Participants/).fill('18');
    await submit(page, 'form-session');
    expect(await page.locator('#sessions-h ~ * tbody').textContent()).toContain('Kick-off with the reference group');

    const participant = page.locator('section:has(#form-participant)');
    await participant.getByLabel(/^Organisation/).selectOption('stakeholder-mechelen-internationaal-comite');
    await participant.getByLabel(/^Represents/).selectOption('migrant-stakeholder');
    await submit(page, 'form-participant');
    expect(await page.locator('section[aria-labelledby="participants-h"]').textContent()).toContain(
      'Internationaal Comité vzw',
    );

    await phase.getByLabel(/^Ideas collected/).fill('206');
    await phase.getByLabel(/^Ideas kept/).fill('300');
    await submit(page, 'form-phase');
    expect(await page.locator('.error-summary').textContent()).toContain('cannot exceed the ideas collected (206)');
    expect(await b.axe(page)).toEqual([]);

    await phase.getByLabel(/^Ideas kept/).fill('83');
    await phase.getByLabel(/^Status/).selectOption('done');
    await submit(page, 'form-phase');
    const stands = await page.locator('section[aria-labelledby="stands-h"]').textContent();
    expect(stands).toContain('Phase 2 of 4: Reframe the challenge');
    expect(stands).toContain('83 of 206 ideas kept');
    expect(await page.locator('#lab-progress').getAttribute('value')).toBe('25');

    const experiment = page.locator('section:has(#form-experiment)');
    await experiment.getByLabel(/^Experiment/).fill('Skills passport pilot');
    await experiment.getByLabel(/^Budget/).fill('2500');
    await experiment.getByLabel(/^Owner/).fill('Integration service');
    await submit(page, 'form-experiment');
    expect(await page.locator('#experiments-h ~ * tbody').textContent()).toContain('2,500 EUR');

    const rec = page.locator('section:has(#form-recommendation)');
    await rec.getByLabel(/^Recommendation/).fill('Build on the collective ideas of De Grond der Dingen.');
    await rec.getByLabel('De Grond der Dingen').check();
    await submit(page, 'form-recommendation');
    const recs = page.locator('section[aria-labelledby="recommendations-h"]');
    expect(await recs.getByRole('link', { name: 'De Grond der Dingen' }).count()).toBe(1);
    expect(await b.axe(page)).toEqual([]);

    await page.goto('/labs');
    const row = page.locator('tbody tr', { hasText: 'Learning together' });
    expect(await row.textContent()).toContain('Phase 2 of 4: Reframe the challenge');
  });

  it('shows a lab to visitors without the forms', async () => {
    const page = await b.visitorPage('/labs/lab-mechelen-learning-together');
    expect(await page.locator('h1').textContent()).toBe('Learning together');
    expect(await page.locator('form[action$="/phase"]').count()).toBe(0);
    expect(await b.axe(page)).toEqual([]);
  });
});

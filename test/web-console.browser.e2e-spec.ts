import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { chromiumPath } from './support/services.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

/**
 * The web console in a real browser (Debian's Chromium, driven by playwright-core; the test run's global setup installs it when missing): a rep
 * pastes a key, discovers a group, reads it as an org map, changes a role and sees the change in the history, then
 * looks at the group as it was before. Any console error or CSP violation fails the test.
 */
const CHROMIUM = chromiumPath();

(CHROMIUM ? describe : describe.skip)('web console in a browser', () => {
  let context: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let company: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await startTestApp('web_console_browser');
    // a mid-sized demo company, so every role has people to choose from
    const [row] = await sqlQuery<{ name: string }>(
      context.app.get<Database>(DATABASE).em.fork(),
      'select name from dataset_companies where employees_count between 200 and 2000 order by id limit 1',
    );
    company = row!.name;
    await context.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(context.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--headless=new'] });
    page = await browser.newPage();
    page.on('console', (message) => {
      // a 4xx the page asked for (the wrong key below) is logged by Chromium as a failed load; that is no fault
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await context?.close();
  });

  it('asks for a key and shows the API’s 401 message for a wrong one', async () => {
    await page.goto(`${baseUrl}/console`);
    await page.fill('#api-key', 'not-a-real-key-0123456789');
    await page.press('#api-key', 'Enter');
    await page.waitForSelector('#error:not([hidden])', { timeout: 10_000 });
    expect(await page.textContent('#error-text')).toMatch(/key/i);
    // the key lives in this tab's session storage only, never in the URL
    expect(page.url()).toBe(`${baseUrl}/console`);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('discovers a group and shows it as an org map with quality and history', async () => {
    await page.fill('#api-key', WORKSPACE_A.key);
    await page.press('#api-key', 'Enter');
    await page.click('#error-close').catch(() => undefined);
    await page.fill('#discover-form input[name="companyName"]', company);
    await page.selectOption('#discover-category', 'revenue_technology');
    await page.selectOption('#discover-level', 'identify');
    await page.click('#discover-form button[type="submit"]');

    await page.waitForSelector('#group:not([hidden]) #org-map article.member', { timeout: 30_000 });
    expect(await page.textContent('#group-title')).toBe(company);
    const columns = await page.locator('#org-map h3').allTextContents();
    expect(columns.map((c) => c.replace(/\s*\d+$/, ''))).toEqual([
      'Decision makers',
      'Champions',
      'Stakeholders',
      'Blockers',
      'Introducers',
    ]);
    expect(await page.locator('.role-column.role-decision_maker article.member').count()).toBeGreaterThan(0);
    expect(await page.locator('#quality dt').allTextContents()).toEqual(expect.arrayContaining(['Overall score']));
    expect(await page.locator('#history li').count()).toBeGreaterThan(0);
    // the group appears in the list as well
    await expect(page.locator('#groups-body tr').count()).resolves.toBeGreaterThan(0);
  });

  it('changes a member’s role, records it in the history, and shows the earlier state as of a past instant', async () => {
    // an instant after the discovery and before the change (the input takes seconds)
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const card = page.locator('.role-column.role-stakeholder article.member, .role-column.role-champion article.member').first();
    const name = await card.locator('h4').textContent();
    await card.locator('details.override summary').click();
    await card.locator('select[name="role"]').selectOption('blocker');
    await card.locator('input[name="actor"]').fill('jane@seller.example');
    await card.locator('button[type="submit"]').click();

    await page.waitForFunction(
      (who) =>
        Array.from(document.querySelectorAll('.role-column.role-blocker article.member h4')).some((h) => h.textContent === who),
      name,
      { timeout: 15_000 },
    );
    const history = (await page.locator('#history').textContent()) ?? '';
    expect(history).toContain(name!);
    expect(history).toContain('jane@seller.example');

    // as of a moment before the change: the member is back in the old column, and the page says it shows the past
    const local = await page.evaluate((iso) => {
      const d = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }, before);
    await page.fill('#asof', local);
    await page.press('#asof', 'Enter');
    await page.waitForSelector('#past-badge:not([hidden])', { timeout: 15_000 });
    const blockers = await page.locator('.role-column.role-blocker article.member h4').allTextContents();
    expect(blockers).not.toContain(name);
    // overrides are read-only in the past
    expect(await page.locator('#org-map details.override').count()).toBe(0);
  });

  it('loaded without console errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

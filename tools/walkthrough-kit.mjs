// What the browser walkthroughs share: headless Chromium as the machine has it, a page, screenshots
// taken by Chromium itself, Tasklist's sign-in, and form-js fields by key.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function openBrowser(base, shots, contextOptions = {}) {
  await mkdir(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  // Camunda's own sign-in form of one of the webapps (tasklist, cockpit)
  async function signInToWebapp(app, user, password) {
    await page.goto(`${base}/camunda/app/${app}/default/`);
    // the first page a freshly started server sends can stay on the webapp's spinner (its scripts took
    // longer than it waits for them): one reload, then the sign-in must be there
    const username = page.locator('input[ng-model="username"]');
    try {
      await username.waitFor({ timeout: 20000 });
    } catch (stillLoading) {
      console.log(`${app} reloaded once`);
      await page.reload();
    }
    await username.fill(user);
    await page.locator('input[ng-model="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
  }
  return {
    browser,
    page,
    // Playwright's own screenshot waits for web fonts the closed network never delivers: ask Chromium directly
    async shot(name) {
      const cdp = await context.newCDPSession(page);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
      await writeFile(path.join(shots, `${name}.png`), Buffer.from(data, 'base64'));
    },
    signInToWebapp,
    signInToTasklist: (user, password) => signInToWebapp('tasklist', user, password),
    field: (key) => page.locator(`[id$="-Field_${key}"]`),
    // dates are typed day first, whatever the browser's language (the school's Tasklist script reads them so)
    async date(key, iso) {
      const [y, m, d] = iso.split('-');
      const input = page.locator(`[id$="-Field_${key}-date"]`);
      await input.fill(`${d}/${m}/${y}`);
      await input.press('Tab');
    },
    // form-js draws a select as its own list, not a native select
    async pick(key, option) {
      await page.locator(`[id$="-Field_${key}-display"]`).click();
      await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
    },
  };
}

// The DSL's urgent work, in a real browser: sign into Tasklist as the DSL, land on the DSL's own
// filter with the indecent-imagery steps first, open the first and read what was reported (where the
// device is). Run by UrgentWorkInBrowserTest against the application it starts, which has reported
// the case; screenshots go to the folder given. Prints what it saw, one line a fact.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [base, shots, password] = process.argv.slice(2);
await mkdir(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
const page = await context.newPage();
page.setDefaultTimeout(20000);

// Playwright's own screenshot waits for web fonts the closed network never delivers: ask Chromium directly
async function shot(name) {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
  await writeFile(path.join(shots, `${name}.png`), Buffer.from(data, 'base64'));
}

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model="username"]').fill('dsl');
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type="submit"]').click();

  // the filter Tasklist opens by itself, and the first task in it
  const landing = page.locator('.task-filter.active .name a');
  await landing.waitFor();
  console.log(`landing filter: ${(await landing.innerText()).trim().split('\n')[0].trim()}`);
  const first = page.locator('ol.tasks-list li.task').first();
  await first.waitFor();
  const firstName = (await first.locator('h4.task a').innerText()).trim();
  console.log(`first task: ${firstName}`);
  const names = await page.locator('ol.tasks-list li.task h4.task a').allInnerTexts();
  console.log(`tasks in order: ${names.map((name) => name.trim()).join(' | ')}`);
  await shot('21-dsl-lands-on-urgent-work');

  await first.locator('h4.task a').click();
  const summary = page.locator('[id$="-Field_reported_summary"]');
  await summary.waitFor();
  console.log(`reported: ${(await summary.inputValue()).replace(/\s+/g, ' ')}`);
  console.log(`reported by: ${await page.locator('[id$="-Field_reported_reporterName"]').inputValue()}`);
  console.log(`read-only: ${await summary.isDisabled()}`);
  await shot('22-dsl-reads-what-was-reported');
} catch (failure) {
  await shot('failure-urgent-work').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

// A head teacher's first case, in a real browser: log into Tasklist, report a concern through the
// start form, triage it through its form. Run by the browser tests (TasklistInBrowserTest) against
// the application they start; screenshots go to the folder given.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [base, shots, password] = process.argv.slice(2);
const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
await mkdir(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.setDefaultTimeout(20000);

// Playwright's own screenshot waits for web fonts the closed network never delivers: ask Chromium directly
async function shot(name) {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
  await writeFile(path.join(shots, `${name}.png`), Buffer.from(data, 'base64'));
}

const field = (key) => page.locator(`[id$="-Field_${key}"]`);

// the date picker reads what is typed as mm/dd/yyyy
async function date(key, iso) {
  const [y, m, d] = iso.split('-');
  const input = page.locator(`[id$="-Field_${key}-date"]`);
  await input.fill(`${m}/${d}/${y}`);
  await input.press('Tab');
}

// form-js draws a select as its own list, not a native select
async function pick(key, option) {
  await page.locator(`[id$="-Field_${key}-display"]`).click();
  await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model="username"]').fill('head');
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByText('Start process').first().waitFor();
  await shot('01-tasklist-after-login');

  await page.getByText('Start process').first().click();
  await page.getByText('Social media concern').first().click();
  await field('reporterName').fill('Hattie Head');
  await field('platform').fill('Facebook');
  await date('occurredOn', yesterday);
  await field('summary').fill('A parent posted <b>insults</b> about a class in the village group');
  await pick('perpetratorType', 'A parent or carer');
  await pick('victimType', 'The school');
  await shot('02-start-form-filled');
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  await page.getByText('The process has been started').first().waitFor().catch(() => {});
  await page.getByText('The process has been started').first().waitFor();
  await shot('03-report-started');

  // the triage task appears once the engine has routed the report
  for (let attempt = 0; attempt < 30 && !(await page.getByText('Triage the report').count()); attempt++) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await page.getByText('Triage the report').first().click();
  await field('summary').waitFor();
  // what a person typed comes back as text, never as markup
  const summary = await field('summary').inputValue();
  if (!summary.includes('<b>insults</b>') || (await page.locator('.fjs-form b').count()) > 0) {
    throw new Error(`the summary was not shown as the text typed: ${summary}`);
  }
  // Tasklist opens a task read-only until someone claims it
  await page.getByText('Claim', { exact: true }).click();
  await field('criminalSuspicion').check();
  await shot('04-triage-form');
  await page.locator('button', { hasText: 'Complete' }).click();
  await page.getByText('The task has been completed').first().waitFor().catch(() => {});
  await shot('05-triage-completed');
  console.log('triage completed');
} catch (failure) {
  await shot('failure').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

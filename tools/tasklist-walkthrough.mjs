// A head teacher's first case, in a real browser: log into Tasklist, report a concern through the
// start form, triage it through its form, open the case's chronology; then a governor's audit page
// with its charts. Run by the browser tests (TasklistInBrowserTest) against
// the application they start; screenshots go to the folder given.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [base, shots, password, reporter] = process.argv.slice(2);
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

async function triageTaskOf(reporterName) {
  const auth = 'Basic ' + Buffer.from(`head:${password}`).toString('base64');
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(`${base}/engine-rest/task?taskDefinitionKey=triage&processVariables=`
      + `reporterName_eq_${encodeURIComponent(reporterName)}`, { headers: { Authorization: auth } });
    const tasks = await response.json();
    if (tasks.length === 1) {
      return tasks[0].id;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the triage task of the report never appeared');
}

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
  await field('reporterName').fill(reporter);
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

  // other cases may wait for triage too: find this report's task, then open it as a link would
  const taskId = await triageTaskOf(reporter);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.getByText('Triage the report').first().waitFor();
  await field('summary').waitFor();
  // what a person typed comes back as text, never as markup
  const summary = await field('summary').inputValue();
  if (!summary.includes('<b>insults</b>') || (await page.locator('.fjs-form b').count()) > 0) {
    throw new Error(`the summary was not shown as the text typed: ${summary}`);
  }
  // Tasklist opens a task read-only until someone claims it
  await page.getByText('Claim', { exact: true }).click();
  await field('criminalSuspicion').check();
  const reference = await field('caseReference').inputValue();
  await shot('04-triage-form');
  await page.locator('button', { hasText: 'Complete' }).click();
  await page.getByText('The task has been completed').first().waitFor().catch(() => {});
  await shot('05-triage-completed');
  console.log('triage completed');

  // the chronology opens with the Tasklist login, as the link in every task form does
  await page.goto(`${base}/cases/${reference}/chronology`);
  await page.getByText('Triage the report').first().waitFor();
  await shot('06-chronology');
  console.log(`chronology of ${reference} opened`);

  // a governor's audit: anonymised completed cases, drawn as charts
  const governor = await browser.newContext({ httpCredentials: { username: 'governor', password } });
  const audit = await governor.newPage({ viewport: { width: 1400, height: 1000 } });
  await audit.goto(`${base}/audit`);
  const charts = await audit.locator('svg').count();
  const cdp = await governor.newCDPSession(audit);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
  await writeFile(path.join(shots, '07-governors-audit.png'), Buffer.from(data, 'base64'));
  if (charts < 4 || (await audit.content()).includes(reporter)) {
    throw new Error(`the audit page should draw its four charts and no name (charts: ${charts})`);
  }
  console.log(`audit drawn with ${charts} charts`);
} catch (failure) {
  await shot('failure').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

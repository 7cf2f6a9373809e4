// A head teacher's first case, in a real browser: log into Tasklist (the school's, not Camunda's:
// no Camunda 8 banner, no "Create task"), report a concern through the start form on an
// American-English browser in New York (an impossible date refused, 05/11/2026 read as 5 November), triage it
// through its form, open the case's chronology and a refusal page; a teacher reports on a British
// browser; HR reads a staff case in Cockpit; then a governor signs in on the sign-in page and reads the
// audit; the administrator's welcome page is the trust's. Run by the browser tests (TasklistInBrowserTest) against the application they start;
// screenshots go to the folder given.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [base, shots, password, reporter, staffPathId] = process.argv.slice(2);
await mkdir(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
// the language decides how a date picker reads what is typed: this one is American English, in New York,
// so a date that a browser's zone could shift by a day is caught (timeouts are generous: the build machine may be busy, and a first page of each webapp is slow)
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US',
  timezoneId: 'America/New_York' });
page.setDefaultTimeout(60000);

// Playwright's own screenshot waits for web fonts the closed network never delivers: ask Chromium directly
async function shot(name, on = page) {
  const cdp = await on.context().newCDPSession(on);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
  await writeFile(path.join(shots, `${name}.png`), Buffer.from(data, 'base64'));
}

const field = (key, on = page) => on.locator(`[id$="-Field_${key}"]`);

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

// a date typed as a person in England types it: day, month, year
async function date(key, typed, on = page) {
  const input = on.locator(`[id$="-Field_${key}-date"]`);
  await input.fill(typed);
  await input.press('Tab');
  return input;
}

// form-js draws a select as its own list, not a native select
async function pick(key, option, on = page) {
  await on.locator(`[id$="-Field_${key}-display"]`).click();
  await on.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

// a person's own browser window (cookies of their own), British unless said otherwise
async function newWindow(locale = 'en-GB') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale,
    timezoneId: 'Europe/London' });
  const opened = await context.newPage();
  opened.setDefaultTimeout(60000);
  return opened;
}

// Camunda's own login form of one of the webapps
async function webappLogIn(on, app, user) {
  await on.goto(`${base}/camunda/app/${app}/default/`);
  // the first page of a freshly started application on a busy machine may take a while, or stay on
  // its spinner for good (its scripts took longer than it waits for them): then one reload
  try {
    await on.locator('input[ng-model="username"]').waitFor({ timeout: 45000 });
  } catch (stillLoading) {
    console.log(`${app} reloaded once`);
    await on.reload();
    await on.locator('input[ng-model="username"]').waitFor({ timeout: 60000 });
  }
  await on.locator('input[ng-model="username"]').fill(user);
  await on.locator('input[ng-model="password"]').fill(password);
  await on.locator('button[type="submit"]').click();
}

async function logIn(on, user) {
  await webappLogIn(on, 'tasklist', user);
  await on.getByText('Start process').first().waitFor();
  // the filters and their task lists load after the page
  await on.waitForFunction(() => ![...document.querySelectorAll('div, span, p')]
    .some((element) => element.offsetParent !== null && element.textContent.trim() === 'Loading...'));
}

// the school's Tasklist: nothing of Camunda's own notices, nothing the person cannot use
async function schoolsOwn(on) {
  for (const [what, locator] of [['the Camunda 8 banner', on.locator('.ce-eol-banner')],
    ['Create task', on.getByText('Create task')], ['Set follow-up date', on.getByText('Set follow-up date')]]) {
    if (await locator.first().isVisible().catch(() => false)) {
      throw new Error(`Tasklist shows ${what}`);
    }
  }
}

// the report form up to its date: who, where
async function startReport(on, name) {
  await on.getByText('Start process').first().click();
  await on.getByText('Social media concern').first().click();
  await field('reporterName', on).fill(name);
  await field('platform', on).fill('Facebook');
}

async function readsAs(input, expected) {
  const shown = await input.inputValue();
  if (shown !== expected) {
    throw new Error(`the date shows "${shown}", not "${expected}"`);
  }
}

try {
  await logIn(page, 'head');
  await schoolsOwn(page);
  await shot('01-tasklist-after-login');

  await startReport(page, reporter);
  // an impossible date is refused in words, and keeps the report from being sent
  const occurredOn = await date('occurredOn', '31/11/2026');
  await page.getByText('31/11/2026 is not a date: November 2026 has 30 days.').waitFor();
  await field('summary').fill('A parent posted <b>insults</b> about a class in the village group');
  await pick('perpetratorType', 'A parent or carer');
  await pick('victimType', 'The school');
  // Tasklist greys Start out while a required date is missing; where it would not, the date still holds it
  const start = page.locator('.modal-footer button', { hasText: 'Start' });
  if (await start.isEnabled()) {
    await start.click();
    await page.waitForTimeout(500);
  }
  if (!(await page.locator('.modal-footer').isVisible())) {
    throw new Error('the report was sent with a date that does not exist');
  }
  await shot('02a-impossible-date-refused');
  // on this American-English browser, 05/11/2026 is still the 5th of November
  await date('occurredOn', '05/11/2026');
  await readsAs(occurredOn, '5 November 2026');
  if (await page.locator('.shine-date-problem').count() > 0) {
    throw new Error('the message about the impossible date stayed');
  }
  await shot('02-start-form-filled');
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  await page.getByText('The process has been started').first().waitFor();
  await shot('03-report-started');
  console.log('reported on an American-English browser');

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
  // the stored date, shown back in words
  await page.waitForTimeout(300);
  await readsAs(field('occurredOn'), '5 November 2026');
  await field('criminalSuspicion').check();
  const reference = await field('caseReference').inputValue();
  await shot('04-triage-form');
  // a contradiction the server refuses: Tasklist says so in red...
  await field('noFurtherAction').check();
  await field('noFurtherActionReason').fill('Nothing to do');
  await page.locator('button', { hasText: 'Complete' }).click();
  await page.locator('.page-notifications .alert-danger').first().waitFor();
  await shot('04a-triage-refused');
  // ...and once it is put right and the task completes, the red message goes with it
  const refusal = await page.locator('.page-notifications .alert-danger').first().innerText();
  if (/[0-9a-f]{8}-[0-9a-f]{4}-|Cannot submit task form/.test(refusal)) {
    throw new Error(`the refusal names ids: ${refusal}`);
  }
  await field('noFurtherAction').uncheck();
  await page.locator('button', { hasText: 'Complete' }).click();
  await page.getByText('Select a task in the list').first().waitFor();
  await page.waitForTimeout(500);
  if (await page.locator('.page-notifications .alert-danger').count() > 0) {
    throw new Error('the error message stayed after the task was completed');
  }
  await shot('05-triage-completed');
  console.log('triage completed');

  // the chronology opens with the Tasklist login, as the link in every task form does
  await page.goto(`${base}/cases/${reference}/chronology`);
  await page.getByText('Triage the report').first().waitFor();
  await shot('06-chronology');
  // times are the school's, with the zone named, not the New York browser's: the report was made minutes ago
  const shownAt = (await page.locator('.timeline .time').last().innerText()).trim();
  const clock = /^(\d{2}):(\d{2}) (GMT|BST)$/.exec(shownAt);
  const [hour, minute] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
  if (!clock || (hour * 60 + minute - Number(clock[1]) * 60 - Number(clock[2]) + 1440) % 1440 > 15) {
    throw new Error(`the chronology shows "${shownAt}", not the time in the school's zone with its name`);
  }
  console.log(`chronology of ${reference} opened`);

  // a refusal is a page in words, not JSON
  await page.goto(`${base}/cases/SMC-000000-NONE0/chronology`);
  await page.getByRole('heading', { name: 'Nothing to show here' }).waitFor();
  await shot('06a-refusal-page');

  // a teacher on a British-English browser reports the same date
  const teacher = await newWindow();
  await logIn(teacher, 'teacher');
  await schoolsOwn(teacher);
  await startReport(teacher, `${reporter} (British browser)`);
  await readsAs(await date('occurredOn', '05/11/2026', teacher), '5 November 2026');
  await field('summary', teacher).fill('A pupil posted a photo of a classroom display');
  await pick('perpetratorType', 'A pupil', teacher);
  await pick('victimType', 'The school', teacher);
  await shot('08-british-browser-report', teacher);
  await teacher.locator('.modal-footer button', { hasText: 'Start' }).click();
  await teacher.getByText('The process has been started').first().waitFor();
  console.log('reported on a British-English browser');
  await teacher.context().close();

  // HR reads a staff case in Cockpit: readable diagram, no buttons that could only fail
  if (staffPathId) {
    const hr = await newWindow();
    await webappLogIn(hr, 'cockpit', 'hr');
    await hr.getByText('Processes').first().waitFor();
    await hr.goto(`${base}/camunda/app/cockpit/default/#/process-instance/${staffPathId}/runtime`);
    await hr.locator('td', { hasText: 'caseReference' }).first().waitFor();
    await hr.waitForTimeout(2500);
    const editable = await hr.locator('[uib-tooltip="Edit the variable"]:visible, [uib-tooltip="Delete the variable"]:visible')
      .count();
    const scale = await hr.evaluate(() => {
      const viewport = document.querySelector('.djs-container svg .viewport');
      return viewport ? viewport.transform.baseVal.consolidate().matrix.a : 0;
    });
    await shot('09-cockpit-staff-case', hr);
    if (editable > 0 || scale < 0.85 || await hr.locator('.ce-eol-banner').isVisible()) {
      throw new Error(`Cockpit: ${editable} edit or delete buttons, diagram at ${scale}`);
    }
    console.log(`cockpit diagram at scale ${scale.toFixed(2)}`);
    await hr.context().close();
  }

  // a governor signs in on the application's own page (never the browser's pop-up) and lands on the audit
  const audit = await newWindow();
  audit.on('dialog', (dialog) => { throw new Error(`a dialog opened: ${dialog.message()}`); });
  const first = await audit.goto(`${base}/audit`);
  if (first.status() === 401 || !audit.url().includes('/sign-in')) {
    throw new Error(`/audit did not lead to the sign-in page (${first.status()} ${audit.url()})`);
  }
  await audit.getByLabel('User name').fill('governor');
  await audit.getByLabel('Password').fill('wrong password');
  await audit.getByRole('button', { name: 'Sign in' }).click();
  await audit.getByText('The user name or password is not right').waitFor();
  await audit.getByLabel('Password').fill(password);
  await shot('06b-governor-sign-in', audit);
  await audit.getByRole('button', { name: 'Sign in' }).click();
  await audit.getByRole('heading', { name: "Governors' audit: social media cases" }).waitFor();
  // the heading shows while the rest of the page may still be arriving: count the charts once it has all come
  await audit.waitForLoadState('load');
  const charts = await audit.locator('svg.chart').count();
  await audit.getByLabel('Show the cases one by one', { exact: false }).check();
  await shot('07-governors-audit', audit);
  const text = await audit.locator('body').innerText();
  if (charts < 5 || (await audit.content()).includes(reporter) || !text.includes('No further action needed')
      || /NO_FURTHER_ACTION|ACTION_TAKEN/.test(text)) {
    throw new Error(`the audit page should draw its charts, outcomes in words and no name (charts: ${charts})`);
  }
  console.log(`audit drawn with ${charts} charts`);
  await audit.getByRole('button', { name: 'Sign out' }).click();
  await audit.getByText('You have signed out.').waitFor();

  // the administrator's welcome page and Admin carry the trust's name too, and no Camunda 8 banner
  const admin = await newWindow();
  await webappLogIn(admin, 'admin', 'admin');
  await admin.getByText('SHINE Academies Trust').first().waitFor();
  await admin.goto(`${base}/camunda/app/welcome/default/`);
  // the welcome app now and then stays on its spinner on a busy machine (its own start, not the links):
  // one reload, then the links must be there
  try {
    await admin.getByText("Governors' audit").first().waitFor({ timeout: 20000 });
  } catch (stillLoading) {
    console.log('welcome page reloaded once');
    await admin.reload();
    await admin.getByText("Governors' audit").first().waitFor();
  }
  await shot('10-welcome-page', admin);
  if (await admin.locator('.ce-eol-banner').isVisible()) {
    throw new Error('the welcome page shows the Camunda 8 banner');
  }
  console.log('welcome page branded');
  await admin.context().close();
} catch (failure) {
  // every window open at the time
  const open = browser.contexts().flatMap((context) => context.pages());
  for (let i = 0; i < open.length; i++) {
    await shot(i === 0 ? 'failure' : `failure-${i}`, open[i]).catch(() => {});
  }
  throw failure;
} finally {
  await browser.close();
}

// Nothing typed is lost by a slip, in a real browser. Run by KeepWorkInBrowserTest, in two parts:
// - "report": a teacher types in the report form; Escape asks, "Keep writing" keeps the text; Close
//   with "Close and keep a draft" closes it and keeps the draft in the tab (sessionStorage, never
//   localStorage); the form opened again offers the draft back; they name the member of staff by
//   choosing "Toni Teacher", send it (the draft goes), and signing out leaves no draft behind; the
//   data protection lead, who may not report, is not offered "Report a concern";
// - "task": the head teacher types in a task form, goes back to the landing page: asked; keeps writing; then
//   leaves with a draft, comes back to the task and is offered it.
// Screenshots to the folder given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, part, detail] = process.argv.slice(2);
const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
const { browser, page, shot, signInToTasklist, field, date, pick } = await openBrowser(base, shots);

const question = page.getByRole('alertdialog');
const offer = page.locator('.shine-draft-offer');

async function stored() {
  return page.evaluate(() => JSON.stringify({
    session: Object.keys(sessionStorage).filter((key) => key.startsWith('shine-draft:')),
    local: Object.keys(localStorage).filter((key) => /draft|camunda-form|camForm/.test(key)),
  }));
}

async function answer(choice) {
  await question.waitFor();
  await question.getByRole('button', { name: choice }).click();
  await question.waitFor({ state: 'detached' });
}

async function report(reporter) {
  await signInToTasklist('teacher', password);
  await page.getByRole('link', { name: 'Report a concern' }).click();
  await field('reporterName').fill(reporter);
  await field('summary').fill('KEEP-WORK: a member of staff posted about a pupil');
  await page.keyboard.press('Escape');
  await question.waitFor();
  console.log(`asked on escape: ${(await question.locator('p').innerText()).trim()}`);
  await shot('51-asked-before-closing');
  await answer('Keep writing');
  console.log(`kept after keep writing: ${await field('summary').inputValue()}`);

  await page.locator('.modal-footer button', { hasText: 'Close' }).click();
  await answer('Close and keep a draft');
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });
  console.log(`closed with a draft: ${await stored()}`);

  // opened again the long way round: the same form, so the draft is offered
  await page.getByText('Start process').first().click();
  await page.getByText('Social media concern').first().click();
  await offer.waitFor();
  console.log(`offered: ${(await offer.innerText()).replace(/\s+/g, ' ').trim()}`);
  await shot('52-draft-offered');
  await offer.getByRole('button', { name: 'Use my draft' }).click();
  console.log(`draft back: ${await field('reporterName').inputValue()} | ${await field('summary').inputValue()}`);

  await field('platform').fill('Facebook');
  await date('occurredOn', yesterday);
  console.log(`subject field before staff is chosen: ${await field('subjectUserId').count()}`);
  await pick('perpetratorType', 'A member of staff');
  await field('subjectUserId').fill('Ton');
  const choice = page.locator('.shine-staff-choices button', { hasText: 'Toni Teacher' });
  await choice.waitFor();
  console.log(`offered staff: ${(await page.locator('.shine-staff-choices').innerText()).split('\n').join(' | ')}`);
  await shot('53-staff-offered-by-name');
  await choice.click();
  console.log(`subject chosen: ${await field('subjectUserId').inputValue()} ${await page.locator('.shine-staff-chosen').innerText()}`);
  await pick('victimType', 'A pupil');
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  await page.getByText('The process has been started').first().waitFor();
  await page.waitForTimeout(300);
  console.log(`after sending: ${await stored()}`);

  // a draft left in the tab goes when the person signs out
  await page.getByRole('link', { name: 'Report a concern' }).click();
  await field('summary').fill('KEEP-WORK: not sent');
  await page.locator('.modal-footer button', { hasText: 'Close' }).click();
  await answer('Close and keep a draft');
  console.log(`before signing out: ${await stored()}`);
  await page.locator('[cam-widget-header] .account, [cam-widget-header] .user-account').first().click();
  await page.getByText('Log out').first().click();
  await page.locator('input[ng-model="username"]').waitFor();
  console.log(`after signing out: ${await stored()}`);

  // the data protection lead starts other processes in Tasklist, but may not report a concern
  await signInToTasklist('dpo', password);
  await page.getByText('Start process').first().waitFor();
  await page.waitForTimeout(2000);
  console.log(`report link for the data protection lead: ${await page.locator('.shine-report-concern').count()}`);
}

async function task(taskId) {
  await signInToTasklist('head', password);
  await page.getByRole('link', { name: 'Report a concern' }).waitFor();
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await field('subjectNamedAtTriage').waitFor();
  // Tasklist opens a task read-only until someone claims it, then draws the form again
  await page.getByText('Claim', { exact: true }).click();
  await page.getByText('Claim', { exact: true }).waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  await field('subjectNamedAtTriage').fill('teacher');
  const home = page.locator('a.navbar-brand'); // back to the landing page, away from the task
  await home.click();
  await question.waitFor();
  console.log(`asked on leaving the task: ${(await question.locator('p').innerText()).trim()}`);
  await shot('54-task-asked-before-leaving');
  await answer('Keep writing');
  console.log(`task kept: ${await field('subjectNamedAtTriage').inputValue()} ${page.url().includes(taskId)}`);
  await home.click();
  await answer('Close and keep a draft');
  await field('subjectNamedAtTriage').waitFor({ state: 'detached' });
  console.log(`left the task: ${!page.url().includes(taskId)}`);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await offer.waitFor();
  await shot('55-task-draft-offered');
  await offer.getByRole('button', { name: 'Use my draft' }).click();
  console.log(`task draft back: ${await field('subjectNamedAtTriage').inputValue()}`);
}

try {
  await (part === 'report' ? report(detail) : task(detail));
} catch (failure) {
  await shot(`failure-keep-work-${part}`).catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

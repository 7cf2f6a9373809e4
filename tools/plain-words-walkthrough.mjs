// Plain words in a real browser: a teacher's report form on an American-English browser says what a
// field with a pattern wants (never the pattern), counts the summary's characters, and a refusal from the
// server names the field by its label, next to that field, gone once the report is sent; the DSL reads a
// case's chronology as a timeline and HR the open staff cases, each signed in on the school's sign-in
// page. Run by PlainWordsInBrowserTest against the application it starts; screenshots to the folder given.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, reference] = process.argv.slice(2);
const { browser, page, shot, field, date, pick } = await openBrowser(base, shots,
  { locale: 'en-US', timezoneId: 'Europe/London' });
page.setDefaultTimeout(60000);
page.on('pageerror', (error) => console.log(`page error: ${error.message}`));

function londonDay(offsetDays) {
  const day = new Date(Date.now() + offsetDays * 86400000);
  const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit',
    year: 'numeric' }).format(day).split('/');
  return `${y}-${m}-${d}`;
}

// the school's own sign-in page, then the page asked for
async function signInOnPage(path, user) {
  await page.goto(`${base}${path}`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Tasklist's login; on a busy machine its plugins may miss their loading time: reload, as a person would
async function signInToTasklist(user) {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.locator('input[ng-model="username"]').waitFor({ timeout: 45000 });
      break;
    } catch (stillLoading) {
      if (attempt === 3) {
        throw stillLoading;
      }
      console.log('tasklist reloaded');
      await page.reload();
    }
  }
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

try {
  await signInToTasklist('teacher');
  await page.getByText('Start process').first().click();
  await page.getByText('Social media concern').first().click();
  await field('reporterName').fill('Pat Plainwords');
  await field('platform').fill('Facebook');

  // a pattern's message says what the field asks for
  await field('postUrl').fill('facebook.com/post/1');
  await field('postUrl').press('Tab');
  const urlField = page.locator('.fjs-form-field', { has: field('postUrl') });
  const problem = urlField.locator('.fjs-form-field-error').first();
  await problem.waitFor();
  // the summary counts its characters as they are typed (and form-js draws the form again meanwhile)
  await field('summary').fill('A parent posted insults about a class');
  await page.waitForTimeout(500);
  console.log(`pattern message: ${(await problem.innerText()).replace(/\s+/g, ' ').trim()}`);
  const counter = page.locator('.fjs-form-field', { has: field('summary') }).locator('.shine-counter');
  await counter.waitFor();
  console.log(`counter: ${(await counter.innerText()).trim()}`);
  await shot('31-plain-field-messages-and-counter');

  await field('postUrl').fill('https://facebook.example/post/1');
  await field('postUrl').press('Tab');
  await pick('perpetratorType', 'A parent or carer');
  await pick('victimType', 'The school');
  // the server refuses a date in the future: the message names the field by its label, next to it
  await date('occurredOn', londonDay(3));
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  const refusal = page.locator('.alert-danger .message').first();
  await refusal.waitFor();
  await page.waitForTimeout(500);
  console.log(`refusal: ${(await refusal.innerText()).trim()}`);
  const besideField = page.locator('.shine-plain-refusal').first();
  await besideField.waitFor();
  console.log(`beside the field: ${(await besideField.innerText()).trim()}`);
  await shot('32-refusal-names-the-field');

  await date('occurredOn', londonDay(-1));
  if (await page.locator('.shine-plain-refusal').count() > 0) {
    throw new Error('the message beside the date stayed after the date was changed');
  }
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  await page.getByText('The process has been started').first().waitFor();
  await page.waitForTimeout(500);
  console.log(`messages left after the report was sent: ${await page.locator('.alert-danger:visible').count()}`);

  // the DSL reads the chronology of a case as a timeline
  await page.context().clearCookies();
  await signInOnPage(`/cases/${reference}/chronology`, 'dsl');
  await page.getByRole('heading', { name: 'Still to do' }).waitFor();
  await shot('33-chronology-timeline');
  console.log(`timeline: ${(await page.locator('main').innerText()).replace(/\s+/g, ' ')}`);

  // HR's open staff cases
  await page.context().clearCookies();
  await signInOnPage('/cases/staff', 'hr');
  await page.getByRole('heading', { name: 'Open staff cases' }).waitFor();
  await shot('34-open-staff-cases');
  console.log(`staff cases: ${(await page.locator('main').innerText()).replace(/\s+/g, ' ')}`);
} catch (failure) {
  await shot('failure-plain-words').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

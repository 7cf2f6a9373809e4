// The DSL's urgent work, in a real browser: sign into Tasklist as the DSL, land on the DSL's own
// filter with the urgent steps first, open this case's first imagery step and read what was reported (where the
// device is). Run by UrgentWorkInBrowserTest against the application it starts, which has reported
// the case; screenshots go to the folder given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, reporter] = process.argv.slice(2);
const { browser, page, shot, signInToTasklist, field } = await openBrowser(base, shots, { locale: 'en-GB' });

try {
  await signInToTasklist('dsl', password);

  // the filter Tasklist opens by itself, and the first task in it
  const landing = page.locator('.task-filter.active .name a');
  await landing.waitFor();
  console.log(`landing filter: ${(await landing.innerText()).trim().split('\n')[0].trim()}`);
  const first = page.locator('ol.tasks-list li.task').first();
  await first.waitFor();
  console.log(`first task: ${(await first.locator('h4.task a').innerText()).trim()}`);
  const names = await page.locator('ol.tasks-list li.task h4.task a').allInnerTexts();
  console.log(`tasks in order: ${names.map((name) => name.trim()).join(' | ')}`);
  await shot('21-dsl-lands-on-urgent-work');

  // other cases may be open too: open this case's "Secure the evidence" (the one its reporter made)
  const secure = page.locator('ol.tasks-list li.task h4.task a', { hasText: 'Secure the evidence' });
  const summary = field('reported_summary');
  for (let i = 0; i < await secure.count(); i++) {
    await secure.nth(i).click();
    await summary.waitFor();
    if ((await field('reported_reporterName').inputValue()) === reporter) {
      break;
    }
  }
  console.log(`reported: ${(await summary.inputValue()).replace(/\s+/g, ' ')}`);
  console.log(`reported by: ${await field('reported_reporterName').inputValue()}`);
  console.log(`read-only: ${await summary.isDisabled()}`);
  await shot('22-dsl-reads-what-was-reported');
} catch (failure) {
  await shot('failure-urgent-work').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

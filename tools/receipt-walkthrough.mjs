// A teacher's receipt, in a real browser: sign into Tasklist, report a concern through the start form,
// then (with the same login) read the receipt in the demo mailbox, open "Your reports" and the staff
// guide. Run by ReceiptInBrowserTest against the application it starts; screenshots go to the folder
// given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, reporter] = process.argv.slice(2);
const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
const { browser, page, shot, signInToTasklist, field, date, pick } = await openBrowser(base, shots);

// every receipt the teacher's mailbox holds (other tests' reports may be there too)
const RECEIPT = /Your report (SMC-[A-Z0-9-]+) has been received/g;
async function receipts() {
  await page.goto(`${base}/mailbox`);
  const text = await page.locator('body').innerText();
  return { text, references: [...text.matchAll(RECEIPT)].map((match) => match[1]) };
}

try {
  await signInToTasklist('teacher', password);
  await page.getByText('Start process').first().waitFor(); // signed in: the session opens the mailbox too
  const before = (await receipts()).references.length;
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.getByText('Start process').first().click();
  await page.getByText('Social media concern').first().click();
  await field('reporterName').fill(reporter);
  await field('platform').fill('Instagram');
  await date('occurredOn', yesterday);
  await field('summary').fill('RECEIPT-WALK: a parent posted a photo of a class trip with pupils named');
  await pick('perpetratorType', 'A parent or carer');
  await pick('victimType', 'A pupil');
  await page.locator('.modal-footer button', { hasText: 'Start' }).click();
  await page.getByText('The process has been started').first().waitFor();
  await shot('31-teacher-report-started');

  // the receipt arrives at once (the demo mailbox shows the embedded mail server's messages)
  let mailbox = await receipts();
  for (let attempt = 0; attempt < 40 && mailbox.references.length <= before; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    mailbox = await receipts();
  }
  console.log(`receipts: ${mailbox.references.join(' ')}`);
  console.log(`receipt says what happens next: ${mailbox.text.includes('What happens next')}`);
  await shot('32-teacher-receipt-email');

  await page.goto(`${base}/my-reports`);
  const reports = await page.locator('table').innerText();
  console.log(`my reports: ${reports.replace(/\s+/g, ' ')}`);
  console.log(`my reports show the summary: ${(await page.content()).includes('RECEIPT-WALK')}`);
  await shot('33-teacher-my-reports');

  await page.goto(`${base}/guides/staff`);
  await page.getByText('Reporting a concern').first().waitFor();
  await shot('34-staff-guide');
  console.log('staff guide opened');
} catch (failure) {
  await shot('failure-receipt').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

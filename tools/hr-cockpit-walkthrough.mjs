// HR follows a staff case in Cockpit, in a real browser: sign into Cockpit as hr, read the dashboard's
// count of open human tasks, open the staff case's disciplinary path and its "User Tasks" tab. Run by
// HrCockpitInBrowserTest against the application it starts; screenshots to the folder given. Prints what
// it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, staffPathId] = process.argv.slice(2);
const { browser, page, shot, signInToWebapp } = await openBrowser(base, shots, { locale: 'en-GB', timezoneId: 'Europe/London' });
page.setDefaultTimeout(60000);

try {
  await signInToWebapp('cockpit', 'hr', password);

  // the dashboard: open human tasks, counted as hr (the number is drawn in the circle above its label)
  await page.getByText('Open Human Tasks').first().waitFor();
  await page.waitForTimeout(3000);
  await shot('41-cockpit-dashboard-hr');
  const open = await page.evaluate(() => {
    const label = [...document.querySelectorAll('body *')].find((element) => element.children.length === 0
      && element.textContent.trim() === 'Open Human Tasks');
    for (let box = label && label.parentElement; box; box = box.parentElement) {
      const number = box.textContent.replace('Open Human Tasks', '').match(/\d+/);
      if (number) {
        return number[0];
      }
    }
    return 'not shown';
  });
  console.log(`open human tasks: ${open}`);

  // the staff case's disciplinary path, its User Tasks tab clicked
  await page.goto(`${base}/camunda/app/cockpit/default/#/process-instance/${staffPathId}/runtime`);
  await page.locator('td', { hasText: 'caseReference' }).first().waitFor();
  await page.locator('.ctn-tabbed-content .nav-tabs a, ul.nav-tabs a', { hasText: 'User Tasks' }).first().click();
  await page.locator('table.user-tasks tbody tr', { hasText: 'Screen the allegation' }).first().waitFor();
  await page.waitForTimeout(1500);
  await shot('42-cockpit-staff-case-user-tasks');
  const rows = await page.locator('table.user-tasks tbody tr').allInnerTexts();
  console.log(`user tasks: ${rows.map((text) => text.replace(/\s+/g, ' ').trim()).join(' | ')}`);
  console.log(`claim or assign offered: ${await page.locator('table.user-tasks')
    .locator('.action-button:visible, .edit-toggle:visible').count()}`);
} catch (failure) {
  await shot('failure-hr-cockpit').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

// A teacher on a phone (390 x 844): Tasklist's landing page offers "Report a concern" in one tap, the
// report form's tick boxes read in full, and Escape after typing asks before anything is thrown away.
// Run by PhoneInBrowserTest; screenshots to the folder given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password] = process.argv.slice(2);
const { browser, page, shot, signInToTasklist, field } = await openBrowser(base, shots,
  { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

// each question the page asks, answered as the test says next
const asked = [];
let answer = false;
page.on('dialog', async (dialog) => {
  asked.push(dialog.message());
  await (answer ? dialog.accept() : dialog.dismiss());
});

/** Whether the element is drawn whole: nothing cut off inside it, and inside the screen's width. */
async function readable(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.scrollWidth <= element.clientWidth && box.left >= 0 && box.right <= window.innerWidth
      && box.width > 0;
  });
}

try {
  await signInToTasklist('teacher', password);
  const report = page.getByRole('link', { name: 'Report a concern' });
  await report.waitFor();
  await shot('41-phone-landing');
  const box = await report.boundingBox();
  console.log(`report link on screen: ${box !== null && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844}`);
  await report.tap();
  await field('summary').waitFor();
  console.log('report form opened in one tap');

  for (const key of ['indecentImagery', 'threatOfHarm', 'safeguardingConcern']) {
    const label = page.locator(`label[for$="-Field_${key}"]`);
    await label.scrollIntoViewIfNeeded();
    console.log(`label ${key} readable: ${await readable(label)} "${(await label.innerText()).trim()}"`);
  }
  await page.locator(`label[for$="-Field_safeguardingConcern"]`).scrollIntoViewIfNeeded();
  await shot('42-phone-report-tick-boxes');

  await field('summary').fill('PHONE-WALK: a post naming a pupil');
  answer = false;
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  console.log(`asked: ${asked.join(' | ')}`);
  console.log(`kept after saying no: ${await field('summary').inputValue()}`);
  await shot('43-phone-kept-after-no');

  answer = true;
  await page.keyboard.press('Escape');
  await page.locator('.modal-dialog').waitFor({ state: 'detached' });
  console.log(`asked twice: ${asked.length === 2}`);
  console.log('dialog closed after yes');
} catch (failure) {
  await shot('failure-phone').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

// A teacher on a phone (390 x 844): Tasklist's landing page shows "Report a concern", which opens the
// report form in one tap; the form's safeguarding tick boxes read in full; Escape after typing asks
// before anything is put away, and "Keep writing" keeps the text. Run by PhoneInBrowserTest;
// screenshots to the folder given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password] = process.argv.slice(2);
const { browser, page, shot, signInToTasklist, field } = await openBrowser(base, shots,
  { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

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
  await report.waitFor(); // visible, not only present
  await shot('41-phone-landing');
  const box = await report.boundingBox();
  console.log(`report link on screen: ${box !== null && box.x >= 0 && box.x + box.width <= 390 && box.y >= 0
    && box.y + box.height <= 844}`);
  // what is drawn at the link's centre is the link itself: nothing lies over it
  console.log(`report link on top: ${await report.evaluate((link) => {
    const area = link.getBoundingClientRect();
    return link.contains(document.elementFromPoint(area.x + area.width / 2, area.y + area.height / 2));
  })}`);
  await report.tap();
  await field('summary').waitFor();
  console.log('report form opened in one tap');

  for (const key of ['indecentImagery', 'threatOfHarm', 'safeguardingConcern']) {
    const label = page.locator(`label[for$="-Field_${key}"]`);
    await label.scrollIntoViewIfNeeded();
    console.log(`label ${key} readable: ${await readable(label)} "${(await label.innerText()).trim()}"`);
  }
  await page.locator('label[for$="-Field_indecentImagery"]').scrollIntoViewIfNeeded();
  await shot('42-phone-report-tick-boxes');

  await field('summary').fill('PHONE-WALK: a post naming a pupil');
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog');
  await question.waitFor();
  console.log(`asked: ${(await question.locator('p').innerText()).trim()}`);
  await shot('43-phone-asked-before-closing');
  await question.getByRole('button', { name: 'Keep writing' }).tap();
  await question.waitFor({ state: 'detached' });
  console.log(`dialog still open: ${await page.locator('.modal-dialog').isVisible()}`);
  console.log(`kept after keep writing: ${await field('summary').inputValue()}`);

  // the reporter's own list on the phone: no sideways scrolling, a reference on one line
  await page.goto(`${base}/my-reports`);
  const reference = page.locator('tbody td').first();
  await reference.waitFor();
  await shot('46-phone-my-reports');
  console.log(`my reports fit the screen: ${await page.evaluate(() => document.documentElement.scrollWidth <= 390)}`);
  console.log(`reference on one line: ${await reference.evaluate((cell) => {
    const text = document.createRange();
    text.selectNodeContents(cell);
    return text.getClientRects().length === 1;
  })} ${(await reference.innerText()).trim()}`);
} catch (failure) {
  await shot('failure-phone').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

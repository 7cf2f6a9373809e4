// A parent meeting's notes in the case chronology, in a real browser: the head teacher opens the
// chronology from its own page by typing the case reference, signs in on the school's sign-in page and
// reads the timeline. Run by MeetingNotesInBrowserTest against the application it starts; screenshots to
// the folder given. Prints what a person sees, one line a fact (line breaks in the notes as \n).
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, password, reference] = process.argv.slice(2);
const { browser, page, shot } = await openBrowser(base, shots, { locale: 'en-GB', timezoneId: 'Europe/London' });
page.setDefaultTimeout(60000);

try {
  await page.goto(`${base}/cases/index.html`);
  await page.getByLabel('Case reference').fill(reference);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('User name').fill('head');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Done: Meet the parent or carer').first().waitFor();
  await shot('43-chronology-meeting-notes');

  const seen = await page.evaluate(() => {
    const main = document.querySelector('main') || document.body;
    const step = [...main.querySelectorAll('*')].find((element) => element.children.length > 0
      && element.textContent.includes('Done: Meet the parent or carer') && element.textContent.includes('Agreed:'));
    // the smallest element holding the notes' two lines
    const notes = [...main.querySelectorAll('*')].filter((element) => element.textContent.includes('came in')
      && element.textContent.includes('Agreed:')).pop();
    return {
      notes: notes ? notes.innerText : '',
      bold: notes ? [...notes.querySelectorAll('b, strong')].map((element) => element.textContent).join(' | ') : '',
      fontWeight: notes ? getComputedStyle(notes).fontWeight : '',
      underTheMeeting: Boolean(step),
      page: main.innerText,
    };
  });
  console.log(`notes: ${JSON.stringify(seen.notes)}`);
  console.log(`bold inside the notes: ${JSON.stringify(seen.bold)}`);
  console.log(`notes weight: ${seen.fontWeight}`);
  console.log(`notes under the meeting: ${seen.underTheMeeting}`);
  console.log(`meeting notes shown: ${seen.page.split('Agreed:').length - 1}`);
  console.log(`page: ${seen.page.replace(/\s+/g, ' ')}`);
} catch (failure) {
  await shot('failure-meeting-notes').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

// Signing in with the school's own account, in a real browser: Tasklist sends a newcomer to the sign-in
// page, "Sign in with your school account" leads to the trust's identity provider (in the test, a real
// OpenID Connect server with a login form), and back in Tasklist; then signing out ends the session.
// Run by SignInInBrowserTest; screenshots go to the folder given. Prints what it saw, one line a fact.
import { openBrowser } from './walkthrough-kit.mjs';

const [base, shots, userId, claims] = process.argv.slice(2);
const { browser, page, shot } = await openBrowser(base, shots, { locale: 'en-GB' });

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.getByText('Sign in with your school account').waitFor();
  console.log(`tasklist sent a newcomer to: ${new URL(page.url()).pathname}`);
  await shot('41-sign-in-with-school-account');

  await page.getByText('Sign in with your school account').click();
  await page.locator('input[name="username"]').waitFor();
  console.log(`the provider's login page: ${new URL(page.url()).origin !== new URL(base).origin}`);
  await page.locator('input[name="username"]').fill(userId);
  await page.locator('textarea[name="claims"]').fill(claims);
  await shot('42-identity-provider-login');
  await page.locator('input[type="submit"]').click();

  // what the browser was refused, if anything, for the test's output
  page.on('response', (response) => {
    if (response.status() >= 400) console.log(`refused: ${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.waitForURL(`${base}/camunda/app/tasklist/default/**`);
  console.log(`back from the provider at: ${new URL(page.url()).pathname}`);
  // Tasklist now and then stays on its spinner on a busy machine (its own start): one reload
  try {
    await page.getByText('Start process').first().waitFor({ timeout: 30000 });
  } catch (stillLoading) {
    console.log('tasklist reloaded once');
    await page.reload();
    await page.getByText('Start process').first().waitFor({ timeout: 30000 });
  }
  await page.getByText('Jo Bloggs').first().waitFor();
  console.log(`landed in tasklist as: ${(await page.getByText('Jo Bloggs').first().innerText()).trim()}`);
  await shot('43-tasklist-after-school-sign-in');

  // the same sign-in opens the application's pages (the demo mailbox here)
  const mailbox = await page.goto(`${base}/mailbox`);
  console.log(`mailbox without a second sign-in: ${mailbox.status()} ${new URL(page.url()).pathname}`);

  // signing out on the sign-in page's button ends the session everywhere
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.getByText('Start process').first().waitFor();
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/sign-out';
    document.body.appendChild(form);
    form.submit();
  });
  await page.getByText('You have signed out').waitFor();
  await shot('44-signed-out');
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.getByText('Sign in with your school account').waitFor();
  console.log(`after signing out tasklist sends to: ${new URL(page.url()).pathname}`);
} catch (failure) {
  await shot('failure-sign-in').catch(() => {});
  throw failure;
} finally {
  await browser.close();
}

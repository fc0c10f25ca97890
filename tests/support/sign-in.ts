import type { Page } from "playwright-core";
import { appUrl } from "./browser";

/**
 * Signs in through the sign-in form and waits until the target page shows the signed-in header,
 * so that the next step never reads the page that was there before.
 */
export async function signIn(page: Page, account: { email: string; password: string }, next: string) {
  await page.goto(appUrl(`/fi/sign-in?next=${encodeURIComponent(next)}`));
  await page.fill("#sign-in-email", account.email);
  await page.fill("#sign-in-password", account.password);
  await Promise.all([page.waitForURL(appUrl(next)), page.click("#sign-in-submit")]);
  await page.waitForSelector("form[action$='/sign-out'] button");
}

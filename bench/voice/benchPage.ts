// A blank page on a loopback origin (a secure context, so the microphone may be asked for), served by Playwright
// itself: the bench needs no web server.
import type { Browser, Page } from "playwright-core";

const ORIGIN = "http://127.0.0.1:9";

export async function openBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // tsx keeps functions' names with a helper, __name, that the page does not have: the functions the bench
  // evaluates in the page would throw without it.
  await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>voice bench</title>" }),
  );
  await page.goto(`${ORIGIN}/`);
  return page;
}

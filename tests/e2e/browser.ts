// Shared by the browser tests: launch Debian's Chromium with software WebGL, and record every request and error.
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Window sizes. Software WebGL pays for every pixel on two shared cores (an XR frame of the Bund took ~0.9 s at
 * 800×500 and ~0.45 s at 400×250 here), so a page gets the full desktop window only where a test reads pixels or
 * clicks at fixed spots; elsewhere a small one, which changes nothing the tests check (positions, picks by projected
 * points, state, requests).
 */
export const DESKTOP_WINDOW = { width: 1024, height: 700 };
/**
 * Pages driven through `window.bund`, not looked at. Not for pages used through the entry screen's form: at this size
 * the controls hint (#hint) lies over its Enter button.
 */
export const SMALL_WINDOW = { width: 640, height: 400 };
/** Pages that only watch others (presence, an observer of the headset). */
export const TINY_WINDOW = { width: 480, height: 320 };
/** A page in an emulated headset: iwer sizes the XR canvas (both eyes) to the window. */
export const XR_WINDOW = { width: 400, height: 250 };

export interface WatchedPage {
  page: Page;
  /** Every request URL whose origin is not the museum's. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/** A new page on the museum, watched; `prepare` runs before it loads (e.g. to install an emulated headset). */
export async function openMuseum(
  browser: Browser,
  baseURL: string,
  path = "/",
  viewport = DESKTOP_WINDOW,
  prepare?: (page: Page) => Promise<void>,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    const reqOrigin = new URL(url).origin;
    if (reqOrigin !== origin && reqOrigin !== origin.replace("http", "ws")) foreignRequests.push(url);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  await prepare?.(page);
  await page.goto(baseURL + path);
  await page.waitForFunction(() => window.bund !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.bund!.ready);
  return { page, foreignRequests, consoleErrors };
}

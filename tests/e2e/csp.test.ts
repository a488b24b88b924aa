// The Content-Security-Policy holds in a real browser: visiting the Bund, entering VR there, a gallery hall with an
// item inspected, and a guided tour (the guide's and a member's pages) report no violation (securitypolicyviolation
// events and console errors alike). A control shows the watch would see one: an inline style and an inline script
// put in by hand are refused and reported.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../server/config";
import { startMuseumServer, type MuseumServer } from "../../server/museumServer";
import { openMuseumStore } from "../../server/store/museumStore";
import { DESKTOP_WINDOW, launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";
import { installEmulatedQuest, waitXRFrames } from "./xrDevice";

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}
type WatchedWindow = Window & { __cspViolations?: Violation[] };

/** Records every CSP violation the document reports, from before the first script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as WatchedWindow;
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations!.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as WatchedWindow).__cspViolations ?? []);
const cspConsoleErrors = (m: WatchedPage) =>
  m.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));

/** Opens a page of the museum with the watch (and an emulated headset) installed. */
function watched(urlPath: string, base = inject("baseURL"), window = SMALL_WINDOW): Promise<WatchedPage> {
  return openMuseum(browser, base, urlPath, window, async (page) => {
    await watchViolations(page);
    await installEmulatedQuest(page);
  });
}

/** A watched page whose visitor has entered. */
async function visit(urlPath: string): Promise<WatchedPage> {
  const museum = await watched(urlPath);
  await museum.page.evaluate(() => window.bund!.enter({ name: "Policy checker", lang: "en" }));
  return museum;
}

/**
 * No violation so far. Reports arrive later than what caused them (an event queued on the page, a console message over
 * the DevTools protocol), so a round-trip marker goes first: one inline style put in on purpose, whose report (both
 * kinds) comes after those of everything the page did before it. Once it is in, the marker must be the only one.
 */
async function expectNoViolation(m: WatchedPage): Promise<void> {
  await m.page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<i id="csp-marker" style="display: none"></i>'),
  );
  await expect.poll(async () => (await violations(m.page)).at(-1)?.directive).toBe("style-src-attr");
  await expect.poll(() => cspConsoleErrors(m).some((e) => /inline style/i.test(e))).toBe(true);
  expect(await violations(m.page)).toEqual([expect.objectContaining({ directive: "style-src-attr" })]);
  expect(cspConsoleErrors(m)).toEqual([expect.stringMatching(/inline style/i)]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the Content-Security-Policy in the browser", () => {
  it("the page is served with the policy in force", async () => {
    const page = await browser.newPage();
    const res = await page.goto(inject("baseURL"));
    const csp = res!.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline/);
    await page.close();
  });

  it("the Bund, with its visitors, and in VR: no violation", async () => {
    const m = await visit("/");
    // Entering opens the multiplayer socket (connect-src): it is open once connected; the scene's models and media
    // have been fetched once loaded() resolves.
    await m.page.waitForFunction(() => window.bund!.netState() === "connected");
    await m.page.evaluate(() => window.bund!.loaded());
    await m.page.evaluate(() => window.bund!.enterXR());
    expect(await m.page.evaluate(() => window.bund!.player().mode)).toBe("xr");
    await waitXRFrames(m.page, 10); // the session draws: XR's own meshes and shaders are in use
    await m.page.evaluate(() => window.bund!.exitXR());
    await expectNoViolation(m);
    await m.page.context().close();
  });

  it("a gallery hall, with an item inspected: no violation", async () => {
    const m = await visit("/gallery/ceramics");
    expect(await m.page.evaluate(() => window.bund!.sceneId)).toBe("ceramics");
    const item = await m.page.evaluate(() => window.bund!.exhibits()[0].id);
    await m.page.evaluate((i) => window.bund!.goToItem("ceramics", i), item);
    const at = await m.page.evaluate((i) => {
      const p = window.bund!.exhibitPlace(i)!;
      return window.bund!.project(p.x, p.y, p.z);
    }, item);
    await m.page.mouse.click(at!.x, at!.y);
    await m.page.waitForFunction((i) => window.bund!.inspection()?.id === i, item);
    await expectNoViolation(m);
    await m.page.context().close();
  });

  it("a guided tour, the guide's page and a member's: no violation", async () => {
    // A server of its own, whose store holds a guide account (the shared one's store is not this test's to change).
    const dataDir = mkdtempSync(path.join(tmpdir(), "bund-csp-tour-"));
    const store = openMuseumStore(dataDir);
    await store.guides.add("Mei Lin", "a walk along the bund");
    store.close();
    const root = path.resolve(import.meta.dirname, "../..");
    const tourServer: MuseumServer = await startMuseumServer(
      loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir }, root),
      { log: pino({ level: "warn" }) },
    );
    const base = `http://127.0.0.1:${tourServer.port}`;
    const wait = { timeout: 45_000 };
    try {
      // The guide signs in on the entry screen and starts the Bund walk.
      // The full window: these pages are used through the entry screen's form, which a small window's hint covers.
      const guide = await watched("/", base, DESKTOP_WINDOW);
      await guide.page.click("#entry-guide summary");
      await guide.page.fill("#entry-guide-name", "Mei Lin");
      await guide.page.fill("#entry-guide-password", "a walk along the bund");
      await guide.page.click("#entry-submit");
      await guide.page.waitForFunction(
        () => window.bund!.netState() === "connected" && window.bund!.tourControl.guideName() !== null,
        null,
        wait,
      );
      const { link } = await guide.page.evaluate(() => window.bund!.tourControl.start("bund-walk"));
      // A member follows the link, then the guide moves on a stop and plays the narration.
      const url = new URL(link);
      const member = await watched(url.pathname + url.search, base, DESKTOP_WINDOW);
      await member.page.fill("#entry-name", "Ann");
      await member.page.click("#entry-submit");
      await member.page.waitForFunction(() => window.bund!.tour() !== null, null, wait);
      await guide.page.evaluate(() => window.bund!.tourControl.send("tour:next"));
      await member.page.waitForFunction(() => window.bund!.tour()?.stopIndex === 1, null, wait);
      await guide.page.evaluate(() => window.bund!.tourControl.send("tour:narration", { action: "play" }));
      // Playing, with a caption shown: the recording and its captions have been fetched.
      await member.page.waitForFunction(
        () => window.bund!.tour()?.narration.playing === true && window.bund!.tour()!.narration.caption !== "",
        null,
        wait,
      );
      await expectNoViolation(guide);
      await expectNoViolation(member);
      await guide.page.context().close();
      await member.page.context().close();
    } finally {
      await tourServer.close();
    }
  }, 360_000);

  it("control: an inline style and an inline script are refused, and the watch sees both", async () => {
    const m = await visit("/");
    await m.page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<div id="styled" style="color: red">styled</div>');
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.body.append(s);
    });
    await expect
      .poll(async () => (await violations(m.page)).map((v) => v.directive).sort())
      .toEqual(["script-src-elem", "style-src-attr"]);
    expect(await m.page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await m.page.context().close();
  });
});

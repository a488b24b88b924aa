// A guided performance in real Chromium: a guide starts the kunqu-garden tour and takes it into the theatre, two
// visitors join by the link — Ann reading English at a desk, 博文 reading Chinese in a headset (an emulated Quest,
// iwer); when the guide plays the stop, the three pages show the same moment of choreography (within 100 ms at one
// instant) and the same line, each in its own language, 博文's on the card in front of him; a pause holds the
// performance for everyone.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cueText, parseSurtitles } from "../../client/state/surtitleFile";
import { DESKTOP_WINDOW, launchChromium, openMuseum, type WatchedPage } from "./browser";
import { openXRMuseum } from "./xrDevice";
import { ensureXR, player } from "./xrVisit";

const WAIT = { timeout: 90_000 };
const root = path.resolve(import.meta.dirname, "../..");
const zhCues = new Map(
  parseSurtitles(readFileSync(path.join(root, "assets/theatre/youyuan.zh.vtt"), "utf8"), "zh").map((c) => [c.id, c]),
);

let browser: Browser;
let guide: WatchedPage;
let ann: WatchedPage;
let bo: WatchedPage;
let link: string;

async function open(p: string): Promise<WatchedPage> {
  const patient = async (page: Page) => {
    page.setDefaultTimeout(WAIT.timeout);
    page.setDefaultNavigationTimeout(WAIT.timeout);
  };
  const watched = await openMuseum(browser, inject("baseURL"), p, DESKTOP_WINDOW, patient);
  return watched;
}

async function joinByLink(name: string, lang: "en" | "zh", headset = false): Promise<WatchedPage> {
  const url = new URL(link);
  const p = headset
    ? await openXRMuseum(browser, inject("baseURL"), url.pathname + url.search)
    : await open(url.pathname + url.search);
  p.page.setDefaultTimeout(WAIT.timeout);
  if (headset) {
    // The headset's small window has no room for the entry form: the entry screen's Enter, as automation calls it.
    const tourCode = url.searchParams.get("tour") ?? undefined;
    await p.page.evaluate((opts) => window.bund!.enter(opts), { name, lang, tourCode });
  } else {
    await p.page.check(`#entry-lang-${lang}`);
    await p.page.fill("#entry-name", name);
    await p.page.click("#entry-submit");
  }
  await p.page.waitForFunction(() => window.bund!.tour() !== null, null, WAIT);
  return p;
}

const theatreOf = (p: WatchedPage) => p.page.evaluate(() => window.bund!.theatre());

/** Polls a page's theatre report (async in the page) until `ok` holds. */
async function until(
  p: WatchedPage,
  ok: (t: NonNullable<Awaited<ReturnType<typeof theatreOf>>>) => boolean,
  timeoutMs = WAIT.timeout,
) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const t = await theatreOf(p);
    if (t && ok(t)) return t;
    if (Date.now() > end) throw new Error(`never reached; last report ${JSON.stringify(t)}`);
    await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  const account = inject("guide");
  guide = await open("/");
  await guide.page.click("#entry-guide summary");
  await guide.page.fill("#entry-guide-name", account.name);
  await guide.page.fill("#entry-guide-password", account.password);
  await guide.page.click("#entry-submit");
  await guide.page.waitForFunction(
    () => window.bund!.netState() === "connected" && window.bund!.tourControl.guideName() !== null,
    null,
    WAIT,
  );
  await guide.page.waitForSelector("#tour-plan option[value=kunqu-garden]", { state: "attached", ...WAIT });
  await guide.page.selectOption("#tour-plan", "kunqu-garden");
  await guide.page.click("#tour-start");
  await guide.page.waitForFunction(() => window.bund!.tour()?.leads === true, null, WAIT);
  await guide.page.evaluate(() => window.bund!.goto("theatre", "front-stalls"));
  link = await guide.page.inputValue("#tour-guide-link");
  ann = await joinByLink("Ann", "en");
  bo = await joinByLink("博文", "zh", true);
  for (const p of [guide, ann, bo]) await p.page.evaluate(() => window.bund!.engine.setHardwareScalingLevel(2));
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe("a guided performance", () => {
  it("brings the group into the theatre, following the tour's clock", async () => {
    for (const p of [ann, bo]) {
      if ((await p.page.evaluate(() => window.bund!.sceneId)) !== "theatre")
        await p.page.evaluate(() => window.bund!.goto("theatre", "front-stalls"));
    }
    for (const p of [guide, ann, bo]) await until(p, (t) => t.source === "tour");
    await ensureXR(bo.page);
    expect((await player(bo.page)).mode).toBe("xr");
  });

  it("plays at the same moment on every page (within 100 ms), the same line in each language", async () => {
    await guide.page.click("#tour-narration-play");
    const pages = [guide, ann, bo];
    for (const p of pages) await until(p, (t) => t.ms > 500);
    // Each page's reading carries its own time; brought to one instant, the positions must agree.
    const readings = await Promise.all(pages.map(theatreOf));
    const t0 = readings[0]!.msAt;
    const aligned = readings.map((r) => r!.ms - (r!.msAt - t0));
    const spread = Math.max(...aligned) - Math.min(...aligned);
    console.log(`choreography time across 3 pages at one instant: spread ${spread.toFixed(1)} ms`);
    expect(spread).toBeLessThan(100);
    // The same line, each in its language (wait for one with time to run, so all three read it).
    const line = await until(guide, (t) => t.cueId !== null);
    // 博文 entered in Chinese and reads it in the headset; Ann chooses English on the panel.
    await ann.page.click('#theatre-panel button[data-lang="en"]');
    // Read at once: one after the other, the line could move on between the two (the headset's page is slow).
    const [a, b] = await Promise.all([theatreOf(ann), theatreOf(bo)]);
    expect([a!.lang, b!.lang]).toEqual(["en", "zh"]);
    if (a!.cueId !== null && b!.cueId !== null) expect(a!.cueId).toBe(b!.cueId);
    expect(line.cueId).not.toBeNull();
    // In the headset the line is on the card in front of 博文, in Chinese.
    const seen = await until(bo, (t) => t.cueId !== null && !!t.vrTitle?.visible && t.vrTitle.text !== "");
    expect(seen.vrTitle!.text).toContain(cueText(zhCues.get(seen.cueId!)!));
  });

  it("holds the performance for everyone when the guide pauses", async () => {
    await guide.page.click("#tour-narration-play");
    for (const p of [guide, ann, bo]) {
      await p.page.waitForFunction(() => window.bund!.tour()?.narration.playing === false, null, WAIT);
      const first = await until(p, () => true);
      const a = await until(p, (t) => t.msAt > first.msAt + 300);
      const b = await until(p, (t) => t.msAt > a.msAt + 300);
      expect(Math.abs(b.ms - a.ms), `${p === bo ? "the headset" : "a desk"}'s performance held`).toBeLessThan(1);
    }
  });

  it("requested nothing from another origin", () => {
    for (const p of [guide, ann, bo]) expect(p.foreignRequests).toEqual([]);
  });
});

// The calligraphy studio in real Chromium: reached from the calligraphy hall, 永 written with the mouse stroke by
// stroke with the judge's feedback read back (a reversed try refused, then every stroke accepted), progress kept,
// the sheet saved as a PNG, the judge through window.bund.ink, and nothing fetched from another origin.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { characterData } from "../../tools/ink/inkFixtureFile";
import { launchChromium, openMuseum, SMALL_WINDOW, type WatchedPage } from "./browser";

let browser: Browser;
let museum: WatchedPage;
const yong = characterData("永");

beforeAll(async () => {
  browser = await launchChromium();
  museum = await openMuseum(browser, inject("baseURL"), "/", SMALL_WINDOW);
  await museum.page.evaluate(() => window.bund!.enter({ name: "Ink tester", lang: "en" }));
  // Each mouse event comes back once a frame has been drawn, and software WebGL pays for every pixel: this test reads
  // state, events and the sheet's own 2D canvas, never the 3D view's pixels, so the view draws a quarter of them.
  await museum.page.evaluate(() => window.bund!.engine.setHardwareScalingLevel(2));
});
afterAll(async () => {
  await browser?.close();
});

const studio = () => museum.page.evaluate(() => window.bund!.ink.studio());

/** At most `n` points of a median, its ends kept: each mouse move waits for a rendered frame of software WebGL. */
const fewer = (median: number[][], n = 5) =>
  median.length <= n
    ? median
    : Array.from({ length: n }, (_, i) => median[Math.round((i * (median.length - 1)) / (n - 1))]);

/** Draws a median with the mouse on the sheet: the data's grid (y up, 1024 wide) onto the canvas as it is shown. */
async function writeWithMouse(full: number[][]): Promise<void> {
  const median = fewer(full);
  const { page } = museum;
  const sheet = page.locator("#ink-studio canvas.ink-sheet");
  await sheet.scrollIntoViewIfNeeded();
  const box = (await sheet.boundingBox())!;
  const at = ([x, y]: number[]) => [box.x + (x / 1024) * box.width, box.y + ((900 - y) / 1024) * box.height];
  const [sx, sy] = at(median[0]);
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (const p of median.slice(1)) {
    const [x, y] = at(p);
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
}

describe("the calligraphy studio", () => {
  it("is a place of the museum, through a doorway of the calligraphy hall", async () => {
    const { page } = museum;
    expect(await page.evaluate(() => window.bund!.scenes())).toContain("calligraphy-studio");
    await page.evaluate(() => window.bund!.goto("calligraphy-studio"));
    await page.waitForFunction(() => window.bund!.ink.studio().then((s) => s?.char === "永"));
    expect(await page.locator("#ink-studio .ink-honest").textContent()).toMatch(/not a neural network/);
    expect((await page.evaluate(() => window.bund!.stats())).drawCalls).toBeLessThan(40);
  });

  it("writes 永 with the mouse stroke by stroke, refusing a backwards stroke and saying why", async () => {
    const { page } = museum;
    const feedback = page.locator("#ink-studio .ink-feedback p[lang=en]");
    await writeWithMouse(yong.medians[0]);
    expect((await studio())!.reason).toBe("accepted");
    await writeWithMouse([...yong.medians[1]].reverse());
    expect(await studio()).toMatchObject({ due: 1, reason: "reversed" });
    expect(await feedback.textContent()).toMatch(/^Wrong direction/);
    expect(await page.locator("#ink-studio .ink-feedback p[lang=zh-CN]").textContent()).toMatch(/方向反了/);
    for (const median of yong.medians.slice(1)) {
      const before = (await studio())!.due;
      await writeWithMouse(median);
      const after = (await studio())!;
      expect({ due: after.due, reason: after.reason, text: await feedback.textContent() }).toMatchObject({
        due: before + 1,
        reason: "accepted",
      });
    }
    expect(await studio()).toMatchObject({ complete: true, due: 5 });
    expect(await page.locator("#ink-studio .ink-status").textContent()).toMatch(/^Complete/);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("bund.ink.progress") ?? "{}"));
    expect(kept["永"]).toMatchObject({ completed: 1 });
  });

  it("saves the sheet as a PNG", async () => {
    const { page } = museum;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#ink-studio [data-action=save]").click(),
    ]);
    expect(download.suggestedFilename()).toBe("digital-ink-永.png");
  });

  it("judges strokes through window.bund.ink.judge, and names bad input", async () => {
    const { page } = museum;
    const strokes = yong.medians.map((m) => m.map(([x, y], i) => ({ x, y, t: i * 40 })));
    strokes[2].reverse();
    const r = await page.evaluate((s) => window.bund!.ink.judge("永", s), strokes);
    expect(r.strokes.map((s) => s.reason)).toEqual([null, null, "reversed", "order", "order"]);
    const bad = await page.evaluate(() => window.bund!.ink.judge("永", [[{ x: 1 }]]).catch((e: Error) => e.message));
    expect(bad).toMatch(/^Strokes: at \[0\]\[0\]\[y\]/);
  });

  it("fetched nothing from another origin, and logged no error", () => {
    expect(museum.foreignRequests).toEqual([]);
    expect(museum.consoleErrors).toEqual([]);
  });
});

// Writing in the calligraphy studio in VR (emulated Meta Quest 3, iwer): the right controller held on the desk's
// paper, its trigger pulled to different depths (the brush's pressure), writes 永's first stroke; the judge accepts
// it, a backwards second stroke is refused with the reason, the VR card over the desk says so in both languages,
// the ink is on the sheet the paper shows, and nothing leaves the origin.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { paperWorldPoint } from "../../common/ink/studioLayout";
import { characterData } from "../../tools/ink/inkFixtureFile";
import { launchChromium, type WatchedPage } from "./browser";
import { pointController } from "./xrControllers";
import { openXRMuseum, settle, type DeviceWindow, type Hand } from "./xrDevice";
import { ensureXR, player, standAt } from "./xrVisit";

let browser: Browser;
let vr: WatchedPage;
const yong = characterData("永");

beforeAll(async () => {
  browser = await launchChromium();
  vr = await openXRMuseum(browser, inject("baseURL"));
  await vr.page.evaluate(() => window.bund!.enter({ name: "Brush headset", lang: "en" }));
});
afterAll(async () => {
  await browser?.close();
});

const studio = (page: Page) => page.evaluate(() => window.bund!.ink.studio());

/** Pulls the trigger to a depth (0…1); iwer lands it at the next XR frame. */
async function trigger(page: Page, hand: Hand, value: number): Promise<void> {
  await page.evaluate(
    ([hand, value]) => {
      const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
      c.updateButtonTouch("trigger", value > 0);
      c.updateButtonValue("trigger", value);
    },
    [hand, value] as const,
  );
  await settle(page);
}

/** At most `n` points of a median, its ends kept: each point costs a couple of XR frames of software WebGL. */
const fewer = (median: number[][], n = 6) =>
  Array.from({ length: Math.min(n, median.length) }, (_, i) => median[Math.round((i * (median.length - 1)) / (n - 1))]);

/** Writes a median with the right controller's tip a centimetre over the paper, pressing harder as it goes. */
async function brushStroke(page: Page, median: number[][]): Promise<void> {
  const points = fewer(median);
  const hold = async ([x, y]: number[]) => {
    // The ray points straight down through the paper, as a brush held upright would.
    await pointController(page, "right", paperWorldPoint(x, y, 0.01), paperWorldPoint(x, y, -1));
  };
  await hold(points[0]);
  await trigger(page, "right", 0.35);
  for (let i = 1; i < points.length; i++) {
    await hold(points[i]);
    await trigger(page, "right", 0.35 + (0.6 * i) / (points.length - 1));
  }
  await trigger(page, "right", 0);
}

// Software WebGL draws both eyes at a few XR frames a second on two shared cores: allow each test minutes.
describe("writing in the studio in VR", { timeout: 300_000 }, () => {
  it("enters the studio and VR at the desk, with the studio's card over it", async () => {
    const { page } = vr;
    await page.evaluate(() => window.bund!.goto("calligraphy-studio"));
    await page.waitForFunction(() => window.bund!.ink.studio().then((s) => s?.char === "永"));
    await ensureXR(page);
    await standAt(page, 0.6, 0, 270);
    expect((await player(page)).mode).toBe("xr");
    await page.waitForFunction(() => window.bund!.ink.studio().then((s) => !!s?.vrPanel), null, { timeout: 60_000 });
    expect((await studio(page))!.vrPanel).toMatch(/pull the trigger to write/);
  });

  it("writes 永's first stroke with the controller, the trigger's depth as the brush's pressure", async () => {
    const { page } = vr;
    await brushStroke(page, yong.medians[0]);
    await page.waitForFunction(() => window.bund!.ink.studio().then((s) => s?.reason !== null), null, {
      timeout: 60_000,
    });
    const s = (await studio(page))!;
    expect(s).toMatchObject({ due: 1, reason: "accepted" });
    expect(s.pressure![1] - s.pressure![0], "the pressure followed the trigger").toBeGreaterThan(0.2);
    await page.waitForFunction(() => window.bund!.ink.studio().then((r) => /Stroke 2 of 5/.test(r?.vrPanel ?? "")));
  });

  it("refuses a backwards second stroke, and the VR card says why in Chinese and English", async () => {
    const { page } = vr;
    await brushStroke(page, [...yong.medians[1]].reverse());
    await page.waitForFunction(() => window.bund!.ink.studio().then((s) => s?.reason === "reversed"), null, {
      timeout: 60_000,
    });
    expect(await studio(page)).toMatchObject({ due: 1 });
    await page.waitForFunction(() =>
      window
        .bund!.ink.studio()
        .then((s) => /方向反了/.test(s?.vrPanel ?? "") && /Wrong direction/.test(s?.vrPanel ?? "")),
    );
  });

  it("left its ink on the sheet the desk's paper shows", async () => {
    const inked = await vr.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("#ink-studio canvas.ink-sheet")!;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 60 && data[i + 1] < 60 && data[i + 2] < 60) dark++;
      return dark;
    });
    expect(inked, "dark ink pixels on the sheet").toBeGreaterThan(500);
  });

  it("fetched nothing from another origin, and logged no error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
  });
});

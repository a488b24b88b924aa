// The guide's voice in real Chromium, through the museum's media server: a guide and two members, each browser's
// microphone a 440 Hz tone (a WAV written now); the members hear the guide (the mix's level and its spectral peak),
// a member muted by the guide is silent to the others, given the floor she is heard by the group; in the emulated
// headset the talk button opens the microphone; nothing leaves the origin.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeToneWav } from "../fixtures/toneWav";
import { CHROMIUM, CHROMIUM_ARGS, openMuseum, TINY_WINDOW, XR_WINDOW, type WatchedPage } from "./browser";
import { holdButton } from "./xrControllers";
import { installEmulatedQuest } from "./xrDevice";

const WAIT = { timeout: 60_000 };
let browser: Browser;
let guide: WatchedPage;
let ann: WatchedPage;
let bo: WatchedPage;
const ids: Record<string, string> = {};

/** The stored setting "original sound": the tone reaches the call as it is, not suppressed as steady noise. */
async function originalSound(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem("bund.settings", JSON.stringify({ originalSound: true })));
}

const voiceOf = (p: WatchedPage) => p.page.evaluate(() => window.bund!.voice());

async function hearsTone(p: WatchedPage, speaker: string): Promise<void> {
  await p.page.waitForFunction(
    (id) => {
      const v = window.bund!.voice();
      return v.heard.includes(id) && v.output.rms > 0.01 && Math.abs(v.output.peakHz - 440) < 25;
    },
    speaker,
    WAIT,
  );
}

beforeAll(async () => {
  const tone = writeToneWav(path.join(mkdtempSync(path.join(os.tmpdir(), "bund-voice-")), "tone.wav"));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${tone}`,
      "--autoplay-policy=no-user-gesture-required",
      "--allow-loopback-in-peer-connection",
    ],
  });
  const base = inject("baseURL");
  // Bo wears the emulated headset (iwer): the VR push-to-talk is tested on his page.
  const headset = async (page: Page) => {
    await originalSound(page);
    await installEmulatedQuest(page);
  };
  [guide, ann, bo] = await Promise.all([
    openMuseum(browser, base, "/", TINY_WINDOW, originalSound),
    openMuseum(browser, base, "/", TINY_WINDOW, originalSound),
    openMuseum(browser, base, "/", XR_WINDOW, headset),
  ]);
  const account = inject("guide");
  await guide.page.evaluate((a) => window.bund!.enter({ name: a.name, lang: "en", guide: a }), account);
  await guide.page.waitForFunction(() => window.bund!.tourControl.guideName() !== null, null, WAIT);
  const { code } = await guide.page.evaluate(() => window.bund!.tourControl.start("bund-walk"));
  await ann.page.evaluate((c) => window.bund!.enter({ name: "Ann", lang: "en", tourCode: c }), code);
  await bo.page.evaluate((c) => window.bund!.enter({ name: "博文", lang: "zh", tourCode: c }), code);
  for (const p of [guide, ann, bo]) {
    await p.page.waitForFunction(() => window.bund!.tour() !== null && window.bund!.voice().connected, null, WAIT);
  }
  for (const name of ["Ann", "博文"]) {
    const id = (n: string) => window.bund!.visitors().find((v) => v.name === n)?.id ?? "";
    ids[name] = await guide.page.evaluate(id, name);
  }
  ids.guide = await ann.page.evaluate(() => window.bund!.visitors().find((v) => v.role === "guide")?.id ?? "");
  expect(Object.values(ids).every((id) => id.length > 0)).toBe(true);
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe("the guide's voice", () => {
  it("both members hear the guide's tone, wherever they stand", async () => {
    await guide.page.evaluate(() => window.bund!.setMic(true));
    expect((await voiceOf(guide)).mic).toBe("on");
    await Promise.all([hearsTone(ann, ids.guide!), hearsTone(bo, ids.guide!)]);
  });

  it("a member muted by the guide is silent to the others; given the floor, the group hears her", async () => {
    await guide.page.evaluate(() => window.bund!.setMic(false));
    await ann.page.evaluate(() => window.bund!.setMic(true));
    // The guide's own buttons (the panel of the tour's voices), pressed where they are.
    const button = (action: string) =>
      guide.page.locator(`#voice-members button[data-member="${ids.Ann}"][data-action="${action}"]`);
    await button("mute").dispatchEvent("click");
    // Muted: her voice is forwarded to no one, so no slot of Bo's or the guide's carries it.
    for (const p of [bo, guide]) {
      await p.page.waitForFunction((id) => !window.bund!.voice().heard.includes(id), ids.Ann, WAIT);
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect((await voiceOf(bo)).heard).not.toContain(ids.Ann);
    await ann.page.waitForSelector("#voice-status:has-text('muted you')", WAIT);
    await button("floor").dispatchEvent("click");
    await Promise.all([hearsTone(bo, ids.Ann!), hearsTone(guide, ids.Ann!)]);
    await ann.page.waitForSelector("#voice-status:has-text('You have the floor')", WAIT);
  });

  it("in VR, holding B on the right controller opens the microphone, and letting go closes it", async () => {
    await bo.page.evaluate(() => window.bund!.enterXR());
    await holdButton(bo.page, "right", "b-button", true);
    await bo.page.waitForFunction(() => window.bund!.voice().mic === "on", null, WAIT);
    await holdButton(bo.page, "right", "b-button", false);
    await bo.page.waitForFunction(() => window.bund!.voice().mic === "off", null, WAIT);
    await bo.page.evaluate(() => window.bund!.exitXR());
  });

  it("nothing left the origin", () => {
    for (const p of [guide, ann, bo]) expect(p.foreignRequests).toEqual([]);
  });
});

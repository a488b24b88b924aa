// One switch in VR (emulated Meta Quest 3, iwer): the choice on offer shows on a panel in the headset, A on the right
// controller takes it (the visitor is set down in front of the place offered, and told so), and X on the left does
// the same for a visitor who can use only that hand; "read" opens the headset's reading panel and the switch closes
// it. Judged by what the museum page reports.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseScene } from "../../common/scene";
import { launchChromium, type WatchedPage } from "./browser";
import { clickButton } from "./xrControllers";
import { openXRMuseum } from "./xrDevice";
import { ensureXR, player } from "./xrVisit";

const root = path.resolve(import.meta.dirname, "../..");
const bund = parseScene("bund.json", JSON.parse(readFileSync(path.join(root, "scenes/bund.json"), "utf8")));

let browser: Browser;
let vr: WatchedPage;
const WAIT = { timeout: 120_000 };

beforeAll(async () => {
  browser = await launchChromium();
  // Each choice on offer for 6 s: the button press lands on the choice read just before, however slow the page.
  vr = await openXRMuseum(browser, inject("baseURL"), "/?switch=on&scan=6000");
  await vr.page.evaluate(() => window.bund!.enter({ name: "Sam", lang: "en" }));
  await vr.page.waitForFunction(() => window.bund!.netState() === "connected", null, { timeout: 60_000 });
  await ensureXR(vr.page);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

/** Waits until the headset's panel offers a "Go to …" choice, and returns the place's name. */
async function offeredGoTo(): Promise<string> {
  const label = await vr.page.waitForFunction(
    () => {
      const shown = window.bund!.xr()?.switchPanel ?? null;
      const s = window.bund!.switchMode();
      // The panel shows what the scan offers.
      return shown?.startsWith("Go to ") && s && s.choices[s.offered] === shown ? shown : null;
    },
    null,
    WAIT,
  );
  return ((await label.jsonValue()) as string).replace(/^Go to /, "");
}

describe("one switch in VR", () => {
  for (const [hand, button] of [
    ["right", "a-button"],
    ["left", "x-button"],
  ] as const) {
    it(`shows the choice on offer in the headset, and ${button} on the ${hand} controller takes it`, async () => {
      const before = (await player(vr.page)).position;
      const heardBefore = await vr.page.evaluate(() => window.bund!.announcements().length);
      const name = await offeredGoTo();
      await clickButton(vr.page, hand, button);
      // A new line is spoken (the place may be the one already in front, after the first test's move).
      await vr.page.waitForFunction(
        ([n, k]) =>
          window
            .bund!.announcements()
            .slice(k)
            .some((a) => a.text === `You are in front of ${n}.`),
        [name, heardBefore] as const,
        WAIT,
      );
      const after = await player(vr.page);
      expect(after.mode).toBe("xr");
      if (hand === "right")
        expect(Math.hypot(after.position.x - before.x, after.position.z - before.z)).toBeGreaterThan(1);
    }, 240_000);
  }

  it("reads a place on the headset's panel, and closes it, with the switch", async () => {
    // The scan offers another place / go to it / read it (or go through, for a doorway): until the place on offer is
    // a landmark, take "Another place".
    const landmarkNames = bund.landmarks.map((l) => l.name.en);
    let name: string | null = null;
    for (let i = 0; i < 12 && name === null; i++) {
      const offered = (await (
        await vr.page.waitForFunction(
          () => {
            const shown = window.bund!.xr()?.switchPanel ?? null;
            return shown && /^(Read about |Another place \(now )/.test(shown) ? shown : null;
          },
          null,
          WAIT,
        )
      ).jsonValue()) as string;
      const reading = offered.match(/^Read about (.+)$/)?.[1];
      const another = offered.match(/^Another place \(now (.+)\)$/)?.[1];
      if (reading && landmarkNames.includes(reading)) name = reading;
      else if (another && !landmarkNames.includes(another)) {
        await clickButton(vr.page, "right", "a-button");
        await vr.page.waitForFunction((n) => !window.bund!.xr()?.switchPanel?.includes(n), another, WAIT);
      } else await vr.page.waitForFunction((o) => window.bund!.xr()?.switchPanel !== o, offered, WAIT);
    }
    expect(name, "a landmark offered to read").not.toBeNull();
    const id = bund.landmarks.find((l) => l.name.en === name)!.id;
    await clickButton(vr.page, "right", "a-button");
    await vr.page.waitForFunction((i) => window.bund!.xr()?.panel === i, id, WAIT);
    // With the panel open, the one choice is to close it.
    await vr.page.waitForFunction(() => window.bund!.xr()?.switchPanel === "Close the card", null, WAIT);
    await clickButton(vr.page, "right", "a-button");
    await vr.page.waitForFunction(() => window.bund!.xr()?.panel === null, null, WAIT);
  }, 240_000);

  it("nothing left the origin, and nothing was logged as an error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
  });
});

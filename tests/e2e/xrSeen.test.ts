// A visitor in an emulated Meta Quest 3 (iwer) as another visitor at a desktop sees them: in VR mode, moving,
// their hands where the headset holds them, and back in desktop mode after leaving VR at the same spot and heading.
// Judged by what each museum page reports, never by the clock.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openMuseum, TINY_WINDOW, type WatchedPage } from "./browser";
import { aimController, handRest, pointController } from "./xrControllers";
import { openXRMuseum, yawDiff } from "./xrDevice";
import {
  ensureXR as visitEnsureXR,
  horizontal,
  leaveXR,
  player as visitPlayer,
  standAt as visitStandAt,
} from "./xrVisit";

let browser: Browser;
let vr: WatchedPage; // the visitor in the headset
let observer: WatchedPage; // a desktop visitor watching
const VR_NAME = "Vera";

beforeAll(async () => {
  browser = await launchChromium();
  // Small windows (see browser.ts): the headset's XR canvas follows its window, and the observer only reads state,
  // yet draws the Bund on every frame while the headset page waits for its own.
  [vr, observer] = await Promise.all([
    openXRMuseum(browser, inject("baseURL")),
    openMuseum(browser, inject("baseURL"), "/", TINY_WINDOW),
  ]);
  await vr.page.evaluate((name) => window.bund!.enter({ name, lang: "en" }), VR_NAME);
  await observer.page.evaluate(() => window.bund!.enter({ name: "Otto", lang: "en" }));
  for (const p of [vr, observer])
    await p.page.waitForFunction(() => window.bund!.netState() === "connected", null, { timeout: 30_000 });
  await installHandsReader(observer.page);
});
afterAll(async () => {
  await browser?.close();
});

const player = (page: Page = vr.page) => visitPlayer(page);
const ensureXR = () => visitEnsureXR(vr.page);
const standAt = (x: number, z: number, yawDeg: number) => visitStandAt(vr.page, x, z, yawDeg);

/**
 * The hands the observer's page draws for a visitor, as placed in its avatar batch (left, right): the instances
 * nearest that visitor's drawn head. Installed in the page, so waitForFunction can poll it.
 */
async function installHandsReader(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __handsOf(name: string): { x: number; y: number; z: number }[] | null }).__handsOf = (
      name,
    ) => {
      const head = window.bund!.visitors().find((v) => v.name === name)?.position;
      const mesh = window.bund!.scene!.getMeshByName("avatar-hands") as unknown as {
        thinInstanceCount: number;
        _thinInstanceDataStorage: { matrixData: Float32Array | null };
      } | null;
      const data = mesh?._thinInstanceDataStorage.matrixData;
      if (!head || !mesh || !data) return null;
      const hands: { x: number; y: number; z: number }[] = [];
      for (let i = 0; i < mesh.thinInstanceCount; i++) {
        const p = { x: data[i * 16 + 12], y: data[i * 16 + 13], z: data[i * 16 + 14] };
        if (Math.hypot(p.x - head.x, p.y - head.y, p.z - head.z) < 1.2) hands.push(p);
      }
      return hands;
    };
  });
}
const drawnHands = (name: string) =>
  observer.page.evaluate(
    (name) =>
      (window as unknown as { __handsOf(name: string): { x: number; y: number; z: number }[] | null }).__handsOf(name),
    name,
  );

// Software WebGL draws both eyes at a few XR frames a second on two shared cores: allow each test minutes.
describe("a visitor in VR as a desktop visitor sees them", { timeout: 180_000 }, () => {
  it("a desktop visitor sees the VR visitor, in VR mode, and sees it move after a teleport", async () => {
    await ensureXR();
    await observer.page.waitForFunction(
      (name) => window.bund!.visitors().some((v) => v.name === name && v.mode === "xr"),
      VR_NAME,
      { timeout: 30_000 },
    );
    const seen = (await observer.page.evaluate(() => window.bund!.visitors())).filter((v) => v.name === VR_NAME);
    expect(seen).toHaveLength(1);
    expect(seen[0].connected).toBe(true);

    const to = { x: 20, z: 440 };
    expect(horizontal(seen[0].position, to)).toBeGreaterThan(5); // it really has to move
    await standAt(to.x, to.z, 0);
    await observer.page.waitForFunction(
      ([name, x, z]) =>
        window
          .bund!.visitors()
          .some((v) => v.name === name && v.mode === "xr" && Math.hypot(v.position.x - x, v.position.z - z) < 0.5),
      [VR_NAME, to.x, to.z] as const,
      { timeout: 30_000 },
    );
  });

  it("a desktop visitor sees the VR visitor's hands where they are, and sees one rise when it is raised", async () => {
    await ensureXR();
    await standAt(20, 440, 0);
    // Both controllers at rest, rays on the ground a step ahead.
    for (const hand of ["left", "right"] as const)
      await aimController(vr.page, hand, { x: 20 + (hand === "left" ? -0.3 : 0.3), y: 0, z: 442 });
    const rest = { left: await handRest(vr.page, "left"), right: await handRest(vr.page, "right") };
    // As the observer draws them: two hands, each near where the headset holds it (quantised, interpolated).
    await observer.page.waitForFunction(
      ([name, rest]) => {
        const hands = (
          window as unknown as { __handsOf(name: string): { x: number; y: number; z: number }[] | null }
        ).__handsOf(name);
        return (
          hands?.length === 2 &&
          ([rest.left, rest.right] as const).every(
            (r, i) => Math.hypot(hands[i].x - r.x, hands[i].y - r.y, hands[i].z - r.z) < 0.15,
          )
        );
      },
      [VR_NAME, rest] as const,
      { timeout: 30_000 },
    );

    // The right hand goes up 60 cm (its ray still on the ground ahead); the head and the left hand stay.
    const raised = { ...rest.right, y: rest.right.y + 0.6 };
    await pointController(vr.page, "right", raised, { x: 20.3, y: 0, z: 442 });
    await observer.page.waitForFunction(
      ([name, y]) => {
        const hands = (
          window as unknown as { __handsOf(name: string): { x: number; y: number; z: number }[] | null }
        ).__handsOf(name);
        return hands !== null && hands.length === 2 && Math.abs(hands[1].y - y) < 0.1;
      },
      [VR_NAME, raised.y] as const,
      { timeout: 30_000 },
    );
    // Measured from where the headset holds the hands, not from the hands drawn before the rise: those may still have
    // been easing in (the wait above allows 15 cm).
    const after = (await drawnHands(VR_NAME))!;
    expect(after[1].y - rest.right.y).toBeGreaterThan(0.45);
    const left = rest.left;
    expect(Math.hypot(after[0].x - left.x, after[0].y - left.y, after[0].z - left.z)).toBeLessThan(0.15);
  });

  it("leaving VR returns to desktop mode at the same spot and heading", async () => {
    await ensureXR();
    await standAt(38, 360, 45);
    const before = await player();
    await leaveXR(vr.page);
    const after = await player();
    expect(after.mode).toBe("desktop");
    expect(horizontal(after.position, before.position)).toBeLessThan(0.5);
    expect(Math.abs(yawDiff(after.yaw, before.yaw))).toBeLessThan(5);
    const active = await vr.page.evaluate(
      () => (window as unknown as { __xrDevice: { activeSession?: unknown } }).__xrDevice.activeSession !== undefined,
    );
    expect(active).toBe(false);
    // And the desktop visitor sees it back in desktop mode.
    await observer.page.waitForFunction(
      (name) => window.bund!.visitors().some((v) => v.name === name && v.mode === "desktop"),
      VR_NAME,
      {
        timeout: 30_000,
      },
    );
  });

  it("no request left the origin, and nothing was logged as an error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(observer.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
    expect(observer.consoleErrors).toEqual([]);
  });
});

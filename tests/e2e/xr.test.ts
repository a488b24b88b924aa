// The Bund in an emulated Meta Quest 3 (iwer) in real headless Chromium against the served build: enter VR,
// teleport with the thumbstick, snap turn, go to a viewpoint, point and click (or pinch) a landmark. (Being seen by
// a desktop visitor and leaving VR: xrSeen.test.ts; comfort settings and stick walking: xrComfort.test.ts.)
// Judged by where the visitor ends up and what the museum reports, never by the clock.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { buildWalkableWorld, isWalkable, landmarkAt } from "../../common/walkable";
import { launchChromium, type WatchedPage } from "./browser";
import {
  aimController,
  aimHand,
  clickTrigger,
  pinch,
  pushThumbstick,
  releaseThumbstick,
  useHands,
} from "./xrControllers";
import { openXRMuseum, waitXRFrames, yawDiff, type Vec3 } from "./xrDevice";
import {
  ensureXR as visitEnsureXR,
  horizontal,
  player as visitPlayer,
  standAt as visitStandAt,
  xrState as visitXrState,
} from "./xrVisit";

const bund = parseSceneFile(
  "scenes/bund.json",
  readFileSync(path.resolve(import.meta.dirname, "../../scenes/bund.json"), "utf8"),
);
const world = buildWalkableWorld(bund);
const customs = bund.landmarks.find((l) => l.id === "customs-house")!;

let browser: Browser;
let vr: WatchedPage; // the visitor in the headset

beforeAll(async () => {
  browser = await launchChromium();
  // A small window (see browser.ts): the headset's XR canvas follows its window.
  vr = await openXRMuseum(browser, inject("baseURL"));
  await vr.page.evaluate(() => window.bund!.enter({ name: "Vera", lang: "en" }));
  await vr.page.waitForFunction(() => window.bund!.netState() === "connected", null, { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

const player = (page: Page = vr.page) => visitPlayer(page);
const xrState = () => visitXrState(vr.page);
const ensureXR = () => visitEnsureXR(vr.page);
const standAt = (x: number, z: number, yawDeg: number) => visitStandAt(vr.page, x, z, yawDeg);

/** Aims the right controller at a world point, holds its stick forward for a few frames, lets it spring back. */
async function teleportGesture(target: Vec3): Promise<void> {
  await aimController(vr.page, "right", target);
  await pushThumbstick(vr.page, "right", 0, -1);
  await waitXRFrames(vr.page, 5); // the landing marker follows the ray for a few frames
  await releaseThumbstick(vr.page, "right");
}

// Software WebGL draws both eyes at a few XR frames a second on two shared cores: allow each test minutes.
describe("the Bund in an emulated headset", { timeout: 180_000 }, () => {
  it("the served page offers an immersive VR session (the emulated Quest is installed)", async () => {
    const supported = await vr.page.evaluate(() =>
      (navigator as unknown as { xr?: { isSessionSupported(mode: string): Promise<boolean> } }).xr?.isSessionSupported(
        "immersive-vr",
      ),
    );
    expect(supported).toBe(true);
    const controllers = await vr.page.evaluate(() => {
      const d = (window as unknown as { __xrDevice?: { controllers: Record<string, unknown> } }).__xrDevice;
      return d ? Object.keys(d.controllers).sort() : [];
    });
    expect(controllers).toEqual(["left", "right"]);
  });

  it("enters VR: the session starts and frames render", async () => {
    await ensureXR();
    await waitXRFrames(vr.page, 10); // XR frames keep coming
    expect((await player()).mode).toBe("xr");
    const stats = await vr.page.evaluate(() => window.bund!.stats());
    expect(stats.drawCalls).toBeGreaterThan(0);
    const xr = await xrState();
    expect(xr).not.toBeNull();
    expect(xr!.snapTurnDeg).toBe(30);
    expect(xr!.panel).toBeNull();
  });

  it("thumbstick forward, aim at the promenade 5 m ahead, let go: the visitor stands there", async () => {
    await ensureXR();
    await standAt(42, 318, 0); // on the riverside promenade, facing north along it
    const target = { x: 42, y: 0, z: 323 };
    expect(isWalkable(world, target.x, target.z, 0.3)).toBe(true); // sanity: open promenade, no lamp there
    const before = (await xrState())!.teleports;
    await teleportGesture(target);
    await vr.page.waitForFunction(() => window.bund!.player().position.z > 321, null, { timeout: 30_000 });
    await waitXRFrames(vr.page, 5);
    const p = (await player()).position;
    expect(horizontal(p, target)).toBeLessThan(1);
    expect((await xrState())!.teleports).toBeGreaterThan(before);
  });

  it("aiming at a façade and letting go never puts the visitor inside the building", async () => {
    await ensureXR();
    // On Bund road in front of the Customs House (its front is at x = 0), facing west at it. The ray to a spot of
    // ground inside the footprint meets the façade first.
    await standAt(12, customs.position.z, -90);
    const inside = { x: -10, y: 0, z: customs.position.z };
    expect(landmarkAt(world, inside.x, inside.z)).toBe("customs-house"); // sanity: the target is inside it
    await teleportGesture(inside);
    await waitXRFrames(vr.page, 20); // a teleport happens on the frame the stick comes back
    const p = (await player()).position;
    expect(landmarkAt(world, p.x, p.z)).toBeNull();
    expect(isWalkable(world, p.x, p.z, 0)).toBe(true);
    expect(p.x).toBeGreaterThan(0);
  });

  it("aiming into the river and letting go never puts the visitor in the water", async () => {
    await ensureXR();
    await standAt(45, 300, 90); // on the promenade, facing the river (it starts at x = 56)
    const water = bund.water.find((w) => w.id === "huangpu-river")!;
    const inRiver = { x: 64, y: water.level, z: 300 };
    expect(isWalkable(world, inRiver.x, inRiver.z, 0)).toBe(false); // sanity: the target is water
    await teleportGesture(inRiver);
    await waitXRFrames(vr.page, 20);
    const p = (await player()).position;
    expect(isWalkable(world, p.x, p.z, 0)).toBe(true);
    expect(p.x).toBeLessThan(56);
  });

  it("thumbstick right and left snap the heading by the snap-turn angle", async () => {
    await ensureXR();
    await standAt(40, 330, 0);
    const snap = (await xrState())!.snapTurnDeg;
    const start = await player();

    await pushThumbstick(vr.page, "right", 1, 0);
    await vr.page.waitForFunction((y0) => Math.abs(window.bund!.player().yaw - y0) > 1, start.yaw, { timeout: 30_000 });
    await releaseThumbstick(vr.page, "right");
    await waitXRFrames(vr.page, 10);
    const right = await player();
    expect(yawDiff(right.yaw, start.yaw)).toBeCloseTo(snap, 0); // one snap, clockwise seen from above (towards east)
    expect(horizontal(right.position, start.position)).toBeLessThan(0.3); // turned on the spot

    await pushThumbstick(vr.page, "right", -1, 0);
    await vr.page.waitForFunction((y1) => Math.abs(window.bund!.player().yaw - y1) > 1, right.yaw, { timeout: 30_000 });
    await releaseThumbstick(vr.page, "right");
    await waitXRFrames(vr.page, 10);
    const back = await player();
    expect(yawDiff(back.yaw, right.yaw)).toBeCloseTo(-snap, 0);
    expect(Math.abs(yawDiff(back.yaw, start.yaw))).toBeLessThan(1);
  });

  it("going to a viewpoint in VR stands the head there, facing the viewpoint's heading", async () => {
    await ensureXR();
    await standAt(40, 300, 0); // somewhere else first, so the move is real
    const view = bund.viewpoints.find((v) => v.id === "customs-house-view")!;
    await vr.page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    await waitXRFrames(vr.page, 5);
    const p = await player();
    expect(p.mode).toBe("xr");
    expect(horizontal(p.position, view.position)).toBeLessThan(0.5);
    expect(Math.abs(yawDiff(p.yaw, view.yawDeg))).toBeLessThan(5);
    // The head really is there: the XR camera, not just the reported position.
    const cam = await vr.page.evaluate(() => {
      const c = window.bund!.scene!.activeCamera!;
      return { x: c.globalPosition.x, z: c.globalPosition.z };
    });
    expect(horizontal(cam, view.position)).toBeLessThan(0.5);
  });

  it("pointing at the Customs House and pulling the trigger opens its panel", async () => {
    await ensureXR();
    const view = bund.viewpoints.find((v) => v.id === "customs-house-view")!;
    await vr.page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
    // Stand exactly there whatever goto did (goto in VR has its own test above).
    await standAt(view.position.x, view.position.z, view.yawDeg);
    // The same spot of façade the desktop test clicks: 12 m up the building, straight across the road.
    await aimController(vr.page, "right", { x: customs.position.x + 12, y: 12, z: customs.position.z });
    await clickTrigger(vr.page, "right");
    await vr.page.waitForFunction(
      () => (window.bund as unknown as { xr(): { panel: string | null } | null }).xr()?.panel === "customs-house",
      null,
      { timeout: 30_000 },
    );
    // The panel says what the desktop card says: what is uncertain, how sure each date is, and from where.
    const text = await vr.page.evaluate(
      () => (window.bund as unknown as { xr(): { panelText: string | null } }).xr().panelText,
    );
    expect(text).toContain(customs.uncertainty!.en);
    expect(text).toContain("[documented]");
    expect(text).toContain("Michelle Qiao, 'No. 13: Customs House bell still tolls'");
  });

  it("with tracked hands instead of controllers, a pinch at the Customs House opens its panel", async () => {
    await ensureXR();
    const view = bund.viewpoints.find((v) => v.id === "customs-house-view")!;
    await standAt(view.position.x, view.position.z + 20, view.yawDeg); // walking away closes an open panel
    await vr.page.waitForFunction(
      () => (window.bund as unknown as { xr(): { panel: string | null } }).xr().panel === null,
      null,
      { timeout: 30_000 },
    );
    await standAt(view.position.x, view.position.z, view.yawDeg);
    await useHands(vr.page, true);
    try {
      await vr.page.waitForFunction(
        () => (window.bund as unknown as { xr(): { hands: number } }).xr().hands === 2,
        null,
        { timeout: 30_000 },
      );
      // Our own joint spheres stand in for the CDN hand model.
      const joints = await vr.page.evaluate(
        () =>
          window.bund!.scene!.meshes.filter((m) => m.name.includes("handJoint") && m.isEnabled() && m.isVisible).length,
      );
      expect(joints).toBe(50);
      await aimHand(vr.page, "right", { x: customs.position.x + 12, y: 12, z: customs.position.z });
      expect((await xrState())!.rays).toBeGreaterThan(0); // a hand's ray always shows
      await pinch(vr.page, "right");
      await vr.page.waitForFunction(
        () => (window.bund as unknown as { xr(): { panel: string | null } }).xr().panel === "customs-house",
        null,
        { timeout: 30_000 },
      );
    } finally {
      await useHands(vr.page, false);
    }
  });

  it("no request left the origin, and nothing was logged as an error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
  });
});

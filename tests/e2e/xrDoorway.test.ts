// Going from place to place without leaving VR (emulated Meta Quest 3, iwer): through the Bund's doorway into the
// ceramics hall and back through the hall's doorway, the same immersive session goes on, frames keep rendering, the
// head stands at the doorway's arrival point facing its heading, and rays, the trigger and snap turn work there.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSceneFile } from "../../common/scene";
import { launchChromium, type WatchedPage } from "./browser";
import { buildWalkableWorld, isWalkable } from "../../common/walkable";
import { aimController, clickTrigger, pushThumbstick, releaseThumbstick } from "./xrControllers";
import { openXRMuseum, waitXRFrames, yawDiff, type DeviceWindow } from "./xrDevice";
import { ensureXR, horizontal, leaveXR, player, standAt, xrState } from "./xrVisit";

const sceneOf = (id: string) =>
  parseSceneFile(`${id}.json`, readFileSync(path.resolve(import.meta.dirname, `../../scenes/${id}.json`), "utf8"));
const bund = sceneOf("bund");
const ceramics = sceneOf("ceramics");
const catalogDir = path.resolve(import.meta.dirname, "../../assets/catalog");
const records = readdirSync(catalogDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap(
    (f) =>
      (
        JSON.parse(readFileSync(path.join(catalogDir, f), "utf8")) as {
          items: { id: string; description: { en: string } }[];
        }
      ).items,
  );

let browser: Browser;
let vr: WatchedPage;

/** The page's warnings and errors (a doorway or a session carry that failed says so there), for a failure's message. */
const warnings: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  vr = await openXRMuseum(browser, inject("baseURL"));
  vr.page.on("console", (m) => ["warning", "error"].includes(m.type()) && warnings.push(`${m.type()}: ${m.text()}`));
  await vr.page.evaluate(() => window.bund!.enter({ name: "Doorway headset", lang: "en" }));
});
afterAll(async () => {
  await browser?.close();
});

type Marked = DeviceWindow & { __firstSession?: unknown; __sessionEnd?: { at: number; by: string | null } };

/**
 * Notes the running session, so that later checks can tell it is the same one and not a new request; and notes when
 * it ends and who asked it to (a call's stack), for a failure's message.
 */
const markSession = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Marked;
    const session = w.__xrDevice!.activeSession as unknown as XRSession;
    w.__firstSession = session;
    let by: string | null = null;
    const end = session.end.bind(session);
    session.end = () => {
      by = new Error("session.end() called").stack ?? "session.end() called";
      return end();
    };
    session.addEventListener("end", () => (w.__sessionEnd = { at: Math.round(performance.now()), by }));
  });
const sameSession = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Marked;
    return !!w.__firstSession && w.__xrDevice!.activeSession === w.__firstSession;
  });

/**
 * Records every window.cancelAnimationFrame whose handle is not a page frame still waiting. Babylon, taking up a
 * session, used to pass it the engine's last frame handle, a session's: a number that at times was iwer's own pending
 * device frame, whose loop then stopped, and with it every XR frame (a clean-clone CI lost VR going back that way).
 */
const watchFrameCancels = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __strayCancels: number[] };
    w.__strayCancels = [];
    const waiting = new Set<number>();
    const request = window.requestAnimationFrame.bind(window);
    const cancel = window.cancelAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      const id: number = request((t) => {
        waiting.delete(id);
        callback(t);
      });
      waiting.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      if (id !== 0 && !waiting.delete(id)) w.__strayCancels.push(id);
      cancel(id);
    };
  });
const strayFrameCancels = (page: Page) =>
  page.evaluate(() => (window as unknown as { __strayCancels: number[] }).__strayCancels);

/** Walks (is placed) just before a doorway's threshold, then into it, and waits until the next place shows in VR. */
async function walkThrough(
  page: Page,
  door: { position: { x: number; z: number }; yawDeg: number },
  to: string,
): Promise<void> {
  const a = (door.yawDeg * Math.PI) / 180;
  await standAt(page, door.position.x - 3 * Math.sin(a), door.position.z - 3 * Math.cos(a), door.yawDeg);
  await page.evaluate(([x, z, y]) => void window.bund!.teleport(x, z, y), [
    door.position.x,
    door.position.z,
    door.yawDeg,
  ] as const);
  const start = Date.now();
  try {
    // A clean-clone CI once saw the page get there only after 120 s: the main thread (software WebGL, both eyes,
    // a whole place's shaders) answered nothing meanwhile. Allow that; say how long it took.
    await page.waitForFunction((id) => window.bund!.sceneId === id && window.bund!.player().mode === "xr", to, {
      timeout: 240_000,
    });
    console.log(`in VR in ${to} ${((Date.now() - start) / 1000).toFixed(1)} s after stepping into the doorway`);
  } catch (err) {
    const state = await page
      .evaluate(() => ({
        scene: window.bund!.sceneId,
        player: window.bund!.player(),
        now: Math.round(performance.now()),
        sessionEnded: (window as unknown as Marked).__sessionEnd ?? null,
      }))
      .catch(() => null);
    throw new Error(
      `Not in VR in ${to} after the doorway: ${JSON.stringify(state)}; page warnings: ${JSON.stringify(warnings)}`,
      { cause: err },
    );
  }
}

/** The museum itself keeps drawing frames inside the session: the engine's frame count goes on with XR frames. */
async function framesRender(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.bund!.engine.frameId);
  await waitXRFrames(page, 10);
  const after = await page.evaluate(() => window.bund!.engine.frameId);
  expect(after - before, "engine frames drawn over 10 XR frames").toBeGreaterThanOrEqual(5);
  expect(await page.evaluate(() => window.bund!.scene!.activeCamera!.getClassName())).toBe("WebXRCamera");
}

async function arrivedAt(page: Page, spawn: { position: { x: number; z: number }; yawDeg: number }): Promise<void> {
  const p = await player(page);
  expect(p.mode).toBe("xr");
  expect(horizontal(p.position, spawn.position)).toBeLessThan(0.5);
  expect(Math.abs(yawDiff(p.yaw, spawn.yawDeg))).toBeLessThan(5);
}

async function panelOpens(page: Page, id: string, text?: string): Promise<void> {
  await page.waitForFunction(
    ([i, t]) => {
      const s = (window.bund as unknown as { xr(): { panel: string | null; panelText: string | null } | null }).xr();
      return s?.panel === i && (!t || (s.panelText ?? "").includes(t));
    },
    [id, text ?? ""] as const,
    { timeout: 60_000 },
  );
}

// Software WebGL draws both eyes at a few XR frames a second on two shared cores: allow each test minutes.
describe("from the Bund to a hall and back, in VR", { timeout: 420_000 }, () => {
  it("through the Bund's doorway into the ceramics hall: the same session, frames, the arrival point", async () => {
    await ensureXR(vr.page);
    await markSession(vr.page);
    await watchFrameCancels(vr.page);
    const door = bund.doorways[0];
    expect(door.to.scene).toBe("ceramics");
    await walkThrough(vr.page, door, "ceramics");
    expect(await sameSession(vr.page), "the immersive session goes on").toBe(true);
    expect(await strayFrameCancels(vr.page), "window frames cancelled that the page was not waiting on").toEqual([]);
    await framesRender(vr.page);
    await arrivedAt(
      vr.page,
      ceramics.spawnPoints.find((s) => s.id === door.to.spawn)!,
    );
  });

  it("in the hall, pointing at a pot and pulling the trigger opens its record", async () => {
    const item = ceramics.displays[0].items[5];
    await vr.page.evaluate((i) => window.bund!.goToItem("ceramics", i), item);
    expect((await player(vr.page)).mode).toBe("xr");
    const at = (await vr.page.evaluate((i) => window.bund!.exhibitPlace(i), item))!;
    expect(at).not.toBeNull();
    await aimController(vr.page, "right", at);
    expect((await xrState(vr.page))!.rays, "the ray shows over an exhibit").toBeGreaterThan(0);
    await clickTrigger(vr.page, "right");
    await panelOpens(vr.page, item, records.find((r) => r.id === item)!.description.en);
  });

  it("in the hall, the thumbstick snaps the heading by the snap-turn angle", async () => {
    await standAt(vr.page, 0, -10, 0);
    const snap = (await xrState(vr.page))!.snapTurnDeg;
    const start = await player(vr.page);
    await pushThumbstick(vr.page, "right", 1, 0);
    await vr.page.waitForFunction((y0) => Math.abs(window.bund!.player().yaw - y0) > 1, start.yaw, { timeout: 60_000 });
    await releaseThumbstick(vr.page, "right");
    await waitXRFrames(vr.page, 10);
    expect(yawDiff((await player(vr.page)).yaw, start.yaw)).toBeCloseTo(snap, 0);
  });

  it("in the hall, thumbstick forward at the floor 4 m ahead and let go: the visitor stands there", async () => {
    const world = buildWalkableWorld(ceramics);
    const from = [-6, -3, 0, 3, 6]
      .map((x) => ({ x, z: -12 }))
      .find((p) => isWalkable(world, p.x, p.z, 0.3) && isWalkable(world, p.x, p.z + 4, 0.3));
    expect(from, "open floor in the hall's entrance").toBeDefined();
    await standAt(vr.page, from!.x, from!.z, 0);
    const target = { x: from!.x, y: 0, z: from!.z + 4 };
    const before = (await xrState(vr.page))!.teleports;
    await aimController(vr.page, "right", target);
    await pushThumbstick(vr.page, "right", 0, -1);
    await waitXRFrames(vr.page, 5); // the landing marker follows the ray for a few frames
    await releaseThumbstick(vr.page, "right");
    await vr.page.waitForFunction((z) => window.bund!.player().position.z > z, target.z - 1, { timeout: 60_000 });
    await waitXRFrames(vr.page, 5);
    expect(horizontal((await player(vr.page)).position, target)).toBeLessThan(1);
    expect((await xrState(vr.page))!.teleports).toBeGreaterThan(before);
  });

  it("back through the hall's doorway to the Bund: the same session, frames, the arrival point, a landmark's panel", async () => {
    const door = ceramics.doorways.find((d) => d.to.scene === "bund")!;
    await walkThrough(vr.page, door, "bund");
    expect(await sameSession(vr.page), "the immersive session goes on").toBe(true);
    expect(await strayFrameCancels(vr.page), "window frames cancelled that the page was not waiting on").toEqual([]);
    await framesRender(vr.page);
    await arrivedAt(
      vr.page,
      bund.spawnPoints.find((s) => s.id === door.to.spawn)!,
    );
    const view = bund.viewpoints.find((v) => v.id === "customs-house-view")!;
    const customs = bund.landmarks.find((l) => l.id === "customs-house")!;
    await standAt(vr.page, view.position.x, view.position.z, view.yawDeg);
    await aimController(vr.page, "right", { x: customs.position.x + 12, y: 12, z: customs.position.z });
    await clickTrigger(vr.page, "right");
    await panelOpens(vr.page, "customs-house");
  });

  it("leaving VR after the trip returns to desktop mode at the same spot", async () => {
    const before = await player(vr.page);
    await leaveXR(vr.page);
    const after = await player(vr.page);
    expect(after.mode).toBe("desktop");
    expect(horizontal(after.position, before.position)).toBeLessThan(0.5);
  });

  it("no request left the origin, and nothing was logged as an error", () => {
    expect(vr.foreignRequests).toEqual([]);
    expect(vr.consoleErrors).toEqual([]);
  });
});

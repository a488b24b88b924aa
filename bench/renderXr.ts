// The VR pass of bench:render: an iwer-emulated Quest 3 in the same headless Chromium stands at each Bund viewpoint
// and reports draw calls and triangles per eye and for the whole XR frame, beside the desktop figures of the same
// page; then what rays, the teleport arc, the vignette and hands add; then the same with multiview (see xrLayersShim).
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser";
import { aimController, pushThumbstick, releaseThumbstick, useHands } from "../tests/e2e/xrControllers";
import { installEmulatedQuest, meshDrawsNextFrame, waitXRFrames } from "../tests/e2e/xrDevice";
import { printTable } from "./report";
import { installLayersShim } from "./xrLayersShim";
import { DEG } from "../common/measures";

/** One render pass of the XR frame: an eye, or both eyes at once with multiview. */
interface Pass {
  camera: string;
  drawCalls: number;
  triangles: number;
}
export interface XrFrame {
  passes: Pass[];
  /** Everything the engine drew in the frame (passes plus anything outside them). */
  drawCalls: number;
  multiview: boolean;
}
export interface XrViewpoint {
  viewpoint: string;
  desktop: { drawCalls: number; triangles: number };
  xr: XrFrame;
}
/** What the page offered for multiview and whether the session took it. */
export interface MultiviewPath {
  /** The WebGL context has OVR_multiview2. */
  ovrMultiview2: boolean;
  /** The WebXR runtime can make projection layers (XRWebGLBinding.createProjectionLayer). */
  layersApi: boolean;
  /** The session granted the "layers" feature. */
  layersGranted: boolean;
}
export interface XrPassResult {
  multiviewRequested: boolean;
  path: MultiviewPath;
  viewpoints: XrViewpoint[];
  /** Draw calls per pass that each optional thing adds, measured at the Customs House viewpoint. */
  extras: Record<string, number>;
}

/** Counts one rendered XR frame, pass by pass (runs in the page). */
function countFrame(page: Page): Promise<XrFrame> {
  return page.evaluate(
    () =>
      new Promise<XrFrame>((resolve) => {
        const scene = window.bund!.scene!;
        const engine = scene.getEngine() as unknown as { _drawCalls: { current: number } };
        const passes: Pass[] = [];
        let start = 0;
        const before = scene.onBeforeCameraRenderObservable.add(() => (start = engine._drawCalls.current));
        const after = scene.onAfterCameraRenderObservable.add((camera) => {
          const active = scene.getActiveMeshes();
          let triangles = 0;
          for (let i = 0; i < active.length; i++) {
            const m = active.data[i] as unknown as {
              getTotalIndices(): number;
              hasThinInstances: boolean;
              thinInstanceCount: number;
            };
            triangles += (m.getTotalIndices() / 3) * (m.hasThinInstances ? m.thinInstanceCount : 1);
          }
          passes.push({
            camera: camera.name,
            drawCalls: engine._drawCalls.current - start,
            triangles: Math.round(triangles),
          });
        });
        scene.onAfterRenderObservable.addOnce(() => {
          scene.onBeforeCameraRenderObservable.remove(before);
          scene.onAfterCameraRenderObservable.remove(after);
          const xr = (window.bund as unknown as { xr(): { multiview: boolean } | null }).xr();
          resolve({ passes, drawCalls: engine._drawCalls.current, multiview: xr?.multiview ?? false });
        });
      }),
  );
}

const perPass = (f: XrFrame) => Math.max(...f.passes.map((p) => p.drawCalls));

/** Hands down, rays on the floor a step ahead: the headset at rest. */
async function rest(page: Page): Promise<void> {
  const p = (await page.evaluate(() => window.bund!.player())) as { position: { x: number; z: number }; yaw: number };
  const y = p.yaw * DEG;
  const ahead = { x: p.position.x + Math.sin(y) * 1.5, y: 0, z: p.position.z + Math.cos(y) * 1.5 };
  for (const hand of ["left", "right"] as const) await aimController(page, hand, ahead);
  await waitXRFrames(page, 3);
}

async function extras(page: Page, landmarkPoint: { x: number; y: number; z: number }): Promise<Record<string, number>> {
  await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
  await rest(page);
  const base = perPass(await countFrame(page));
  const out: Record<string, number> = {};
  await aimController(page, "right", landmarkPoint);
  await waitXRFrames(page, 2);
  out["ray on a landmark"] = perPass(await countFrame(page)) - base;
  await rest(page);
  await pushThumbstick(page, "right", 0, -1);
  await waitXRFrames(page, 3);
  out["teleport arc aiming"] = perPass(await countFrame(page)) - base;
  await releaseThumbstick(page, "right");
  await page.evaluate(() => window.bund!.goto("bund", "customs-house-view")); // undo the teleport
  await rest(page);
  // The vignette, counted on its own mesh (walking changes the view, so a before/after total would not isolate it).
  await pushThumbstick(page, "left", 0, -1);
  await waitXRFrames(page, 3);
  const vignette = await meshDrawsNextFrame(page, "xr-vignette");
  out["comfort vignette"] = vignette.renders ? vignette.draws / vignette.renders : 0;
  await releaseThumbstick(page, "left");
  await page.evaluate(() => window.bund!.goto("bund", "customs-house-view"));
  await useHands(page, true);
  await waitXRFrames(page, 3);
  out["tracked hands (joints + their rays)"] = perPass(await countFrame(page)) - base;
  await useHands(page, false);
  return out;
}

/** One emulated headset visiting every viewpoint; `multiview` installs the layers stand-in first. */
export async function measureXr(
  baseURL: string,
  multiview: boolean,
  landmarkPoint: { x: number; y: number; z: number },
): Promise<XrPassResult> {
  const browser: Browser = await launchChromium();
  try {
    // iwer sizes the XR framebuffer to the window: counts do not depend on it, software rasterising does.
    const page = await (await browser.newContext({ viewport: { width: 960, height: 540 } })).newPage();
    await page.addInitScript({ content: "window.__name = (f) => f;" }); // tsx keeps function names with a helper
    await installEmulatedQuest(page);
    if (multiview) await page.addInitScript(installLayersShim);
    // Stick walking on, so the vignette can be counted.
    await page.addInitScript(() =>
      localStorage.setItem("bund.settings", JSON.stringify({ name: "Bench", lang: "en", xr: { smoothMove: true } })),
    );
    await page.goto(baseURL);
    await page.waitForFunction(() => window.bund !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => window.bund!.ready);
    await page.evaluate(() => window.bund!.enter({ name: "Bench headset" }));
    await page.evaluate(() => window.bund!.loaded());
    const ids = await page.evaluate(() => window.bund!.viewpoints());
    const desktop = new Map<string, { drawCalls: number; triangles: number }>();
    for (const id of ids) {
      await page.evaluate((id) => window.bund!.goto("bund", id), id);
      const s = await page.evaluate(() => window.bund!.stats());
      desktop.set(id, { drawCalls: s.drawCalls, triangles: Math.round(s.triangles) });
    }
    await page.evaluate(() => window.bund!.enterXR());
    const path = await page.evaluate((): MultiviewPath => {
      const binding = (window as unknown as { XRWebGLBinding?: { prototype: object } }).XRWebGLBinding;
      const session = (window as unknown as { __xrDevice?: { activeSession?: { enabledFeatures?: string[] } } })
        .__xrDevice?.activeSession;
      return {
        ovrMultiview2: !!window.bund!.engine.getCaps().multiview,
        layersApi: !!binding && "createProjectionLayer" in binding.prototype,
        layersGranted: session?.enabledFeatures?.includes("layers") ?? false,
      };
    });
    const viewpoints: XrViewpoint[] = [];
    for (const id of ids) {
      await page.evaluate((id) => window.bund!.goto("bund", id), id);
      await rest(page);
      viewpoints.push({ viewpoint: id, desktop: desktop.get(id)!, xr: await countFrame(page) });
    }
    return { multiviewRequested: multiview, path, viewpoints, extras: await extras(page, landmarkPoint) };
  } finally {
    await browser.close();
  }
}

/** The VR table: per eye and per XR frame beside the desktop figures, and the frame against the desktop budget. */
export function printXr(
  stereo: XrPassResult,
  multiview: XrPassResult,
  budget: { drawCalls: number; triangles: number },
): void {
  const rows = stereo.viewpoints.map((v, i) => {
    const m = multiview.viewpoints[i].xr;
    const [left, right] = v.xr.passes;
    return {
      viewpoint: v.viewpoint,
      "desktop draws": v.desktop.drawCalls,
      "desktop tris": v.desktop.triangles,
      "XR draws L/R": `${left?.drawCalls}/${right?.drawCalls}`,
      "XR frame draws": v.xr.drawCalls,
      "XR tris per eye": left?.triangles ?? 0,
      "XR tris both eyes": v.xr.passes.reduce((s, p) => s + p.triangles, 0),
      "multiview frame draws": m.multiview ? `${m.drawCalls} (${m.passes.length} pass)` : "n/a",
      "within budget":
        v.xr.drawCalls <= budget.drawCalls &&
        v.xr.passes.reduce((s, p) => s + p.triangles, 0) <= budget.triangles &&
        (!m.multiview || m.drawCalls <= budget.drawCalls)
          ? "yes"
          : "NO",
    };
  });
  console.log(
    "\nVR (iwer Meta Quest 3, same Chromium; headset at rest, rays on the floor; budget = the desktop one for the whole XR frame)\n",
  );
  printTable(rows);
  console.log(
    `\nadded draw calls per eye (stereo) at the Customs House: ${Object.entries(stereo.extras)
      .map(([k, n]) => `${k} +${n}`)
      .join(", ")}`,
  );
  const offered = (p: MultiviewPath) =>
    `OVR_multiview2 ${p.ovrMultiview2 ? "offered" : "not offered"}, WebXR layers ${p.layersApi ? "offered" : "not offered"}${p.layersApi ? (p.layersGranted ? " and granted" : " but not granted") : ""}`;
  const stereoMv = stereo.viewpoints.some((v) => v.xr.multiview);
  console.log(
    `first pass, Chromium's WebXR as iwer emulates it (${offered(stereo.path)}): ${stereoMv ? "multiview" : "each eye in its own pass (no multiview)"}`,
  );
  const mv = multiview.viewpoints.every((v) => v.xr.multiview);
  console.log(
    mv
      ? `second pass, with the bench's WebXR-layers stand-in (${offered(multiview.path)}): multiview, both eyes in one pass; added per frame: ${Object.entries(
          multiview.extras,
        )
          .map(([k, n]) => `${k} +${n}`)
          .join(", ")}`
      : `second pass, with the bench's WebXR-layers stand-in (${offered(multiview.path)}): multiview did NOT render (see bench/xrLayersShim.ts)`,
  );
}

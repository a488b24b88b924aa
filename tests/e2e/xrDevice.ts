// Drives an emulated Meta Quest 3 (iwer 2.5) in a museum page: install it before the page loads, wait for XR frames,
// move the head, and map world points into tracking space (controllers and hands: xrControllers.ts).
//
// Coordinates. Every helper takes and returns the museum's frame: Babylon's left-handed world, metres, y up,
// x east, z north; a heading (yaw) in degrees with 0 = +z (north) and 90 = +x (east); pitch positive looks up.
// WebXR (and so iwer) is right-handed with the viewer looking down -z: a museum point (x, y, z) is the WebXR point
// (x, y, -z), and the helpers do that flip. iwer's poses live in tracking space (the session's local-floor space
// is iwer's global space); the museum's XR rig maps tracking space into the world (a translation and a turn about
// y, changed by teleports and snap turns). `setHeadPose` works in tracking space; `pointController` and
// `aimController` take world points and convert them through the head, whose pose is known in both frames.
//
// iwer applies changes on the next XR frame: head and controller poses are read at the start of each frame, a
// button's new value is queued and lands at the next frame start (firing selectstart/selectend there); thumbstick
// axes change at once but the app reads them once per frame. So every setter here waits a couple of XR frames.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { XRDevice } from "iwer";
import { openMuseum, XR_WINDOW, type WatchedPage } from "./browser";

const IWER_SCRIPT = path.resolve(import.meta.dirname, "../../node_modules/iwer/build/iwer.min.js");

export type Hand = "left" | "right";
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}
export interface Quat {
  x: number;
  y: number;
  z: number;
  w: number;
}

/** The page's window as these helpers see it (iwer's UMD build puts its exports on `window.IWER`). */
export type DeviceWindow = Window & { __xrDevice?: XRDevice; IWER?: typeof import("iwer") };

const DEG = Math.PI / 180;
/** Where the emulated headset stands in tracking space when the page loads (WebXR coordinates). */
export const START_HEAD = { x: 0, y: 1.6, z: 0 };

/**
 * Installs iwer's Quest 3 over Chromium's own navigator.xr for every document this page loads, and exposes the
 * device as `window.__xrDevice`. Call before `page.goto`.
 */
export async function installEmulatedQuest(page: Page): Promise<void> {
  await page.addInitScript({ path: IWER_SCRIPT });
  await page.addInitScript((head) => {
    const w = window as unknown as DeviceWindow;
    if (!w.IWER || w.__xrDevice) return;
    // iwer 2.5 bug: XRReferenceSpace.getOffsetReferenceSpace(originOffset) hands the XRRigidTransform object itself
    // to XRSpace as its offset *matrix*; gl-matrix's mat4.clone reads [0]..[15] from it, so the offset space's
    // matrix is all NaN and every pose asked in it comes back un-offset. Babylon moves its XR rig (teleport, snap
    // turn, placing the head) precisely through offset spaces, so without this nothing could ever move in VR.
    // Per the WebXR spec, pose-in-offset = inverse(originOffset.matrix) * pose-in-base, which is what iwer computes
    // once it is given the transform's matrix.
    const refSpace = w.IWER.XRReferenceSpace.prototype as unknown as { getOffsetReferenceSpace(o: unknown): unknown };
    const getOffset = refSpace.getOffsetReferenceSpace;
    refSpace.getOffsetReferenceSpace = function (this: unknown, originOffset: unknown) {
      const o = originOffset as { matrix?: Float32Array; 0?: number } | null;
      return getOffset.call(this, o && typeof o[0] !== "number" && o.matrix ? o.matrix : originOffset);
    };
    const device = new w.IWER.XRDevice(w.IWER.metaQuest3);
    device.installRuntime({ forceInstall: true });
    device.position.set(head.x, head.y, head.z);
    w.__xrDevice = device;
  }, START_HEAD);
}

/**
 * openMuseum from browser.ts with the emulated headset installed before the page loads: same context, same record
 * of foreign requests and console errors.
 */
export function openXRMuseum(
  browser: Browser,
  baseURL: string,
  urlPath = "/",
  viewport = XR_WINDOW,
): Promise<WatchedPage> {
  return openMuseum(browser, baseURL, urlPath, viewport, installEmulatedQuest);
}

/** Resolves after `n` frames of the active immersive session (XR frames, not milliseconds). */
export async function waitXRFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const session = (window as unknown as DeviceWindow).__xrDevice?.activeSession;
        if (!session) {
          reject(new Error("waitXRFrames: no active XR session"));
          return;
        }
        session.addEventListener("end", () => reject(new Error("waitXRFrames: the XR session ended")), { once: true });
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : void session.requestAnimationFrame(tick));
        session.requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Waits `n` XR frames when a session is running (so a change is seen by the app), else returns at once. */
export async function settle(page: Page, n = 2): Promise<void> {
  const active = await page.evaluate(() => (window as unknown as DeviceWindow).__xrDevice?.activeSession !== undefined);
  if (active) await waitXRFrames(page, n);
}

/**
 * The draw calls one mesh makes in the next rendered frame, and how many times it is drawn in it (once an eye, or
 * once for both with multiview).
 */
export function meshDrawsNextFrame(page: Page, meshName: string): Promise<{ draws: number; renders: number }> {
  return page.evaluate(
    (meshName) =>
      new Promise<{ draws: number; renders: number }>((resolve, reject) => {
        const scene = window.bund!.scene!;
        const engine = scene.getEngine() as unknown as { _drawCalls: { current: number } };
        const mesh = scene.getMeshByName(meshName) as import("@babylonjs/core/Meshes/mesh").Mesh | null;
        if (!mesh) return reject(new Error(`meshDrawsNextFrame: no mesh ${meshName}`));
        let draws = 0;
        let renders = 0;
        let before = 0;
        const a = mesh.onBeforeRenderObservable.add(() => (before = engine._drawCalls.current));
        const b = mesh.onAfterRenderObservable.add(() => {
          draws += engine._drawCalls.current - before;
          renders++;
        });
        scene.onAfterRenderObservable.addOnce(() => {
          mesh.onBeforeRenderObservable.remove(a);
          mesh.onAfterRenderObservable.remove(b);
          resolve({ draws, renders });
        });
      }),
    meshName,
  );
}

// ---- quaternion math (WebXR frame), run in Node ----

function mul(a: Quat, b: Quat): Quat {
  return {
    x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
    y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
    z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
    w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
  };
}

/** v rotated by the unit quaternion q (q v q*). */
function rotate(q: Quat, v: Vec3): Vec3 {
  const p = mul(mul(q, { x: v.x, y: v.y, z: v.z, w: 0 }), { x: -q.x, y: -q.y, z: -q.z, w: q.w });
  return { x: p.x, y: p.y, z: p.z };
}

/** The WebXR orientation for a museum heading and pitch: yaw about +y, then pitch about +x, no roll. */
export function headingQuat(yawDeg: number, pitchDeg = 0): Quat {
  // A WebXR turn of θ about +y sends -z to (-sin θ, 0, -cos θ), which is the museum heading -θ.
  const t = (-yawDeg * DEG) / 2;
  const p = (pitchDeg * DEG) / 2;
  return mul({ x: 0, y: Math.sin(t), z: 0, w: Math.cos(t) }, { x: Math.sin(p), y: 0, z: 0, w: Math.cos(p) });
}

/** The WebXR orientation whose -z (a target ray's direction) points along a museum-frame direction. */
export function lookQuat(dir: Vec3): Quat {
  const len = Math.hypot(dir.x, dir.y, dir.z);
  if (len === 0) throw new Error("lookQuat: zero direction");
  const pitchDeg = Math.asin(dir.y / len) / DEG;
  const yawDeg = Math.atan2(dir.x, dir.z) / DEG;
  return headingQuat(yawDeg, pitchDeg);
}

/** The museum heading (degrees) of a left-handed (Babylon) orientation's +z axis. */
function yawOfBabylon(q: Quat): number {
  const f = rotate(q, { x: 0, y: 0, z: 1 });
  return Math.atan2(f.x, f.z) / DEG;
}

/** The museum heading (degrees) of a WebXR orientation's -z axis. */
function yawOfWebXR(q: Quat): number {
  const f = rotate(q, { x: 0, y: 0, z: -1 });
  return Math.atan2(f.x, -f.z) / DEG;
}

/** Signed difference a - b of two headings, in (-180, 180]. */
export function yawDiff(a: number, b: number): number {
  const d = ((((a - b) % 360) + 540) % 360) - 180;
  return d === -180 ? 180 : d;
}

// ---- head ----

/**
 * Puts the headset at a tracking-space position (museum frame: z is WebXR's -z) with a heading and pitch.
 * With the rig untouched tracking space is the world; after a teleport or snap turn the rig maps it elsewhere.
 */
export async function setHeadPose(page: Page, position: Vec3, yawDeg: number, pitchDeg = 0): Promise<void> {
  const q = headingQuat(yawDeg, pitchDeg);
  await page.evaluate(
    ([p, q]) => {
      const d = (window as unknown as DeviceWindow).__xrDevice!;
      d.position.set(p.x, p.y, -p.z);
      d.quaternion.set(q.x, q.y, q.z, q.w);
    },
    [position, q] as const,
  );
  await settle(page);
}

/** How the rig maps tracking space into the world right now, read from the head (known in both frames). */
export interface RigView {
  /** The head in tracking space, museum frame. */
  headTracking: Vec3;
  headTrackingYaw: number;
  /** The head in the world: the XR camera's pose when there is one, else bund.player() (floor at y = 0). */
  headWorld: Vec3;
  headWorldYaw: number;
}

export async function readRig(page: Page): Promise<RigView> {
  const raw = await page.evaluate(() => {
    const d = (window as unknown as DeviceWindow).__xrDevice!;
    const cam = window.bund?.scene?.activeCamera;
    let camera: { p: { x: number; y: number; z: number }; q: { x: number; y: number; z: number; w: number } } | null =
      null;
    if (cam && cam.getClassName() === "WebXRCamera") {
      cam.computeWorldMatrix();
      const p = cam.globalPosition;
      const q = cam.absoluteRotation;
      camera = { p: { x: p.x, y: p.y, z: p.z }, q: { x: q.x, y: q.y, z: q.z, w: q.w } };
    }
    return {
      p: { x: d.position.x, y: d.position.y, z: d.position.z },
      q: { x: d.quaternion.x, y: d.quaternion.y, z: d.quaternion.z, w: d.quaternion.w },
      camera,
      player: window.bund!.player(),
    };
  });
  const headTracking = { x: raw.p.x, y: raw.p.y, z: -raw.p.z };
  const headTrackingYaw = yawOfWebXR(raw.q);
  if (raw.camera)
    return { headTracking, headTrackingYaw, headWorld: raw.camera.p, headWorldYaw: yawOfBabylon(raw.camera.q) };
  return {
    headTracking,
    headTrackingYaw,
    headWorld: { x: raw.player.position.x, y: headTracking.y, z: raw.player.position.z },
    headWorldYaw: raw.player.yaw,
  };
}

/** A world point in tracking space (museum frame), through the rig as it stands. */
export function worldToTracking(rig: RigView, w: Vec3): Vec3 {
  const a = (rig.headTrackingYaw - rig.headWorldYaw) * DEG; // undo the rig's turn
  const dx = w.x - rig.headWorld.x;
  const dz = w.z - rig.headWorld.z;
  // A left-handed turn by a about +y: (x, z) -> (x cos a + z sin a, -x sin a + z cos a).
  return {
    x: rig.headTracking.x + dx * Math.cos(a) + dz * Math.sin(a),
    y: rig.headTracking.y + (w.y - rig.headWorld.y),
    z: rig.headTracking.z - dx * Math.sin(a) + dz * Math.cos(a),
  };
}

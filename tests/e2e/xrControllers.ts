// The emulated Quest's hands in a museum page: controllers (pose, thumbstick, trigger, buttons) and tracked hands
// (pose, pinch), driven through page.evaluate. Frames and coordinates as in xrDevice.ts: world points in, each
// setter waits a couple of XR frames so the app has seen the change.
import type { Page } from "playwright-core";
import {
  lookQuat,
  readRig,
  settle,
  waitXRFrames,
  worldToTracking,
  type DeviceWindow,
  type Hand,
  type Quat,
  type Vec3,
} from "./xrDevice";

const DEG = Math.PI / 180;

/** Sets a controller's target-ray pose in tracking space (museum frame). */
export async function setControllerPose(page: Page, hand: Hand, position: Vec3, q: Quat): Promise<void> {
  await page.evaluate(
    ([hand, p, q]) => {
      const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand];
      if (!c) throw new Error(`no ${hand} controller`);
      c.position.set(p.x, p.y, -p.z);
      c.quaternion.set(q.x, q.y, q.z, q.w);
    },
    [hand, position, q] as const,
  );
  await settle(page);
}

/** Holds a controller at a world point with its ray pointing at another world point. */
export async function pointController(page: Page, hand: Hand, from: Vec3, toward: Vec3): Promise<void> {
  const rig = await readRig(page);
  const a = worldToTracking(rig, from);
  const b = worldToTracking(rig, toward);
  await setControllerPose(page, hand, a, lookQuat({ x: b.x - a.x, y: b.y - a.y, z: b.z - a.z }));
}

/** Where a hand rests in the world: 20 cm to its side of the head, 35 cm below, 30 cm ahead. */
export async function handRest(page: Page, hand: Hand): Promise<Vec3> {
  const rig = await readRig(page);
  const y = rig.headWorldYaw * DEG;
  const side = hand === "right" ? 0.2 : -0.2;
  return {
    x: rig.headWorld.x + side * Math.cos(y) + 0.3 * Math.sin(y),
    y: rig.headWorld.y - 0.35,
    z: rig.headWorld.z - side * Math.sin(y) + 0.3 * Math.cos(y),
  };
}

/** Holds a controller where a hand rests and points its ray at a world point. */
export async function aimController(page: Page, hand: Hand, target: Vec3): Promise<void> {
  await pointController(page, hand, await handRest(page, hand), target);
}

/**
 * Pushes a controller's thumbstick: raw xr-standard gamepad axes, x right = +1, and forward/up = **-1** on y
 * (so `pushThumbstick(page, "right", 0, -1)` is "stick forward").
 */
export async function pushThumbstick(page: Page, hand: Hand, x: number, y: number): Promise<void> {
  await page.evaluate(
    ([hand, x, y]) => {
      const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
      c.updateButtonTouch("thumbstick", true);
      c.updateAxes("thumbstick", x, y);
    },
    [hand, x, y] as const,
  );
  await settle(page);
}

/** Lets the thumbstick spring back to exactly (0, 0). */
export async function releaseThumbstick(page: Page, hand: Hand): Promise<void> {
  await page.evaluate((hand) => {
    const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
    c.updateAxes("thumbstick", 0, 0);
    c.updateButtonTouch("thumbstick", false);
  }, hand);
  await settle(page);
}

/** Squeezes the trigger fully (lands on the next XR frame: the session fires selectstart then). */
export async function pressTrigger(page: Page, hand: Hand): Promise<void> {
  await page.evaluate((hand) => {
    const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
    c.updateButtonTouch("trigger", true);
    c.updateButtonValue("trigger", 1);
  }, hand);
  await settle(page);
}

/** Lets the trigger go (the session fires selectend on the next XR frame). */
export async function releaseTrigger(page: Page, hand: Hand): Promise<void> {
  await page.evaluate((hand) => {
    const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
    c.updateButtonValue("trigger", 0);
    c.updateButtonTouch("trigger", false);
  }, hand);
  await settle(page);
}

/** A full trigger click: press, hold for a few XR frames, let go. */
export async function clickTrigger(page: Page, hand: Hand, holdFrames = 3): Promise<void> {
  await pressTrigger(page, hand);
  await waitXRFrames(page, holdFrames);
  await releaseTrigger(page, hand);
}

/** Holds a controller button down (or lets it go) by its iwer id, and lets three frames pass. */
export async function holdButton(page: Page, hand: Hand, id: string, held: boolean): Promise<void> {
  await page.evaluate(
    ([hand, id, value]) => {
      const c = (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!;
      c.updateButtonTouch(id, value > 0);
      c.updateButtonValue(id, value);
    },
    [hand, id, held ? 1 : 0] as const,
  );
  await settle(page, 3);
}

/** Presses and releases a controller button by its iwer id ("x-button", "y-button", "a-button", "b-button"). */
export async function clickButton(page: Page, hand: Hand, id: string): Promise<void> {
  await holdButton(page, hand, id, true);
  await holdButton(page, hand, id, false);
}

/** Rests a finger on the trigger without pulling it (Quest triggers sense touch): the ray shows. */
export async function touchTrigger(page: Page, hand: Hand, touched: boolean): Promise<void> {
  await page.evaluate(
    ([hand, touched]) =>
      (window as unknown as DeviceWindow).__xrDevice!.controllers[hand]!.updateButtonTouch("trigger", touched),
    [hand, touched] as const,
  );
  await settle(page);
}

// ---- tracked hands ----

/** Puts the controllers down and tracks hands instead (or back): the session's input sources change. */
export async function useHands(page: Page, on: boolean): Promise<void> {
  await page.evaluate((on) => {
    (window as unknown as DeviceWindow).__xrDevice!.primaryInputMode = on ? "hand" : "controller";
  }, on);
  await settle(page, 4);
}

/** Holds a tracked hand where a hand rests, its pointing ray (target-ray space) aimed at a world point. */
export async function aimHand(page: Page, hand: Hand, target: Vec3): Promise<void> {
  const rig = await readRig(page);
  const a = worldToTracking(rig, await handRest(page, hand));
  const b = worldToTracking(rig, target);
  const q: Quat = lookQuat({ x: b.x - a.x, y: b.y - a.y, z: b.z - a.z });
  await page.evaluate(
    ([hand, p, q]) => {
      const h = (window as unknown as DeviceWindow).__xrDevice!.hands[hand];
      if (!h) throw new Error(`no ${hand} hand`);
      h.position.set(p.x, p.y, -p.z);
      h.quaternion.set(q.x, q.y, q.z, q.w);
    },
    [hand, a, q] as const,
  );
  await settle(page);
}

/** Thumb to index and apart again: a hand's select (its pinch value lands at the next XR frame). */
export async function pinch(page: Page, hand: Hand, holdFrames = 3): Promise<void> {
  const set = (v: number) =>
    page.evaluate(([hand, v]) => (window as unknown as DeviceWindow).__xrDevice!.hands[hand]!.updatePinchValue(v), [
      hand,
      v,
    ] as const);
  await set(1);
  await waitXRFrames(page, holdFrames + 2);
  await set(0);
  await settle(page, 3);
}

// Pure comfort math for VR: thumbstick dead zones, smooth walking and turning steps, and the vignette's strength.
import { moveWithin, type WalkableWorld } from "../../common/walkable";
import { DEG } from "../../common/measures";

/** Below this deflection a resting thumbstick's drift is ignored. */
export const STICK_DEADZONE = 0.15;
/** Smooth walking speed (m/s): the desktop stroll, which keeps optical flow moderate. */
export const SMOOTH_WALK_SPEED = 2.2;
/** The vignette is fully closed at this speed / turn rate and above. */
const FULL_VIGNETTE_SPEED = 1.5;
const FULL_VIGNETTE_TURN = 60 * DEG;
/** The vignette closes fast (before vection builds up) and opens more gently. */
const CLOSE_PER_SEC = 8;
const OPEN_PER_SEC = 3;
/** Half-angle of the clear window: wider than the view at rest, narrowing to this at full strength. */
export const APERTURE_OPEN_DEG = 60;
export const APERTURE_CLOSED_DEG = 32;

/** A stick axis with the dead zone cut out and the rest rescaled to 0…1, so motion starts smoothly. */
export function deadzone(v: number, zone = STICK_DEADZONE): number {
  const a = Math.abs(v);
  if (!Number.isFinite(v) || a <= zone) return 0;
  return (Math.sign(v) * (Math.min(a, 1) - zone)) / (1 - zone);
}

/**
 * One frame of stick walking: forward is the stick pushed away (-y, the xr-standard convention), relative to the
 * head's heading (yaw, radians, 0 = +z); collisions slide exactly as on desktop.
 */
export function stickWalk(
  world: WalkableWorld,
  from: { x: number; z: number },
  stick: { x: number; y: number },
  yaw: number,
  dt: number,
  radius: number,
  speed = SMOOTH_WALK_SPEED,
): { x: number; z: number } {
  const fwd = -deadzone(stick.y);
  const side = deadzone(stick.x);
  const len = Math.hypot(fwd, side);
  if (len === 0 || !(dt > 0)) return { x: from.x, z: from.z };
  const f = fwd / Math.max(len, 1);
  const s = side / Math.max(len, 1);
  const dx = (Math.sin(yaw) * f + Math.cos(yaw) * s) * speed * dt;
  const dz = (Math.cos(yaw) * f - Math.sin(yaw) * s) * speed * dt;
  return moveWithin(world, from, { x: from.x + dx, z: from.z + dz }, radius);
}

/** Radians to turn this frame in smooth mode: positive turns right (clockwise seen from above). */
export function smoothTurnStep(stickX: number, degPerSec: number, dt: number): number {
  return dt > 0 ? deadzone(stickX) * degPerSec * DEG * dt : 0;
}

/** How strongly to vignette for a stick-driven speed (m/s) and turn rate (rad/s): 0 at rest … 1. */
export function vignetteTarget(speed: number, turnRate: number): number {
  const s = Math.max(Math.abs(speed) / FULL_VIGNETTE_SPEED, Math.abs(turnRate) / FULL_VIGNETTE_TURN);
  return Number.isFinite(s) ? Math.min(1, s) : 0;
}

/** Eases the vignette towards its target: closing within ~1/8 s, opening within ~1/3 s; snaps to 0 when nearly open. */
export function approachVignette(current: number, target: number, dt: number): number {
  const rate = target > current ? CLOSE_PER_SEC : OPEN_PER_SEC;
  const step = rate * Math.max(0, Math.min(dt, 0.25));
  const next = target > current ? Math.min(target, current + step) : Math.max(target, current - step);
  return next < 0.01 ? 0 : next;
}

/** Half-angle (degrees) of the clear window for a vignette strength 0…1. */
export function vignetteApertureDeg(strength: number): number {
  const s = Math.max(0, Math.min(1, strength));
  return APERTURE_OPEN_DEG + (APERTURE_CLOSED_DEG - APERTURE_OPEN_DEG) * s;
}

// How a bench bot moves: a visitor strolling the Bund's promenade and street, turning, pausing and looking about.
// Pure: a seeded random source and the elapsed time in, a pose out (metres and radians, as common/pose.ts wants).
import { DEFAULT_EYE_HEIGHT } from "../common/measures";
import type { Pose } from "../common/pose";

/** The strip bots walk on: the promenade and the street along the Bund (scene metres). */
export const WALK_AREA = { minX: 0, maxX: 55, minZ: 0, maxZ: 1000 };

export type Random = () => number;

interface Walker {
  x: number;
  z: number;
  /** Where the body walks (radians, 0 = +z). */
  heading: number;
  /** Where it heads for: the body turns towards it at a walking pace. */
  targetHeading: number;
  speed: number;
  /** Seconds left in the current activity. */
  left: number;
  activity: "walk" | "look" | "still";
  /** Head relative to the body, and its slowly drifting aim. */
  headYaw: number;
  headYawAim: number;
  pitch: number;
  pitchAim: number;
  eyeHeight: number;
}

export interface BotWalk {
  /** Advances the walk by dt seconds and returns the pose now. */
  step(dt: number): Pose;
}

const TURN_RATE = 1.2; // rad/s: a body turning round while walking
const HEAD_RATE = 0.6; // rad/s: a head drifting towards what caught the eye
const between = (r: Random, lo: number, hi: number) => lo + r() * (hi - lo);
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));
const approach = (v: number, aim: number, maxStep: number) => v + Math.max(-maxStep, Math.min(maxStep, aim - v));

export function createBotWalk(r: Random, eyeHeight = DEFAULT_EYE_HEIGHT): BotWalk {
  const along = () => (r() < 0.5 ? 0 : Math.PI) + between(r, -0.25, 0.25);
  const w: Walker = {
    x: between(r, WALK_AREA.minX + 2, WALK_AREA.maxX - 2),
    z: between(r, WALK_AREA.minZ + 2, WALK_AREA.maxZ - 2),
    heading: along(),
    targetHeading: 0,
    speed: between(r, 1.4, 2),
    left: between(r, 2, 12),
    activity: "walk",
    headYaw: 0,
    headYawAim: 0,
    pitch: 0,
    pitchAim: 0,
    eyeHeight,
  };
  w.targetHeading = w.heading;

  const nextActivity = () => {
    const roll = r();
    if (roll < 0.65) {
      w.activity = "walk";
      w.speed = between(r, 1.4, 2);
      w.left = between(r, 4, 15);
      // Mostly along the Bund, sometimes across it, now and then back the way it came.
      const turn = r();
      w.targetHeading =
        turn < 0.6 ? w.heading + between(r, -0.4, 0.4) : turn < 0.85 ? along() : wrap(w.heading + Math.PI);
    } else if (roll < 0.85) {
      w.activity = "look"; // stops to look at a facade: head turns, feet stay
      w.left = between(r, 2, 8);
      w.headYawAim = between(r, -1.2, 1.2);
      w.pitchAim = between(r, -0.1, 0.5);
    } else {
      w.activity = "still"; // reading a panel, or away from the keyboard: no pose change at all
      w.left = between(r, 2, 6);
    }
  };

  const keepInside = () => {
    const m = 1.5;
    const out =
      w.x < WALK_AREA.minX + m || w.x > WALK_AREA.maxX - m || w.z < WALK_AREA.minZ + m || w.z > WALK_AREA.maxZ - m;
    w.x = Math.max(WALK_AREA.minX, Math.min(WALK_AREA.maxX, w.x));
    w.z = Math.max(WALK_AREA.minZ, Math.min(WALK_AREA.maxZ, w.z));
    if (out) {
      // Turn towards the middle of the strip.
      const cx = (WALK_AREA.minX + WALK_AREA.maxX) / 2;
      const cz = (WALK_AREA.minZ + WALK_AREA.maxZ) / 2;
      w.targetHeading = Math.atan2(cx - w.x, cz - w.z) + between(r, -0.3, 0.3);
    }
  };

  return {
    step(dt) {
      w.left -= dt;
      if (w.left <= 0) nextActivity();
      if (w.activity === "walk") {
        w.heading = wrap(
          w.heading + Math.max(-TURN_RATE * dt, Math.min(TURN_RATE * dt, wrap(w.targetHeading - w.heading))),
        );
        w.x += Math.sin(w.heading) * w.speed * dt;
        w.z += Math.cos(w.heading) * w.speed * dt;
        keepInside();
        // While walking the head wanders a little round the way ahead.
        if (r() < dt * 0.5) {
          w.headYawAim = between(r, -0.5, 0.5);
          w.pitchAim = between(r, -0.15, 0.2);
        }
      }
      if (w.activity !== "still") {
        w.headYaw = approach(w.headYaw, w.headYawAim, HEAD_RATE * dt);
        w.pitch = approach(w.pitch, w.pitchAim, HEAD_RATE * 0.5 * dt);
      }
      return { x: w.x, y: w.eyeHeight, z: w.z, yaw: wrap(w.heading + w.headYaw), pitch: w.pitch };
    },
  };
}

// The local visitor's body on desktop: position, heading and walking, as plain data and pure steps.
import { moveWithin, obstacleAt, type Obstacle, type WalkableWorld } from "../../common/walkable";
import { DEG } from "../../common/measures";

export interface PlayerState {
  x: number;
  z: number;
  /** Heading in radians: 0 faces north (+z), π/2 east (+x). */
  yaw: number;
  /** Radians, positive looks up. */
  pitch: number;
  /** Where a click on the ground sent the visitor; cleared on arrival or when they steer themselves. */
  walkTarget: { x: number; z: number } | null;
}

export interface MoveIntent {
  /** -1 back … 1 forward. */
  forward: number;
  /** -1 left … 1 right. */
  strafe: number;
  /** Radians per second of keyboard turning (arrow keys), positive turns right. */
  turnRate: number;
  run: boolean;
}

export const WALK_SPEED = 2.2; // m/s: a brisk museum stroll; the Bund is 1.3 km end to end
export const RUN_SPEED = 7;
export const BODY_RADIUS = 0.35;
const ARRIVE_DISTANCE = 0.4;
const MAX_PITCH = 85 * DEG;

export const IDLE: MoveIntent = { forward: 0, strafe: 0, turnRate: 0, run: false };

export function createPlayer(x: number, z: number, yaw: number): PlayerState {
  return { x, z, yaw, pitch: 0, walkTarget: null };
}

export function look(p: PlayerState, dYaw: number, dPitch: number): PlayerState {
  return { ...p, yaw: wrapAngle(p.yaw + dYaw), pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, p.pitch + dPitch)) };
}

export function wrapAngle(a: number): number {
  const t = a % (2 * Math.PI);
  return t > Math.PI ? t - 2 * Math.PI : t < -Math.PI ? t + 2 * Math.PI : t;
}

/** One frame of walking: keys win over a click target; collisions slide along whatever blocks. */
export function stepPlayer(p: PlayerState, intent: MoveIntent, dt: number, world: WalkableWorld): PlayerState {
  const yaw = wrapAngle(p.yaw + intent.turnRate * dt);
  const speed = intent.run ? RUN_SPEED : WALK_SPEED;
  const len = Math.hypot(intent.forward, intent.strafe);
  if (len > 0) {
    const f = intent.forward / Math.max(len, 1);
    const s = intent.strafe / Math.max(len, 1);
    const dx = (Math.sin(yaw) * f + Math.cos(yaw) * s) * speed * dt;
    const dz = (Math.cos(yaw) * f - Math.sin(yaw) * s) * speed * dt;
    const to = moveWithin(world, p, { x: p.x + dx, z: p.z + dz }, BODY_RADIUS);
    return { ...p, ...to, yaw, walkTarget: null };
  }
  if (p.walkTarget) {
    const dx = p.walkTarget.x - p.x;
    const dz = p.walkTarget.z - p.z;
    const dist = Math.hypot(dx, dz);
    if (dist < ARRIVE_DISTANCE) return { ...p, yaw, walkTarget: null };
    const stepLen = Math.min(dist, speed * dt);
    const to = moveWithin(world, p, { x: p.x + (dx / dist) * stepLen, z: p.z + (dz / dist) * stepLen }, BODY_RADIUS);
    const stuck = Math.hypot(to.x - p.x, to.z - p.z) < stepLen * 0.1;
    return { ...p, ...to, yaw, walkTarget: stuck ? null : p.walkTarget };
  }
  return yaw === p.yaw ? p : { ...p, yaw };
}

/** How far ahead of the body a blocked way is looked for (metres). */
const LOOK_AHEAD = 0.3;

/** What the keys are walking the visitor into, if the way in their direction is blocked (null when it is free). */
export function blockedAhead(p: PlayerState, intent: MoveIntent, world: WalkableWorld): Obstacle | null {
  const len = Math.hypot(intent.forward, intent.strafe);
  if (len === 0) return null;
  const f = intent.forward / len;
  const s = intent.strafe / len;
  const reach = BODY_RADIUS + LOOK_AHEAD;
  const x = p.x + (Math.sin(p.yaw) * f + Math.cos(p.yaw) * s) * reach;
  const z = p.z + (Math.cos(p.yaw) * f - Math.sin(p.yaw) * s) * reach;
  return obstacleAt(world, x, z, BODY_RADIUS);
}

export function walkTo(p: PlayerState, target: { x: number; z: number }): PlayerState {
  return { ...p, walkTarget: { ...target } };
}

// Lock roaming: while the guide has locked the group to a stop, a member's accepted position stays within the radius
// of the stop's place. Applied by the server to every pose, so it holds whatever the client does. Pure.
import type { Point } from "./tourPlanCheck";

export interface RoamingLock {
  centre: Point;
  radius: number;
}

/** The point itself inside the circle, else the nearest point on its edge. */
export function clampToLock(p: Point, lock: RoamingLock): Point {
  const dx = p.x - lock.centre.x;
  const dz = p.z - lock.centre.z;
  const d = Math.hypot(dx, dz);
  if (d <= lock.radius || !Number.isFinite(d)) return Number.isFinite(d) ? p : { ...lock.centre };
  const k = lock.radius / d;
  return { x: lock.centre.x + dx * k, z: lock.centre.z + dz * k };
}

/** A lock in a scene: the stop's scene, its place, the radius. */
export type SceneLock = RoamingLock & { sceneId: string };

/** The lock a tour's current stop imposes, if the guide has set a radius. It holds while the guide is away too. */
export function lockOfTour(radius: number, stop: { sceneId: string; place: Point }): SceneLock | undefined {
  return radius > 0 ? { sceneId: stop.sceneId, centre: stop.place, radius } : undefined;
}

export const insideLock = (p: Point & { sceneId: string }, lock: SceneLock) =>
  p.sceneId === lock.sceneId && Math.hypot(p.x - lock.centre.x, p.z - lock.centre.z) <= lock.radius;

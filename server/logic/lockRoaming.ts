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

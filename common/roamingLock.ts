// Lock roaming: while the guide has locked the group to a stop, a member stays within the radius of the stop's place.
// One clamp for both ends: the server applies it to every pose (so it holds whatever the client does) and the
// member's own client applies it to their view (so what they see and what others see agree). Pure.

export interface GroundPoint {
  x: number;
  z: number;
}

export interface RoamingLock {
  centre: GroundPoint;
  radius: number;
}

/** A lock in a scene: the stop's scene, its place, the radius. */
export type SceneLock = RoamingLock & { sceneId: string };

/** The point itself inside the circle, else the nearest point on its edge; a nonsense point lands on the centre. */
export function clampToLock(p: GroundPoint, lock: RoamingLock): GroundPoint {
  const dx = p.x - lock.centre.x;
  const dz = p.z - lock.centre.z;
  const d = Math.hypot(dx, dz);
  if (!Number.isFinite(d)) return { ...lock.centre };
  if (d <= lock.radius) return p;
  const k = lock.radius / d;
  return { x: lock.centre.x + dx * k, z: lock.centre.z + dz * k };
}

export const insideLock = (p: GroundPoint & { sceneId: string }, lock: SceneLock) =>
  p.sceneId === lock.sceneId && Math.hypot(p.x - lock.centre.x, p.z - lock.centre.z) <= lock.radius;

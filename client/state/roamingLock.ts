// Lock roaming on the member's side: the member's own view stays inside the circle the server keeps their pose in
// (server/logic/lockRoaming.ts clamps every pose the same way), so what they see and what others see agree. Pure.

export interface RoamingCircle {
  sceneId: string;
  centre: { x: number; z: number };
  radius: number;
}

/** The point itself inside the circle, else the nearest point on its edge. */
export function keepWithin(p: { x: number; z: number }, lock: RoamingCircle): { x: number; z: number } {
  const dx = p.x - lock.centre.x;
  const dz = p.z - lock.centre.z;
  const d = Math.hypot(dx, dz);
  if (!Number.isFinite(d)) return { ...lock.centre };
  if (d <= lock.radius) return p;
  const k = lock.radius / d;
  return { x: lock.centre.x + dx * k, z: lock.centre.z + dz * k };
}

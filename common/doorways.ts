// Doorways as places: which one a visitor stands in, so walking through it changes the scene.
import type { Doorway } from "./gallery";
import { DEG } from "./measures";

/** How deep (along the walking direction) a doorway's threshold reaches either side of its line. */
export const THRESHOLD_DEPTH = 0.6;

/** The doorway whose threshold contains the point, if any. */
export function doorwayAt(doorways: readonly Doorway[], x: number, z: number): Doorway | null {
  for (const d of doorways) {
    const a = d.yawDeg * DEG;
    const dx = x - d.position.x;
    const dz = z - d.position.z;
    const along = dx * Math.sin(a) + dz * Math.cos(a); // in the walking direction
    const across = dx * Math.cos(a) - dz * Math.sin(a);
    if (Math.abs(along) <= THRESHOLD_DEPTH && Math.abs(across) <= d.width / 2) return d;
  }
  return null;
}

/**
 * Steps through doorways: a visitor passes one only by walking into it from outside, so arriving next to a
 * doorway (or standing in one when a scene loads) never bounces them straight back.
 */
export function createDoorwayWatch(doorways: readonly Doorway[], x: number, z: number) {
  let inside = doorwayAt(doorways, x, z);
  return (nx: number, nz: number): Doorway | null => {
    const now = doorwayAt(doorways, nx, nz);
    const entered = now && now !== inside ? now : null;
    inside = now;
    return entered;
  };
}

// The points of interest around the visitor, for those who cannot look around: the landmarks, objects and doorways
// of the place, nearest first, each with its distance, a clock direction from the visitor's heading, and a spot to
// stand in front of it (walkable, facing it). Pure: the place's data in, a list out.
import type { LocalizedText } from "../../common/sceneParts";
import { isWalkable, type WalkableWorld } from "../../common/walkable";
import { BODY_RADIUS, type PlayerState } from "./player";

export type PointKind = "landmark" | "exhibit" | "doorway";

export interface PointOfInterest {
  kind: PointKind;
  id: string;
  name: LocalizedText;
  x: number;
  z: number;
  /** The way its front faces (radians, 0 = +z): a spot in front of it lies this way. */
  facing: number;
  /** How far in front of its middle the visitor stands, before looking for open ground (metres). */
  standOff: number;
}

export interface NearbyPoint extends PointOfInterest {
  distance: number;
  /** Where it is from the visitor's heading, on a clock face: 12 ahead, 3 to the right, 6 behind. */
  clock: number;
}

/** The nearest `max` points, nearest first. */
export function nearbyPoints(p: PlayerState, points: readonly PointOfInterest[], max = 12): NearbyPoint[] {
  return points
    .map((pt) => {
      const dx = pt.x - p.x;
      const dz = pt.z - p.z;
      const bearing = Math.atan2(dx, dz) - p.yaw;
      const hours = Math.round(((((bearing / (2 * Math.PI)) * 12) % 12) + 12) % 12);
      return { ...pt, distance: Math.hypot(dx, dz), clock: hours === 0 ? 12 : hours };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max);
}

/**
 * A spot in front of a point, facing it: out from its middle along its facing, from its stand-off on, until the
 * visitor can stand there; else (a point boxed in) the same search round it. Null when nowhere within 40 m is free.
 */
export function spotBefore(pt: PointOfInterest, world: WalkableWorld): { x: number; z: number; yaw: number } | null {
  for (const turn of [0, Math.PI / 2, -Math.PI / 2, Math.PI]) {
    const a = pt.facing + turn;
    for (let d = pt.standOff; d <= 40; d += 0.25) {
      const x = pt.x + Math.sin(a) * d;
      const z = pt.z + Math.cos(a) * d;
      if (isWalkable(world, x, z, BODY_RADIUS)) return { x, z, yaw: a + Math.PI };
    }
  }
  return null;
}

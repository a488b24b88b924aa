// Gather: places for every member in a half circle in front of the guide, each facing the guide (or the stop's
// target), never inside a wall, building or the water, and never behind one as seen from the guide. Pure.
import { distanceToRect, isWalkable, type WalkableWorld } from "../../common/walkable";
import { createOccupancy, type CheckCounter } from "./spotOccupancy";
import { STAND_RADIUS, type Point } from "./tourPlanCheck";

export interface GatherSpot {
  x: number;
  z: number;
  /** Radians, 0 looks north (+z), π/2 east (+x). */
  yaw: number;
}

export interface GatherRequest {
  world: WalkableWorld;
  /** Where the guide stands. */
  guide: Point;
  /**
   * The way the half circle opens (radians, as yaw): the group stands on this side of the guide. Usually away from
   * the stop's target, so the group sees the guide and, behind the guide, the target.
   */
  opensTowards: number;
  /** The point everyone faces: the guide, or the stop's target. */
  faceTowards: Point;
  count: number;
}

/** First row this far from the guide, rows this far apart, neighbours at least this far apart along a row. */
export const FIRST_ROW_M = 2.5;
export const ROW_GAP_M = 1.2;
export const NEIGHBOUR_M = 1.1;
const MAX_ROWS = 12;

const yawTowards = (from: Point, to: Point) => Math.atan2(to.x - from.x, to.z - from.z);

/** Can one walk straight from a to b? Sampled every 25 cm with a thin body, so a wall between them blocks. */
export function clearLine(world: WalkableWorld, a: Point, b: Point): boolean {
  const d = Math.hypot(b.x - a.x, b.z - a.z);
  const steps = Math.max(1, Math.ceil(d / 0.25));
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    if (!isWalkable(world, a.x + (b.x - a.x) * t, a.z + (b.z - a.z) * t, 0.05)) return false;
  }
  return true;
}

/** Candidate spots row by row: the half circle first (spread ±90°), then, if that ran out, the full circle. */
function* candidates(guide: Point, opens: number): Generator<Point> {
  for (const spread of [Math.PI / 2, Math.PI]) {
    for (let row = 0; row < MAX_ROWS; row++) {
      const r = FIRST_ROW_M + row * ROW_GAP_M;
      const n = Math.max(1, Math.floor((2 * spread * r) / NEIGHBOUR_M));
      // From the middle outwards, so a small group stands straight in front of the guide.
      for (let k = 0; k <= n; k++) {
        const step = Math.ceil(k / 2) * (k % 2 === 0 ? 1 : -1);
        const a = opens + (step * 2 * spread) / n;
        if (Math.abs(step * 2 * spread) / n > spread + 1e-9) continue;
        yield { x: guide.x + Math.sin(a) * r, z: guide.z + Math.cos(a) * r };
      }
    }
  }
}

/** The world cut down to what lies within `radius` of a point: the same answers there, far fewer obstacles to test. */
export function worldNear(world: WalkableWorld, at: Point, radius: number): WalkableWorld {
  return {
    ...world,
    rects: world.rects.filter((r) => distanceToRect(r, at.x, at.z) <= radius),
    circles: world.circles.filter((c) => Math.hypot(c.cx - at.x, c.cz - at.z) <= radius + c.r),
  };
}

/**
 * Up to `count` spots (fewer only if the guide is boxed in: the caller leaves those members where they are).
 * Spots are in walkable ground, reachable in a straight line from the guide, and apart from each other.
 */
export function gatherGroup(req: GatherRequest, counter?: CheckCounter): GatherSpot[] {
  const spots: GatherSpot[] = [];
  if (req.count <= 0) return spots;
  // Spots already taken, by grid cell: keeping them apart costs a few checks a candidate, not one per spot so far.
  const taken = createOccupancy(NEIGHBOUR_M * 0.9, counter);
  // No candidate lies further than the last row: obstacles beyond it (and a body's width) cannot matter.
  const world = worldNear(req.world, req.guide, FIRST_ROW_M + MAX_ROWS * ROW_GAP_M + STAND_RADIUS + 1);
  const guideFree = isWalkable(world, req.guide.x, req.guide.z, 0.05);
  for (const p of candidates(req.guide, req.opensTowards)) {
    if (spots.length >= req.count) break;
    // The cheap test first: the full circle's pass offers the half circle's spots again, already taken.
    if (taken.crowds(p)) continue;
    if (!isWalkable(world, p.x, p.z, STAND_RADIUS)) continue;
    // A guide standing somewhere odd (inside a wall after an edit) cannot see anything: then skip the line test.
    if (guideFree && !clearLine(world, req.guide, p)) continue;
    taken.add(p);
    spots.push({ x: p.x, z: p.z, yaw: yawTowards(p, req.faceTowards) });
  }
  return spots;
}

/** The way a half circle should open: away from the target if there is one a little apart from the guide, else the guide's facing. */
export function openingFor(guide: Point, guideYaw: number, target: Point | null): number {
  if (target && Math.hypot(target.x - guide.x, target.z - guide.z) > 0.5) return yawTowards(target, guide);
  return guideYaw;
}

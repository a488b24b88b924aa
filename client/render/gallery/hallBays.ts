// Displays grouped into bays: neighbouring displays merged into one mesh (and one far level of detail), so a hall
// draws in a handful of calls whatever its number of displays, and whole bays drop to their far level together.
import { MeshBuffer } from "../kit/MeshBuffer";
import type { DisplayParts, ItemRange } from "./hallParts";

export interface BayParts {
  /** The displays merged here, in hall order. */
  displays: DisplayParts[];
  near: MeshBuffer;
  far: MeshBuffer;
  /** Ranges of `near`, each display's shifted by the triangles before it. */
  ranges: ItemRange[];
  centre: { x: number; z: number };
  /** Farthest reach of a display from the centre, metres. */
  radius: number;
}

/** About this many displays to a bay: few draw calls, yet bays small enough that the far ones switch to far detail. */
export const DISPLAYS_PER_BAY = 8;
const MAX_BAYS = 8;

interface Point {
  x: number;
  z: number;
}
const centreOf = (d: DisplayParts): Point => d.display.position;

/** Lloyd's k-means on display positions, seeded by farthest points from the first display: deterministic. */
export function clusterDisplays(points: readonly Point[], k: number): number[] {
  if (points.length === 0) return [];
  const seeds: Point[] = [points[0]];
  while (seeds.length < Math.min(k, points.length)) {
    let best = 0;
    let bestD = -1;
    points.forEach((p, i) => {
      const d = Math.min(...seeds.map((s) => Math.hypot(p.x - s.x, p.z - s.z)));
      if (d > bestD) [best, bestD] = [i, d];
    });
    seeds.push(points[best]);
  }
  let centres = seeds.map((s) => ({ ...s }));
  let assign: number[] = [];
  for (let iter = 0; iter < 20; iter++) {
    const next = points.map((p) => {
      let best = 0;
      centres.forEach((c, j) => {
        if (Math.hypot(p.x - c.x, p.z - c.z) < Math.hypot(p.x - centres[best].x, p.z - centres[best].z)) best = j;
      });
      return best;
    });
    if (next.every((a, i) => a === assign[i])) break;
    assign = next;
    centres = centres.map((c, j) => {
      const mine = points.filter((_, i) => assign[i] === j);
      return mine.length
        ? { x: mine.reduce((s, p) => s + p.x, 0) / mine.length, z: mine.reduce((s, p) => s + p.z, 0) / mine.length }
        : c;
    });
  }
  return assign;
}

export function groupIntoBays(displays: readonly DisplayParts[], perBay = DISPLAYS_PER_BAY): BayParts[] {
  const k = Math.max(1, Math.min(MAX_BAYS, Math.round(displays.length / perBay)));
  const assign = clusterDisplays(displays.map(centreOf), k);
  const bays: BayParts[] = [];
  for (let j = 0; j < k; j++) {
    const mine = displays.filter((_, i) => assign[i] === j);
    if (mine.length === 0) continue;
    const near = new MeshBuffer();
    const far = new MeshBuffer();
    const ranges: ItemRange[] = [];
    for (const d of mine) {
      const offset = near.triangleCount;
      for (const r of d.ranges)
        ranges.push({ firstTriangle: r.firstTriangle + offset, endTriangle: r.endTriangle + offset, itemId: r.itemId });
      near.append(d.near);
      far.append(d.far);
    }
    const centre = {
      x: mine.reduce((s, d) => s + centreOf(d).x, 0) / mine.length,
      z: mine.reduce((s, d) => s + centreOf(d).z, 0) / mine.length,
    };
    const radius = Math.max(
      ...mine.map((d) => Math.hypot(centreOf(d).x - centre.x, centreOf(d).z - centre.z) + d.display.length / 2),
    );
    bays.push({ displays: mine, near, far, ranges, centre, radius });
  }
  return bays;
}

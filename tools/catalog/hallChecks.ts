// Checks a hall's layout the way a visitor meets it: 2 m clear in front of every display, clear doorways and arrivals.
import { displayAxes } from "../../common/displayLayout";
import type { Display, Doorway, Wall } from "../../common/gallery";
import type { Scene } from "../../common/scene";

export interface Rect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** The aisle a visitor needs in front of a display, and through a doorway. */
export const AISLE = 2;
const EPS = 0.01;

function box(points: [number, number][]): Rect {
  const xs = points.map((p) => p[0]);
  const zs = points.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
}

function band(d: Pick<Display, "position" | "yawDeg" | "length">, from: number, to: number): Rect {
  const { front, right } = displayAxes(d);
  const h = d.length / 2;
  const at = (along: number, out: number): [number, number] => [
    d.position.x + right[0] * along + front[0] * out,
    d.position.z + right[1] * along + front[1] * out,
  ];
  return box([at(-h, from), at(h, from), at(-h, to), at(h, to)]);
}

/** What a display occupies: from its front edge back by its depth. */
export const footprint = (d: Display): Rect => band(d, -d.depth, 0);
/** The aisle in front of it. */
export const frontZone = (d: Display, clear = AISLE): Rect => band(d, 0, clear);

export function wallRect(w: Wall): Rect {
  const t = w.thickness / 2;
  return {
    minX: Math.min(w.from.x, w.to.x) - t,
    maxX: Math.max(w.from.x, w.to.x) + t,
    minZ: Math.min(w.from.z, w.to.z) - t,
    maxZ: Math.max(w.from.z, w.to.z) + t,
  };
}

/** The floor just inside a doorway (it faces out), which must stay clear for people coming and going. */
export function doorZone(d: Doorway): Rect {
  return band({ position: d.position, yawDeg: d.yawDeg + 180, length: d.width + 1 }, 0, 3);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX - EPS && b.minX < a.maxX - EPS && a.minZ < b.maxZ - EPS && b.minZ < a.maxZ - EPS;
}

export function distanceTo(r: Rect, x: number, z: number): number {
  return Math.hypot(Math.max(r.minX - x, 0, x - r.maxX), Math.max(r.minZ - z, 0, z - r.maxZ));
}

/** Everything wrong with how a gallery scene is laid out; empty when visitors can reach and see every display. */
export function layoutProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const feet = scene.displays.map((d) => ({ d, r: footprint(d) }));
  const walls = scene.walls.map((w) => ({ w, r: wallRect(w) }));
  for (const { d, r } of feet) {
    const zone = frontZone(d);
    for (const o of feet) {
      if (o.d === d) continue;
      if (overlaps(zone, o.r))
        problems.push(`display "${d.id}": the ${AISLE} m in front of it is blocked by display "${o.d.id}"`);
      if (o.d.id > d.id && overlaps(r, o.r)) problems.push(`displays "${d.id}" and "${o.d.id}" overlap`);
    }
    for (const { w, r: wr } of walls) {
      if (overlaps(zone, wr))
        problems.push(`display "${d.id}": the ${AISLE} m in front of it runs into wall "${w.id}"`);
      if (overlaps(r, wr)) problems.push(`display "${d.id}" stands inside wall "${w.id}"`);
    }
  }
  for (const door of scene.doorways) {
    const zone = doorZone(door);
    for (const { d, r } of feet)
      if (overlaps(zone, r)) problems.push(`doorway "${door.id}" is blocked by display "${d.id}"`);
  }
  for (const b of scene.benches) {
    // A bench keeps a metre clear all round it and leaves each display's aisle free.
    const reach = b.length / 2 + 1;
    for (const { d, r } of feet)
      if (
        distanceTo(r, b.position.x, b.position.z) < reach ||
        distanceTo(frontZone(d), b.position.x, b.position.z) < b.length / 2
      )
        problems.push(`bench "${b.id}" stands in the way of display "${d.id}"`);
    for (const door of scene.doorways)
      if (distanceTo(doorZone(door), b.position.x, b.position.z) < reach)
        problems.push(`bench "${b.id}" blocks doorway "${door.id}"`);
  }
  const standing = [
    ...scene.spawnPoints.map((s) => ({ kind: "spawn point", id: s.id, p: s.position })),
    ...scene.viewpoints.map((v) => ({ kind: "viewpoint", id: v.id, p: v.position })),
  ];
  for (const s of standing) {
    const near = [...feet.map((f) => f.r), ...walls.map((w) => w.r)].some((r) => distanceTo(r, s.p.x, s.p.z) < 0.5);
    if (near) problems.push(`${s.kind} "${s.id}" stands within 0.5 m of a display or wall`);
    if (scene.benches.some((b) => Math.hypot(b.position.x - s.p.x, b.position.z - s.p.z) < b.length / 2 + 0.5))
      problems.push(`${s.kind} "${s.id}" stands on a bench`);
  }
  return problems;
}

// Where displays can stand in a rectangular hall: runs along its walls (broken by doorways) and free-standing islands.
import type { Display } from "../../common/gallery";

/** A display's frame before it holds items: the middle of its front edge, the way it faces, its length and depth. */
export interface Place {
  kind: Display["kind"];
  x: number;
  z: number;
  yawDeg: number;
  length: number;
  depth: number;
  panel?: boolean;
}

export type Side = "north" | "south" | "east" | "west";

export interface Door {
  side: Side;
  /** Centre of the gap along the wall: x for north/south walls, z for east/west walls. */
  at: number;
  width: number;
}

export interface HallBox {
  /** Inner half sizes: the hall's floor runs from -halfW to halfW (x) and -halfD to halfD (z). */
  halfW: number;
  halfD: number;
  doors: readonly Door[];
}

/** Facing into the hall from each wall (0 = north). */
export const INWARD: Record<Side, number> = { north: 180, south: 0, east: 270, west: 90 };

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Places along one wall, split into runs by its doorways, each run cut into places of about `target` metres.
 * `offset` is how far the front edge stands from the wall face (a case's depth, a plinth's depth plus a gap).
 */
export function wallRun(
  box: HallBox,
  side: Side,
  kind: Display["kind"],
  opts: { target: number; gap: number; depth: number; offset: number; cornerClear: number; doorClear: number },
): Place[] {
  const along = side === "north" || side === "south" ? box.halfW : box.halfD;
  const doors = box.doors.filter((d) => d.side === side).sort((a, b) => a.at - b.at);
  const runs: [number, number][] = [];
  let from = -along + opts.cornerClear;
  for (const d of doors) {
    runs.push([from, d.at - d.width / 2 - opts.doorClear]);
    from = d.at + d.width / 2 + opts.doorClear;
  }
  runs.push([from, along - opts.cornerClear]);
  const places: Place[] = [];
  for (const [a, b] of runs) {
    const length = b - a;
    if (length < opts.target * 0.5) continue;
    const n = Math.max(1, Math.round((length + opts.gap) / (opts.target + opts.gap)));
    const each = (length - (n - 1) * opts.gap) / n;
    for (let i = 0; i < n; i++) {
      const mid = a + i * (each + opts.gap) + each / 2;
      places.push({
        kind,
        ...frontOnWall(box, side, mid, opts.offset),
        yawDeg: INWARD[side],
        length: round2(each),
        depth: opts.depth,
      });
    }
  }
  return places;
}

function frontOnWall(box: HallBox, side: Side, mid: number, offset: number): { x: number; z: number } {
  switch (side) {
    case "north":
      return { x: round2(mid), z: round2(box.halfD - offset) };
    case "south":
      return { x: round2(mid), z: round2(-box.halfD + offset) };
    case "east":
      return { x: round2(box.halfW - offset), z: round2(mid) };
    case "west":
      return { x: round2(-box.halfW + offset), z: round2(mid) };
  }
}

/**
 * A free-standing island: two displays back to back along a line running east–west (or north–south),
 * centred on (x, z); each faces away from the other.
 */
export function island(
  kind: Display["kind"],
  x: number,
  z: number,
  length: number,
  depth: number,
  axis: "x" | "z",
  panel = false,
): Place[] {
  const p = panel ? { panel: true } : {};
  if (axis === "x") {
    return [
      { kind, x, z: round2(z + depth), yawDeg: 0, length, depth, ...p },
      { kind, x, z: round2(z - depth), yawDeg: 180, length, depth, ...p },
    ];
  }
  return [
    { kind, x: round2(x + depth), z, yawDeg: 90, length, depth, ...p },
    { kind, x: round2(x - depth), z, yawDeg: 270, length, depth, ...p },
  ];
}

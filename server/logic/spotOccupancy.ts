// Who stands where, bucketed in a grid of cells one gap wide: "is anyone within the gap of this spot?" looks at the
// 3×3 cells round it only, so a search over a group's spots costs work linear in the group, not spots × members. Pure.
import type { Point } from "./tourPlanCheck";

export interface Occupancy {
  add(p: Point): void;
  /** Is anyone added closer than the gap to `p`? */
  crowds(p: Point): boolean;
}

/** Counts distance checks, so tests can hold the search to linear work without timing it. */
export interface CheckCounter {
  checks: number;
}

export function createOccupancy(gap: number, counter?: CheckCounter): Occupancy {
  const cells = new Map<number, Point[]>();
  const cellOf = (v: number) => Math.floor(v / gap);
  // A number, not a string, for a key: scenes are far smaller than 2^20 cells across.
  const keyOf = (i: number, j: number) => i * 2 ** 21 + j;
  return {
    add(p) {
      const key = keyOf(cellOf(p.x), cellOf(p.z));
      const cell = cells.get(key);
      if (cell) cell.push(p);
      else cells.set(key, [p]);
    },
    crowds(p) {
      const cx = cellOf(p.x);
      const cz = cellOf(p.z);
      // One cell is one gap wide, so anyone closer than the gap lies in this cell or one of its eight neighbours.
      for (let i = cx - 1; i <= cx + 1; i++) {
        for (let j = cz - 1; j <= cz + 1; j++) {
          const cell = cells.get(keyOf(i, j));
          if (!cell) continue;
          for (const q of cell) {
            if (counter) counter.checks++;
            if (Math.hypot(q.x - p.x, q.z - p.z) < gap) return true;
          }
        }
      }
      return false;
    },
  };
}

/** The first spot (in the given order) no one stands within `gap` of. */
export function firstFreeSpot<S extends Point>(
  spots: readonly S[],
  standing: Iterable<Point>,
  gap: number,
  counter?: CheckCounter,
): S | undefined {
  const taken = createOccupancy(gap, counter);
  for (const p of standing) taken.add(p);
  return spots.find((s) => !taken.crowds(s));
}

// Where each item of a display stands: a pure function shared by the hall renderer, the server's checks and tools.
import type { Display } from "./gallery";
import { DEG } from "./measures";

export interface ItemSize {
  heightCm: number;
  widthCm: number;
  depthCm: number;
}

export interface Slot {
  itemId: string;
  /** Centre of the item's base (standing) or of the item (hung, lying): metres, scene frame. */
  x: number;
  y: number;
  z: number;
  /** The way the item's front faces (degrees, 0 = north), the display's front. */
  yawDeg: number;
  /** Width of the slot along the display, in metres: an item wider than this does not fit. */
  width: number;
  /** How the item is placed: standing on its base, hung on a wall, or lying flat face up. */
  pose: "standing" | "hung" | "lying";
  /** Height of the shelf, plinth or table it stands on (0 when hung). */
  baseHeight: number;
}

/** A hung picture's centre sits at eye height unless it is so tall that its bottom would come near the floor. */
export const HANG_CENTRE = 1.6;
export const CASE_SHELF = 0.9;
export const TABLE_HEIGHT = 0.85;
/** Plinths are lower for big objects so their tops stay near eye height. */
export function plinthHeight(heightCm: number): number {
  return Math.max(0.3, Math.min(1.0, 1.45 - heightCm / 100));
}

/** Unit vectors of a display: `front` is the way it faces, `right` is the visitor's right when facing it. */
export function displayAxes(d: Pick<Display, "yawDeg">): { front: [number, number]; right: [number, number] } {
  const a = d.yawDeg * DEG;
  return { front: [Math.sin(a), Math.cos(a)], right: [-Math.cos(a), Math.sin(a)] };
}

export function slotsOf(d: Display, sizeOf: (itemId: string) => ItemSize): Slot[] {
  const { front, right } = displayAxes(d);
  const n = d.items.length;
  const width = d.length / n;
  return d.items.map((itemId, i) => {
    const size = sizeOf(itemId);
    const along = (i + 0.5) * width - d.length / 2;
    // Standing and lying items sit in the middle of the display's depth; hung ones flat against its back.
    const inset = d.kind === "wall" ? 0.05 : d.depth / 2;
    const x = d.position.x + right[0] * along - front[0] * inset;
    const z = d.position.z + right[1] * along - front[1] * inset;
    const h = size.heightCm / 100;
    if (d.kind === "wall")
      return {
        itemId,
        x,
        y: Math.max(HANG_CENTRE, h / 2 + 0.4),
        z,
        yawDeg: d.yawDeg,
        width,
        pose: "hung",
        baseHeight: 0,
      };
    if (d.kind === "table-case")
      return { itemId, x, y: TABLE_HEIGHT, z, yawDeg: d.yawDeg, width, pose: "lying", baseHeight: TABLE_HEIGHT };
    const base = d.kind === "case" ? CASE_SHELF : plinthHeight(size.heightCm);
    return { itemId, x, y: base, z, yawDeg: d.yawDeg, width, pose: "standing", baseHeight: base };
  });
}

/** Problems with a display's fit: items wider than their slot, or (lying) deeper than the display. */
export function fitProblems(d: Display, sizeOf: (itemId: string) => ItemSize): string[] {
  const problems: string[] = [];
  for (const slot of slotsOf(d, sizeOf)) {
    const s = sizeOf(slot.itemId);
    const across = s.widthCm / 100;
    if (across > slot.width - 0.05)
      problems.push(
        `item "${slot.itemId}" (${s.widthCm} cm wide) does not fit its ${(slot.width * 100).toFixed(0)} cm slot`,
      );
    const deep = (slot.pose === "lying" ? s.heightCm : s.depthCm) / 100;
    if (slot.pose !== "hung" && deep > d.depth)
      problems.push(
        `item "${slot.itemId}" (${(deep * 100).toFixed(0)} cm deep) is deeper than the display (${(d.depth * 100).toFixed(0)} cm)`,
      );
  }
  return problems;
}

// Which side walls of the scene's buildings face a street, read from the scene itself: a side whose neighbour stands
// closer than a lane's width is seen by nobody (the Bund's banks stand a few metres apart), so only the sides on a
// road (Nanjing Road beside Sassoon House, the ends of a row) get window reveals like the fronts.
import type { Landmark } from "../../../common/landmark";
import { placeIn, shownIn } from "../../../common/periodLayers";
import { frameOf } from "./MeshBuffer";
import type { SideReveals } from "./facadeRelief";

/** A neighbour nearer than this hides a side wall: a lane, not a street. */
export const LANE = 6;

interface Footprint {
  id: string;
  x: number;
  z: number;
  sin: number;
  cos: number;
  hw: number;
  hd: number;
}

function footprintOf(l: Landmark): Footprint | null {
  if (l.shape.kind !== "building") return null;
  const at = placeIn(l, "1937");
  const f = frameOf(at.x, at.z, l.facingDeg);
  return { id: l.id, x: at.x, z: at.z, sin: f.sin, cos: f.cos, hw: l.shape.width / 2, hd: l.shape.depth / 2 };
}

/** A point of a footprint's local plan in the world (MeshBuffer's frame: x' = x cos + z sin, z' = −x sin + z cos). */
const toWorld = (f: Footprint, x: number, z: number): [number, number] => [
  f.x + x * f.cos + z * f.sin,
  f.z - x * f.sin + z * f.cos,
];

function covers(f: Footprint, wx: number, wz: number): boolean {
  const dx = wx - f.x;
  const dz = wz - f.z;
  const x = dx * f.cos - dz * f.sin;
  const z = dx * f.sin + dz * f.cos;
  return Math.abs(x) <= f.hw && Math.abs(z) <= f.hd;
}

/**
 * For every building of 1937, whether each side wall faces a street: a side is hidden when a neighbour's footprint
 * covers the ground a lane's width out from it along most of its length (three of five points).
 */
export function streetSides(landmarks: readonly Landmark[]): Map<string, SideReveals> {
  const prints = landmarks
    .filter((l) => shownIn(l.layers, "1937"))
    .map(footprintOf)
    .filter((f): f is Footprint => !!f);
  const out = new Map<string, SideReveals>();
  for (const f of prints) {
    const open = (sign: -1 | 1) => {
      let hidden = 0;
      for (let k = 0; k < 5; k++) {
        const z = (k / 4 - 0.5) * 1.6 * f.hd;
        const [wx, wz] = toWorld(f, sign * (f.hw + LANE), z);
        if (prints.some((g) => g !== f && covers(g, wx, wz))) hidden++;
      }
      return hidden < 3;
    };
    out.set(f.id, { x0: open(-1), x1: open(1) });
  }
  return out;
}

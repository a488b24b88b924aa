// Where an exhibit's geometry goes: object space into its slot's frame, and the two pieces most forms are built
// from (a box, a picture surface).
import type { Slot } from "../../../common/displayLayout";
import type { MeshBuffer, Rgb, Vec3 } from "../kit/MeshBuffer";

/** Where a picture's image lies in the hall's art atlas (u0, v0, u1, v1). */
export type AtlasRect = readonly [number, number, number, number];

export interface FormTarget {
  /** Everything with vertex colours: bodies, frames, mounts, knobs. */
  solid: MeshBuffer;
  /** Picture surfaces, textured from the art atlas. */
  art: MeshBuffer;
}

/**
 * Object space → the slot's frame: lying pictures turn face up, everything sits at the slot's height. `lift` marks
 * the common case (a plain raise), which the turned forms' hot loop writes without allocating.
 */
export type Place = { p: (v: Vec3) => Vec3; n: (v: Vec3) => Vec3; lift?: number };

export function placement(slot: Pick<Slot, "y" | "pose">, height: number): Place {
  if (slot.pose === "lying") return { p: ([x, y, z]) => [x, slot.y + 0.01 + z, -y], n: ([x, y, z]) => [x, z, -y] };
  // A hung item's slot height is its centre; a standing one's is its base.
  const base = slot.pose === "hung" ? slot.y - height / 2 : slot.y;
  return { p: ([x, y, z]) => [x, base + y, z], n: (v) => v, lift: base };
}

const WHITE: Rgb = [1, 1, 1];

/** A picture surface on the art buffer, textured from its atlas tile. */
export function picture(t: FormTarget, at: Place, w: number, h: number, y0: number, z: number, uv: AtlasRect): void {
  // Object-space +x is the viewer's left (the frame turns +z to face them), so u runs from +x to −x.
  const corners: [Vec3, [number, number]][] = [
    [
      [w / 2, y0, z],
      [uv[0], uv[1]],
    ],
    [
      [-w / 2, y0, z],
      [uv[2], uv[1]],
    ],
    [
      [-w / 2, y0 + h, z],
      [uv[2], uv[3]],
    ],
    [
      [w / 2, y0 + h, z],
      [uv[0], uv[3]],
    ],
  ];
  const ids = corners.map(([p, q]) => t.art.vertex(at.p(p), at.n([0, 0, 1]), q, WHITE));
  t.art.triangle(ids[0], ids[1], ids[2]);
  t.art.triangle(ids[0], ids[2], ids[3]);
}

/** A box in object space through the placement (for frames, rods, mounts, seals). */
export function box(
  b: MeshBuffer,
  at: Place,
  x0: number,
  y0: number,
  z0: number,
  x1: number,
  y1: number,
  z1: number,
  c: Rgb,
): void {
  const faces: [Vec3, Vec3[]][] = [
    [
      [0, 0, 1],
      [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
    ],
    [
      [0, 0, -1],
      [
        [x1, y0, z0],
        [x0, y0, z0],
        [x0, y1, z0],
        [x1, y1, z0],
      ],
    ],
    [
      [1, 0, 0],
      [
        [x1, y0, z1],
        [x1, y0, z0],
        [x1, y1, z0],
        [x1, y1, z1],
      ],
    ],
    [
      [-1, 0, 0],
      [
        [x0, y0, z0],
        [x0, y0, z1],
        [x0, y1, z1],
        [x0, y1, z0],
      ],
    ],
    [
      [0, 1, 0],
      [
        [x0, y1, z1],
        [x1, y1, z1],
        [x1, y1, z0],
        [x0, y1, z0],
      ],
    ],
    [
      [0, -1, 0],
      [
        [x0, y0, z0],
        [x1, y0, z0],
        [x1, y0, z1],
        [x0, y0, z1],
      ],
    ],
  ];
  for (const [n, pts] of faces) {
    const ids = pts.map((p, i) => b.vertex(at.p(p), at.n(n), [i & 1, i >> 1], c));
    b.triangle(ids[0], ids[1], ids[2]);
    b.triangle(ids[0], ids[2], ids[3]);
  }
}

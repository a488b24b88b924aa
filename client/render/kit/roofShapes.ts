// The tops of buildings, written into a MeshBuffer: hipped and gabled roofs, and a clock tower's four dials.
import { cross, sub, type MeshBuffer, type Rgb, type Vec3 } from "./MeshBuffer";

/** A pyramid or hipped roof over a rectangle: a ridge along the longer side shrinks to a point when `ridge` is 0. */
export function hippedRoof(
  m: MeshBuffer,
  cx: number,
  cz: number,
  width: number,
  depth: number,
  y0: number,
  height: number,
  color: Rgb,
  ridgeFraction: number,
): void {
  const hw = width / 2;
  const hd = depth / 2;
  const alongX = width >= depth;
  const r = ((alongX ? width - depth : depth - width) / 2) * ridgeFraction;
  const top = y0 + height;
  const a: Vec3 = alongX ? [cx - r, top, cz] : [cx, top, cz - r];
  const b: Vec3 = alongX ? [cx + r, top, cz] : [cx, top, cz + r];
  const c00: Vec3 = [cx - hw, y0, cz - hd];
  const c10: Vec3 = [cx + hw, y0, cz - hd];
  const c11: Vec3 = [cx + hw, y0, cz + hd];
  const c01: Vec3 = [cx - hw, y0, cz + hd];
  const uv: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const slope = (pts: Vec3[]) => {
    const n = cross(sub(pts[1], pts[0]), sub(pts[2], pts[0]));
    const up = n[1] < 0 ? ([-n[0], -n[1], -n[2]] as Vec3) : n;
    m.face(pts, up, uv, color);
  };
  if (alongX) {
    slope([c00, c10, b, a]); // back
    slope([c11, c01, a, b]); // front
    slope([c01, c00, a]); // left
    slope([c10, c11, b]); // right
  } else {
    slope([c00, c10, a]);
    slope([c11, c01, b]);
    slope([c01, c00, a, b]);
    slope([c10, c11, b, a]);
  }
}

/** A gabled roof: two slopes meeting at a ridge along the longer side, with upright triangular ends. */
export function gabledRoof(
  m: MeshBuffer,
  cx: number,
  cz: number,
  width: number,
  depth: number,
  y0: number,
  height: number,
  color: Rgb,
): void {
  const alongX = width >= depth;
  const hw = width / 2;
  const hd = depth / 2;
  const top = y0 + height;
  const uv: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  if (alongX) {
    m.face(
      [
        [cx - hw, y0, cz + hd],
        [cx + hw, y0, cz + hd],
        [cx + hw, top, cz],
        [cx - hw, top, cz],
      ],
      [0, hd, height],
      uv,
      color,
    );
    m.face(
      [
        [cx + hw, y0, cz - hd],
        [cx - hw, y0, cz - hd],
        [cx - hw, top, cz],
        [cx + hw, top, cz],
      ],
      [0, hd, -height],
      uv,
      color,
    );
    m.face(
      [
        [cx + hw, y0, cz + hd],
        [cx + hw, y0, cz - hd],
        [cx + hw, top, cz],
      ],
      [1, 0, 0],
      uv,
      color,
    );
    m.face(
      [
        [cx - hw, y0, cz - hd],
        [cx - hw, y0, cz + hd],
        [cx - hw, top, cz],
      ],
      [-1, 0, 0],
      uv,
      color,
    );
  } else {
    m.face(
      [
        [cx + hw, y0, cz - hd],
        [cx + hw, y0, cz + hd],
        [cx, top, cz + hd],
        [cx, top, cz - hd],
      ],
      [height, hw, 0],
      uv,
      color,
    );
    m.face(
      [
        [cx - hw, y0, cz + hd],
        [cx - hw, y0, cz - hd],
        [cx, top, cz - hd],
        [cx, top, cz + hd],
      ],
      [-height, hw, 0],
      uv,
      color,
    );
    m.face(
      [
        [cx - hw, y0, cz + hd],
        [cx + hw, y0, cz + hd],
        [cx, top, cz + hd],
      ],
      [0, 0, 1],
      uv,
      color,
    );
    m.face(
      [
        [cx + hw, y0, cz - hd],
        [cx - hw, y0, cz - hd],
        [cx, top, cz - hd],
      ],
      [0, 0, -1],
      uv,
      color,
    );
  }
}

/** Four square dials just proud of a tower's walls, each mapped 0..1 so one clock texture fits. */
export function clockFaces(
  m: MeshBuffer,
  cx: number,
  cz: number,
  width: number,
  depth: number,
  cy: number,
  size: number,
): void {
  const h = size / 2;
  const white: Rgb = [1, 1, 1];
  const uv: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const fz = cz + depth / 2 + 0.08;
  const bz = cz - depth / 2 - 0.08;
  const rx = cx + width / 2 + 0.08;
  const lx = cx - width / 2 - 0.08;
  m.face(
    [
      [cx - h, cy - h, fz],
      [cx + h, cy - h, fz],
      [cx + h, cy + h, fz],
      [cx - h, cy + h, fz],
    ],
    [0, 0, 1],
    uv,
    white,
  );
  m.face(
    [
      [cx + h, cy - h, bz],
      [cx - h, cy - h, bz],
      [cx - h, cy + h, bz],
      [cx + h, cy + h, bz],
    ],
    [0, 0, -1],
    uv,
    white,
  );
  m.face(
    [
      [rx, cy - h, cz + h],
      [rx, cy - h, cz - h],
      [rx, cy + h, cz - h],
      [rx, cy + h, cz + h],
    ],
    [1, 0, 0],
    uv,
    white,
  );
  m.face(
    [
      [lx, cy - h, cz - h],
      [lx, cy - h, cz + h],
      [lx, cy + h, cz + h],
      [lx, cy + h, cz - h],
    ],
    [-1, 0, 0],
    uv,
    white,
  );
}

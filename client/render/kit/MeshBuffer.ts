// Plain vertex arrays the landmark kit writes into (no Babylon here), so all parts of one material merge into one mesh.
import { DEG } from "../../../common/measures";

export type Vec3 = readonly [number, number, number];
export type Rgb = readonly [number, number, number];

/** Places local geometry in the world: turn by a heading, then move. */
export interface Frame {
  ox: number;
  oz: number;
  sin: number;
  cos: number;
}

export const IDENTITY: Frame = { ox: 0, oz: 0, sin: 0, cos: 1 };

export function frameOf(x: number, z: number, headingDeg: number): Frame {
  const a = headingDeg * DEG;
  return { ox: x, oz: z, sin: Math.sin(a), cos: Math.cos(a) };
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const normalize = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

export class MeshBuffer {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly uvs: number[] = [];
  readonly colors: number[] = [];
  readonly indices: number[] = [];
  frame: Frame = IDENTITY;

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  get triangleCount(): number {
    return this.indices.length / 3;
  }

  /** One vertex in local coordinates (placed by the current frame); returns its index for `triangle`. */
  vertex(p: Vec3, n: Vec3, uv: readonly [number, number], c: Rgb): number {
    return this.vertexAt(p[0], p[1], p[2], n[0], n[1], n[2], uv[0], uv[1], c);
  }

  /** `vertex` without arrays: hot loops (turned forms of a thousand exhibits) would otherwise feed the collector. */
  vertexAt(x: number, y: number, z: number, nx: number, ny: number, nz: number, u: number, v: number, c: Rgb): number {
    const f = this.frame;
    this.positions.push(f.ox + x * f.cos + z * f.sin, y, f.oz - x * f.sin + z * f.cos);
    this.normals.push(nx * f.cos + nz * f.sin, ny, -nx * f.sin + nz * f.cos);
    this.uvs.push(u, v);
    this.colors.push(c[0], c[1], c[2], 1);
    return this.vertexCount - 1;
  }

  /** A triangle of existing vertices, wound so that it faces the way its vertices' normals point. */
  triangle(a: number, b: number, c: number): void {
    const P = this.positions;
    const N = this.normals;
    const ax = P[a * 3],
      ay = P[a * 3 + 1],
      az = P[a * 3 + 2];
    const e1x = P[b * 3] - ax,
      e1y = P[b * 3 + 1] - ay,
      e1z = P[b * 3 + 2] - az;
    const e2x = P[c * 3] - ax,
      e2y = P[c * 3 + 1] - ay,
      e2z = P[c * 3 + 2] - az;
    const nx = N[a * 3] + N[b * 3] + N[c * 3];
    const ny = N[a * 3 + 1] + N[b * 3 + 1] + N[c * 3 + 1];
    const nz = N[a * 3 + 2] + N[b * 3 + 2] + N[c * 3 + 2];
    const facing = (e1y * e2z - e1z * e2y) * nx + (e1z * e2x - e1x * e2z) * ny + (e1x * e2y - e1y * e2x) * nz;
    if (facing > 0) this.indices.push(a, c, b);
    else this.indices.push(a, b, c);
  }

  /**
   * A flat polygon (3 or 4 points, local coordinates) facing `normal`. Babylon treats a triangle as
   * front-facing when its winding's right-handed cross product points away from the normal; we order to match.
   */
  face(points: readonly Vec3[], normal: Vec3, uvs: readonly (readonly [number, number])[], color: Rgb): void {
    // Without temporary arrays: the façades write tens of thousands of faces before the Bund's first frame.
    const l = Math.hypot(normal[0], normal[1], normal[2]) || 1;
    const nx = normal[0] / l;
    const ny = normal[1] / l;
    const nz = normal[2] / l;
    const first = this.vertexCount;
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      this.vertexAt(p[0], p[1], p[2], nx, ny, nz, uvs[i][0], uvs[i][1], color);
    }
    const [a, b, c] = points;
    const e1x = b[0] - a[0],
      e1y = b[1] - a[1],
      e1z = b[2] - a[2];
    const e2x = c[0] - a[0],
      e2y = c[1] - a[1],
      e2z = c[2] - a[2];
    const flip = (e1y * e2z - e1z * e2y) * nx + (e1z * e2x - e1x * e2z) * ny + (e1x * e2y - e1y * e2x) * nz > 0;
    for (let i = 1; i + 1 < points.length; i++) {
      if (flip) this.indices.push(first, first + i + 1, first + i);
      else this.indices.push(first, first + i, first + i + 1);
    }
  }

  /**
   * An axis-aligned box in local coordinates from (x0,y0,z0) to (x1,y1,z1). UVs are in metres divided by
   * `uvScale` (u along each wall, v up), so a window texture tiles once per bay and floor on any size of wall.
   */
  box(
    x0: number,
    y0: number,
    z0: number,
    x1: number,
    y1: number,
    z1: number,
    color: Rgb,
    uvScale: readonly [number, number] = [1, 1],
    open: { top?: boolean; bottom?: boolean; back?: boolean } = {},
  ): void {
    const [su, sv] = uvScale;
    const v0 = y0 / sv;
    const v1 = y1 / sv;
    const wall = (a: Vec3, b: Vec3, n: Vec3, ua: number, ub: number) =>
      this.face(
        [a, b, [b[0], y1, b[2]], [a[0], y1, a[2]]],
        n,
        [
          [ua / su, v0],
          [ub / su, v0],
          [ub / su, v1],
          [ua / su, v1],
        ],
        color,
      );
    wall([x0, y0, z1], [x1, y0, z1], [0, 0, 1], x0, x1); // front
    if (!open.back) wall([x1, y0, z0], [x0, y0, z0], [0, 0, -1], -x1, -x0); // back (left out against a wall)
    wall([x1, y0, z1], [x1, y0, z0], [1, 0, 0], -z1, -z0); // right
    wall([x0, y0, z0], [x0, y0, z1], [-1, 0, 0], z0, z1); // left
    const flatUv: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    if (!open.top)
      this.face(
        [
          [x0, y1, z0],
          [x1, y1, z0],
          [x1, y1, z1],
          [x0, y1, z1],
        ],
        [0, 1, 0],
        flatUv,
        color,
      );
    if (!open.bottom)
      this.face(
        [
          [x0, y0, z0],
          [x0, y0, z1],
          [x1, y0, z1],
          [x1, y0, z0],
        ],
        [0, -1, 0],
        flatUv,
        color,
      );
  }

  /** A box centred on (cx, cz) with a size, the common case. */
  block(
    cx: number,
    cz: number,
    width: number,
    depth: number,
    y0: number,
    y1: number,
    color: Rgb,
    uvScale?: readonly [number, number],
  ): void {
    this.box(cx - width / 2, y0, cz - depth / 2, cx + width / 2, y1, cz + depth / 2, color, uvScale);
  }

  /** Appends another buffer (already in world space). */
  append(other: MeshBuffer): void {
    const base = this.vertexCount;
    // Element-wise: spreading large arrays into push() overflows the call stack.
    for (const v of other.positions) this.positions.push(v);
    for (const v of other.normals) this.normals.push(v);
    for (const v of other.uvs) this.uvs.push(v);
    for (const v of other.colors) this.colors.push(v);
    for (const i of other.indices) this.indices.push(i + base);
  }
}

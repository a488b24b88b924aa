// Plain vertex arrays the landmark kit writes into (no Babylon here), so all parts of one material merge into one mesh.
import earcut from "earcut";
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

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const normalize = (a: Vec3): Vec3 => {
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
    const ax = P[a * 3], ay = P[a * 3 + 1], az = P[a * 3 + 2];
    const e1x = P[b * 3] - ax, e1y = P[b * 3 + 1] - ay, e1z = P[b * 3 + 2] - az;
    const e2x = P[c * 3] - ax, e2y = P[c * 3 + 1] - ay, e2z = P[c * 3 + 2] - az;
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
    const n = normalize(normal);
    const first = this.vertexCount;
    points.forEach((p, i) => this.vertex(p, n, uvs[i], color));
    const flip = dot(cross(sub(points[1], points[0]), sub(points[2], points[0])), n) > 0;
    for (let i = 1; i + 1 < points.length; i++) {
      if (flip) this.indices.push(first, first + i + 1, first + i);
      else this.indices.push(first, first + i, first + i + 1);
    }
  }

  /**
   * An axis-aligned box in local coordinates from (x0,y0,z0) to (x1,y1,z1). UVs are in metres divided by
   * `uvScale` (u along each wall, v up), so a window texture tiles once per bay and floor on any size of wall.
   */
  box(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, color: Rgb, uvScale: readonly [number, number] = [1, 1], open: { top?: boolean; bottom?: boolean } = {}): void {
    const [su, sv] = uvScale;
    const v0 = y0 / sv;
    const v1 = y1 / sv;
    const wall = (a: Vec3, b: Vec3, n: Vec3, ua: number, ub: number) =>
      this.face(
        [a, b, [b[0], y1, b[2]], [a[0], y1, a[2]]],
        n,
        [[ua / su, v0], [ub / su, v0], [ub / su, v1], [ua / su, v1]],
        color,
      );
    wall([x0, y0, z1], [x1, y0, z1], [0, 0, 1], x0, x1); // front
    wall([x1, y0, z0], [x0, y0, z0], [0, 0, -1], -x1, -x0); // back
    wall([x1, y0, z1], [x1, y0, z0], [1, 0, 0], -z1, -z0); // right
    wall([x0, y0, z0], [x0, y0, z1], [-1, 0, 0], z0, z1); // left
    const flatUv: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    if (!open.top) this.face([[x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]], [0, 1, 0], flatUv, color);
    if (!open.bottom) this.face([[x0, y0, z0], [x0, y0, z1], [x1, y0, z1], [x1, y0, z0]], [0, -1, 0], flatUv, color);
  }

  /** A box centred on (cx, cz) with a size, the common case. */
  block(cx: number, cz: number, width: number, depth: number, y0: number, y1: number, color: Rgb, uvScale?: readonly [number, number]): void {
    this.box(cx - width / 2, y0, cz - depth / 2, cx + width / 2, y1, cz + depth / 2, color, uvScale);
  }

  /** A pyramid or hipped roof over a rectangle: a ridge along the longer side shrinks to a point when `ridge` is 0. */
  hippedRoof(cx: number, cz: number, width: number, depth: number, y0: number, height: number, color: Rgb, ridgeFraction: number): void {
    const hw = width / 2;
    const hd = depth / 2;
    const alongX = width >= depth;
    const r = (alongX ? width - depth : depth - width) / 2 * ridgeFraction;
    const top = y0 + height;
    const a: Vec3 = alongX ? [cx - r, top, cz] : [cx, top, cz - r];
    const b: Vec3 = alongX ? [cx + r, top, cz] : [cx, top, cz + r];
    const c00: Vec3 = [cx - hw, y0, cz - hd];
    const c10: Vec3 = [cx + hw, y0, cz - hd];
    const c11: Vec3 = [cx + hw, y0, cz + hd];
    const c01: Vec3 = [cx - hw, y0, cz + hd];
    const uv: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    const slope = (pts: Vec3[]) => {
      const n = cross(sub(pts[1], pts[0]), sub(pts[2], pts[0]));
      const up = n[1] < 0 ? ([-n[0], -n[1], -n[2]] as Vec3) : n;
      this.face(pts, up, uv, color);
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
  gabledRoof(cx: number, cz: number, width: number, depth: number, y0: number, height: number, color: Rgb): void {
    const alongX = width >= depth;
    const hw = width / 2;
    const hd = depth / 2;
    const top = y0 + height;
    const uv: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    if (alongX) {
      this.face([[cx - hw, y0, cz + hd], [cx + hw, y0, cz + hd], [cx + hw, top, cz], [cx - hw, top, cz]], [0, hd, height], uv, color);
      this.face([[cx + hw, y0, cz - hd], [cx - hw, y0, cz - hd], [cx - hw, top, cz], [cx + hw, top, cz]], [0, hd, -height], uv, color);
      this.face([[cx + hw, y0, cz + hd], [cx + hw, y0, cz - hd], [cx + hw, top, cz]], [1, 0, 0], uv, color);
      this.face([[cx - hw, y0, cz - hd], [cx - hw, y0, cz + hd], [cx - hw, top, cz]], [-1, 0, 0], uv, color);
    } else {
      this.face([[cx + hw, y0, cz - hd], [cx + hw, y0, cz + hd], [cx, top, cz + hd], [cx, top, cz - hd]], [height, hw, 0], uv, color);
      this.face([[cx - hw, y0, cz + hd], [cx - hw, y0, cz - hd], [cx, top, cz - hd], [cx, top, cz + hd]], [-height, hw, 0], uv, color);
      this.face([[cx - hw, y0, cz + hd], [cx + hw, y0, cz + hd], [cx, top, cz + hd]], [0, 0, 1], uv, color);
      this.face([[cx + hw, y0, cz - hd], [cx - hw, y0, cz - hd], [cx, top, cz - hd]], [0, 0, -1], uv, color);
    }
  }

  /** Four square dials just proud of a tower's walls, each mapped 0..1 so one clock texture fits. */
  clockFaces(cx: number, cz: number, width: number, depth: number, cy: number, size: number): void {
    const h = size / 2;
    const white: Rgb = [1, 1, 1];
    const uv: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    const fz = cz + depth / 2 + 0.08;
    const bz = cz - depth / 2 - 0.08;
    const rx = cx + width / 2 + 0.08;
    const lx = cx - width / 2 - 0.08;
    this.face([[cx - h, cy - h, fz], [cx + h, cy - h, fz], [cx + h, cy + h, fz], [cx - h, cy + h, fz]], [0, 0, 1], uv, white);
    this.face([[cx + h, cy - h, bz], [cx - h, cy - h, bz], [cx - h, cy + h, bz], [cx + h, cy + h, bz]], [0, 0, -1], uv, white);
    this.face([[rx, cy - h, cz + h], [rx, cy - h, cz - h], [rx, cy + h, cz - h], [rx, cy + h, cz + h]], [1, 0, 0], uv, white);
    this.face([[lx, cy - h, cz - h], [lx, cy - h, cz + h], [lx, cy + h, cz + h], [lx, cy + h, cz - h]], [-1, 0, 0], uv, white);
  }

  /** A surface of revolution around the local y axis through (cx, cz): profile points are [radius, y]. */
  lathe(cx: number, cz: number, profile: readonly (readonly [number, number])[], segments: number, color: Rgb): void {
    for (let s = 0; s < segments; s++) {
      const a0 = (s / segments) * Math.PI * 2;
      const a1 = ((s + 1) / segments) * Math.PI * 2;
      for (let i = 0; i + 1 < profile.length; i++) {
        const [r0, y0] = profile[i];
        const [r1, y1] = profile[i + 1];
        const p = (r: number, y: number, a: number): Vec3 => [cx + r * Math.sin(a), y, cz + r * Math.cos(a)];
        const pts = [p(r0, y0, a0), p(r0, y0, a1), p(r1, y1, a1), p(r1, y1, a0)];
        // Outward normal of this band at its middle angle (slanted for domes and cones).
        const am = (a0 + a1) / 2;
        const dr = r1 - r0;
        const dy = y1 - y0;
        const n: Vec3 = [dy * Math.sin(am), -dr, dy * Math.cos(am)];
        const pts2 = r1 === 0 ? pts.slice(0, 3) : r0 === 0 ? [pts[0], pts[2], pts[3]] : pts;
        this.face(pts2, n, pts2.map((q, k) => [k / 2, q[1] / 4] as [number, number]), color);
      }
    }
  }

  /** A square-section beam from a to b (truss members, masts, wings): four sides and two ends. */
  beam(a: Vec3, b: Vec3, thickness: number, color: Rgb): void {
    const axis = normalize(sub(b, a));
    const helper: Vec3 = Math.abs(axis[1]) > 0.9 ? [1, 0, 0] : [0, 1, 0];
    const u = normalize(cross(axis, helper));
    const v = normalize(cross(axis, u));
    const h = thickness / 2;
    const corner = (p: Vec3, su: number, sv: number): Vec3 => [
      p[0] + (u[0] * su + v[0] * sv) * h,
      p[1] + (u[1] * su + v[1] * sv) * h,
      p[2] + (u[2] * su + v[2] * sv) * h,
    ];
    const signs: [number, number][] = [[1, 1], [-1, 1], [-1, -1], [1, -1]];
    const uv: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
    for (let i = 0; i < 4; i++) {
      const [s0u, s0v] = signs[i];
      const [s1u, s1v] = signs[(i + 1) % 4];
      const n: Vec3 = [
        u[0] * (s0u + s1u) + v[0] * (s0v + s1v),
        u[1] * (s0u + s1u) + v[1] * (s0v + s1v),
        u[2] * (s0u + s1u) + v[2] * (s0v + s1v),
      ];
      this.face([corner(a, s0u, s0v), corner(a, s1u, s1v), corner(b, s1u, s1v), corner(b, s0u, s0v)], n, uv, color);
    }
    this.face(signs.map(([su, sv]) => corner(b, su, sv)), axis, uv, color);
    this.face(signs.map(([su, sv]) => corner(a, su, sv)), [-axis[0], -axis[1], -axis[2]], uv, color);
  }

  /** A flat, horizontal polygon at height y (world points [x, z]), facing up, with optional holes: ground and water. */
  polygon(points: readonly (readonly [number, number])[], y: number, color: Rgb, uvScale = 1, holes: readonly (readonly (readonly [number, number])[])[] = []): void {
    const all = [...points, ...holes.flat()];
    const holeStarts: number[] = [];
    let n = points.length;
    for (const h of holes) {
      holeStarts.push(n);
      n += h.length;
    }
    const tris = earcut(all.flatMap((p) => [p[0], p[1]]), holeStarts);
    const first = this.vertexCount;
    for (const [x, z] of all) this.vertex([x, y, z], [0, 1, 0], [x / uvScale, z / uvScale], color);
    for (let i = 0; i < tris.length; i += 3) {
      const [a, b, c] = [all[tris[i]], all[tris[i + 1]], all[tris[i + 2]]];
      // Upward-facing in Babylon's convention: the right-handed cross product must point down.
      const crossY = (b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]);
      if (crossY > 0) this.indices.push(first + tris[i], first + tris[i + 2], first + tris[i + 1]);
      else this.indices.push(first + tris[i], first + tris[i + 1], first + tris[i + 2]);
    }
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

// Shapes made from an outline, written into a MeshBuffer: turned forms (a profile swept round an axis), square beams
// between two points, and flat polygons with holes (ground, water).
import earcut from "earcut";
import { cross, normalize, sub, type MeshBuffer, type Rgb, type Vec3 } from "./MeshBuffer";

/** A surface of revolution around the local y axis through (cx, cz): profile points are [radius, y]. */
export function lathe(
  m: MeshBuffer,
  cx: number,
  cz: number,
  profile: readonly (readonly [number, number])[],
  segments: number,
  color: Rgb,
): void {
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
      m.face(
        pts2,
        n,
        pts2.map((q, k) => [k / 2, q[1] / 4] as [number, number]),
        color,
      );
    }
  }
}

/** A square-section beam from a to b (truss members, masts, wings): four sides and two ends. */
export function beam(m: MeshBuffer, a: Vec3, b: Vec3, thickness: number, color: Rgb): void {
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
  const signs: [number, number][] = [
    [1, 1],
    [-1, 1],
    [-1, -1],
    [1, -1],
  ];
  const uv: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  for (let i = 0; i < 4; i++) {
    const [s0u, s0v] = signs[i];
    const [s1u, s1v] = signs[(i + 1) % 4];
    const n: Vec3 = [
      u[0] * (s0u + s1u) + v[0] * (s0v + s1v),
      u[1] * (s0u + s1u) + v[1] * (s0v + s1v),
      u[2] * (s0u + s1u) + v[2] * (s0v + s1v),
    ];
    m.face([corner(a, s0u, s0v), corner(a, s1u, s1v), corner(b, s1u, s1v), corner(b, s0u, s0v)], n, uv, color);
  }
  m.face(
    signs.map(([su, sv]) => corner(b, su, sv)),
    axis,
    uv,
    color,
  );
  m.face(
    signs.map(([su, sv]) => corner(a, su, sv)),
    [-axis[0], -axis[1], -axis[2]],
    uv,
    color,
  );
}

/** A flat, horizontal polygon at height y (world points [x, z]), facing up, with optional holes: ground and water. */
export function flatPolygon(
  m: MeshBuffer,
  points: readonly (readonly [number, number])[],
  y: number,
  color: Rgb,
  uvScale = 1,
  holes: readonly (readonly (readonly [number, number])[])[] = [],
): void {
  const all = [...points, ...holes.flat()];
  const holeStarts: number[] = [];
  let n = points.length;
  for (const h of holes) {
    holeStarts.push(n);
    n += h.length;
  }
  const tris = earcut(
    all.flatMap((p) => [p[0], p[1]]),
    holeStarts,
  );
  const first = m.vertexCount;
  for (const [x, z] of all) m.vertex([x, y, z], [0, 1, 0], [x / uvScale, z / uvScale], color);
  for (let i = 0; i < tris.length; i += 3) {
    const [a, b, c] = [all[tris[i]], all[tris[i + 1]], all[tris[i + 2]]];
    // Upward-facing in Babylon's convention: the right-handed cross product must point down.
    const crossY = (b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]);
    if (crossY > 0) m.indices.push(first + tris[i], first + tris[i + 2], first + tris[i + 1]);
    else m.indices.push(first + tris[i], first + tris[i + 1], first + tris[i + 2]);
  }
}

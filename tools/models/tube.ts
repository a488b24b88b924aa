// Sweeps an elliptical section along a path (a spout, a strap handle), with frames carried along the path so the
// section never twists; the ends are left open because they disappear into the body they join.
import { type MeshData, type Vec3, cross, emptyMesh, normalize, pushVertex } from "./meshData.js";

export interface TubeOptions {
  /** Points along the centre line, at least two. */
  path: Vec3[];
  /** Half-widths of the section at each path point: [across, through] (equal for a round tube). */
  radii: Array<[number, number]>;
  /** Divisions round the section. */
  segments: number;
  /** Which way the section's first half-width points at the start (default: up, or +X on a vertical path). */
  across?: Vec3;
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** a + b·k */
const madd = (a: Vec3, b: Vec3, k: number): Vec3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];

export function tube({ path, radii, segments, across }: TubeOptions): MeshData {
  if (path.length < 2 || radii.length !== path.length)
    throw new Error(`tube(): ${path.length} path points need as many radii (got ${radii.length})`);
  const mesh = emptyMesh();
  const tangent = (i: number) => normalize(madd(path[Math.min(i + 1, path.length - 1)], path[Math.max(i - 1, 0)], -1));
  // The first frame's u: any direction across the first tangent; later ones carried along (projected), so no twist.
  const t0 = tangent(0);
  let u = normalize(cross(cross(t0, across ?? (Math.abs(t0[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0])), t0));
  path.forEach((p, i) => {
    const t = tangent(i);
    u = normalize(madd(u, t, -dot(u, t)));
    const v = cross(t, u);
    const [a, b] = radii[i];
    for (let k = 0; k <= segments; k++) {
      const th = (2 * Math.PI * k) / segments;
      const c = Math.cos(th);
      const s = Math.sin(th);
      // On an ellipse (a·cos, b·sin) the outward normal is (cos/a, sin/b), not the radius direction.
      pushVertex(mesh, madd(madd(p, u, a * c), v, b * s), normalize(madd(madd([0, 0, 0], u, c / a), v, s / b)));
    }
  });
  const ring = segments + 1;
  for (let i = 0; i + 1 < path.length; i++) {
    for (let k = 0; k < segments; k++) {
      const a = i * ring + k;
      const c = a + ring;
      // Round the section with k, then along the path: (u, v, t) is right-handed, so these wind outward.
      mesh.indices.push(a, a + 1, c, a + 1, c + 1, c);
    }
  }
  return mesh;
}

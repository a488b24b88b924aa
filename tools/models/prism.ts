// Straight-sided solids (boxes, extruded outlines) with flat or outline-smooth normals, for the non-round parts.
import { type MeshData, type Vec3, emptyMesh, normalize, pushVertex } from "./meshData.js";

/** Outward axis, and two in-face axes u, v with u × v = normal so corners listed c−u−v, c+u−v, c+u+v, c−u+v wind CCW. */
const BOX_FACES: Array<{ n: Vec3; u: Vec3; v: Vec3 }> = [
  { n: [1, 0, 0], u: [0, 1, 0], v: [0, 0, 1] },
  { n: [-1, 0, 0], u: [0, 0, 1], v: [0, 1, 0] },
  { n: [0, 1, 0], u: [0, 0, 1], v: [1, 0, 0] },
  { n: [0, -1, 0], u: [1, 0, 0], v: [0, 0, 1] },
  { n: [0, 0, 1], u: [1, 0, 0], v: [0, 1, 0] },
  { n: [0, 0, -1], u: [0, 1, 0], v: [1, 0, 0] },
];

export interface BoxOptions {
  size: Vec3;
  center: Vec3;
  /** Leave out the bottom face when it sits on something and can never be seen. */
  openBottom?: boolean;
}

/** Axis-aligned box; 4 vertices a face so each face keeps its own flat normal. */
export function box({ size, center, openBottom }: BoxOptions): MeshData {
  const mesh = emptyMesh();
  const half: Vec3 = [size[0] / 2, size[1] / 2, size[2] / 2];
  for (const { n, u, v } of BOX_FACES) {
    if (openBottom && n[1] === -1) continue;
    const c: Vec3 = [0, 1, 2].map((k) => center[k] + n[k] * half[k]) as Vec3;
    const hu: Vec3 = [0, 1, 2].map((k) => u[k] * half[k]) as Vec3;
    const hv: Vec3 = [0, 1, 2].map((k) => v[k] * half[k]) as Vec3;
    const corner = (su: number, sv: number): Vec3 => [0, 1, 2].map((k) => c[k] + su * hu[k] + sv * hv[k]) as Vec3;
    const i0 = pushVertex(mesh, corner(-1, -1), n);
    const i1 = pushVertex(mesh, corner(1, -1), n);
    const i2 = pushVertex(mesh, corner(1, 1), n);
    const i3 = pushVertex(mesh, corner(-1, 1), n);
    mesh.indices.push(i0, i1, i2, i0, i2, i3);
  }
  return mesh;
}

/** A closed outline in the XZ plane, listed in the same turning sense as lathe(): +Z toward +X. */
export type Outline = Array<[x: number, z: number]>;

/**
 * Walls of a vertical extrusion of a closed outline from y0 to y1, smooth around the outline
 * (each normal is perpendicular to the chord through its neighbours). No caps: every use in
 * this kit hides the ends inside a collar or base.
 */
export function extrudeWalls(outline: Outline, y0: number, y1: number): MeshData {
  const mesh = emptyMesh();
  const n = outline.length;
  for (let k = 0; k <= n; k++) {
    const [x, z] = outline[k % n];
    const [px, pz] = outline[(k - 1 + n) % n];
    const [nx, nz] = outline[(k + 1) % n];
    // Tangent (tx, tz) turns to the outward normal (-tz, tx) for this turning sense.
    const normal = normalize([-(nz - pz), 0, nx - px]);
    pushVertex(mesh, [x, y0, z], normal);
    pushVertex(mesh, [x, y1, z], normal);
  }
  for (let k = 0; k < n; k++) {
    const a = 2 * k;
    mesh.indices.push(a, a + 2, a + 1, a + 2, a + 3, a + 1);
  }
  return mesh;
}

/** A fluted column section: radius dips smoothly between `flutes` ridges, `samples` points per flute. */
export function flutedOutline(radius: number, depth: number, flutes: number, samples: number): Outline {
  const out: Outline = [];
  const total = flutes * samples;
  for (let k = 0; k < total; k++) {
    const t = (2 * Math.PI * k) / total;
    const r = radius - depth * (0.5 - 0.5 * Math.cos(flutes * t));
    out.push([r * Math.sin(t), r * Math.cos(t)]);
  }
  return out;
}

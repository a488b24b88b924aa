// Surfaces of revolution about +Y (lathe, sphere) with analytic normals, for the round parts of tower and lamp.
import { type MeshData, type Vec3, cross, emptyMesh, normalize, pushVertex, sub } from "./meshData.js";

/** A profile point in the (radius, height) half-plane. */
export type ProfilePoint = [r: number, y: number];

export interface LatheOptions {
  /** Divisions around the axis. */
  segments: number;
  /** Flat facets around the axis (an n-sided prism or pyramid) instead of a smooth round surface. */
  flat?: boolean;
  /** Angle of the first division, radians; turns a flat prism so a face, not an edge, meets +Z. */
  phase?: number;
}

interface Ring {
  r: number;
  y: number;
  /** Normal in the (radius, height) half-plane; it turns with the ring around the axis. */
  nr: number;
  ny: number;
}

// Angle θ maps to (r·sinθ, y, r·cosθ), which is what rotateY(θ) does to +Z, so rings and ringOf() agree.
function onRing(r: number, y: number, theta: number): Vec3 {
  return [r * Math.sin(theta), y, r * Math.cos(theta)];
}

/**
 * Smooth band between two rings. Triangles (a,b,d) and (b,c,d) face outward because
 * ∂p/∂θ × ∂p/∂height points away from the axis; the one that collapses at r = 0 is skipped
 * so caps and tips never produce degenerate triangles.
 */
function smoothBand(mesh: MeshData, lo: Ring, hi: Ring, segments: number, phase: number): void {
  const start = mesh.positions.length / 3;
  for (let i = 0; i <= segments; i++) {
    const t = phase + (2 * Math.PI * i) / segments;
    for (const ring of [lo, hi]) {
      pushVertex(mesh, onRing(ring.r, ring.y, t), normalize(onRing(ring.nr, ring.ny, t)));
    }
  }
  for (let i = 0; i < segments; i++) {
    const a = start + 2 * i;
    const [b, c, d] = [a + 2, a + 3, a + 1];
    if (lo.r > 0) mesh.indices.push(a, b, d);
    if (hi.r > 0) mesh.indices.push(b, c, d);
  }
}

/** Faceted band: each facet gets its own four vertices and the true plane normal, so edges stay crisp. */
function flatBand(mesh: MeshData, lo: ProfilePoint, hi: ProfilePoint, segments: number, phase: number): void {
  for (let i = 0; i < segments; i++) {
    const t0 = phase + (2 * Math.PI * i) / segments;
    const t1 = phase + (2 * Math.PI * (i + 1)) / segments;
    const a = onRing(lo[0], lo[1], t0);
    const b = onRing(lo[0], lo[1], t1);
    const c = onRing(hi[0], hi[1], t1);
    const d = onRing(hi[0], hi[1], t0);
    const n = lo[0] > 0 ? normalize(cross(sub(b, a), sub(d, a))) : normalize(cross(sub(c, b), sub(d, b)));
    const ia = pushVertex(mesh, a, n);
    const ib = pushVertex(mesh, b, n);
    const ic = pushVertex(mesh, c, n);
    const id = pushVertex(mesh, d, n);
    if (lo[0] > 0) mesh.indices.push(ia, ib, id);
    if (hi[0] > 0) mesh.indices.push(ib, ic, id);
  }
}

/**
 * Revolves a profile about +Y. List the profile from bottom to top with the solid on the
 * inside (bottom cap: (0,y)→(r,y); wall upward; top cap: (r,y)→(0,y)). Each profile segment is
 * its own band so mouldings and bands keep hard edges where the profile turns.
 */
export function lathe(profile: ProfilePoint[], options: LatheOptions): MeshData {
  const mesh = emptyMesh();
  const phase = options.phase ?? 0;
  for (let j = 0; j + 1 < profile.length; j++) {
    const [r0, y0] = profile[j];
    const [r1, y1] = profile[j + 1];
    if (r0 === 0 && r1 === 0) continue;
    if (options.flat) {
      flatBand(mesh, profile[j], profile[j + 1], options.segments, phase);
      continue;
    }
    const len = Math.hypot(r1 - r0, y1 - y0);
    const nr = (y1 - y0) / len;
    const ny = -(r1 - r0) / len;
    smoothBand(mesh, { r: r0, y: y0, nr, ny }, { r: r1, y: y1, nr, ny }, options.segments, phase);
  }
  return mesh;
}

export interface SphereOptions {
  radius: number;
  center: Vec3;
  segments: number;
  rings: number;
  /** Polar angle where the surface starts, from the top (0) to the bottom (π); π/2 gives a dome. */
  maxPolar?: number;
}

/** A sphere or dome with true radial normals (a lathe of polygon segments would look faceted). */
export function sphere(o: SphereOptions): MeshData {
  const mesh = emptyMesh();
  const maxPolar = o.maxPolar ?? Math.PI;
  const ringAt = (k: number): Ring => {
    // k = 0 is the lowest ring, so bands run upward as in lathe().
    const polar = maxPolar * (1 - k / o.rings);
    // Exact zero at the poles: sin(π) is 1e-16, which would keep a degenerate triangle alive.
    const r = Math.abs(Math.sin(polar)) < 1e-9 ? 0 : o.radius * Math.sin(polar);
    return { r, y: o.radius * Math.cos(polar), nr: Math.sin(polar), ny: Math.cos(polar) };
  };
  for (let k = 0; k < o.rings; k++) smoothBand(mesh, ringAt(k), ringAt(k + 1), o.segments, 0);
  for (let i = 0; i < mesh.positions.length; i += 3) {
    mesh.positions[i] += o.center[0];
    mesh.positions[i + 1] += o.center[1];
    mesh.positions[i + 2] += o.center[2];
  }
  return mesh;
}

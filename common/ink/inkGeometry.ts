// Plane geometry for judging strokes on the stroke data's 1024 grid (y up): resampling, Fréchet distance, fits.

export interface Vec {
  x: number;
  y: number;
}

export const sub = (a: Vec, b: Vec): Vec => ({ x: a.x - b.x, y: a.y - b.y });
export const dist = (a: Vec, b: Vec): number => {
  // Not Math.hypot: this is the judge's innermost call, and hypot's overflow care costs several times more.
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
};

export function pathLength(points: readonly Vec[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += dist(points[i - 1], points[i]);
  return total;
}

/**
 * `n` points evenly spaced along the path by arc length; extra numeric fields (time, pressure) are interpolated
 * too, so a profile can be read at the same places as the shape.
 */
export function resample<P extends Vec>(points: readonly P[], n: number): P[] {
  const total = pathLength(points);
  if (points.length < 2 || total === 0) return Array.from({ length: n }, () => ({ ...points[0] }));
  const out: P[] = [];
  let seg = 1;
  let walked = 0;
  for (let k = 0; k < n; k++) {
    const target = (total * k) / (n - 1);
    while (seg < points.length - 1 && walked + dist(points[seg - 1], points[seg]) < target) {
      walked += dist(points[seg - 1], points[seg]);
      seg++;
    }
    const a = points[seg - 1];
    const b = points[seg];
    const d = dist(a, b);
    const f = d === 0 ? 0 : Math.min(1, Math.max(0, (target - walked) / d));
    out.push(lerpFields(a, b, f));
  }
  return out;
}

function lerpFields<P extends Vec>(a: P, b: P, f: number): P {
  const out = { ...a } as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    const va = (a as Record<string, unknown>)[key];
    const vb = (b as Record<string, unknown>)[key];
    if (typeof va === "number" && typeof vb === "number") out[key] = va + (vb - va) * f;
  }
  return out as P;
}

export function centroid(points: readonly Vec[]): Vec {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** Centred on its centroid and scaled to unit RMS radius: what is left is the shape alone. */
export function normalise(points: readonly Vec[]): Vec[] {
  const c = centroid(points);
  let sq = 0;
  for (const p of points) sq += (p.x - c.x) ** 2 + (p.y - c.y) ** 2;
  const r = Math.sqrt(sq / points.length) || 1;
  return points.map((p) => ({ x: (p.x - c.x) / r, y: (p.y - c.y) / r }));
}

export function rotate(points: readonly Vec[], theta: number): Vec[] {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return points.map((p) => ({ x: p.x * c - p.y * s, y: p.x * s + p.y * c }));
}

/** The discrete Fréchet distance (Eiter & Mannila), iteratively with one row of memory. */
export function frechet(a: readonly Vec[], b: readonly Vec[]): number {
  const row = new Float64Array(b.length);
  for (let i = 0; i < a.length; i++) {
    let diag = 0;
    for (let j = 0; j < b.length; j++) {
      const d = dist(a[i], b[j]);
      const up = row[j];
      let best: number;
      if (i === 0 && j === 0) best = d;
      else if (i === 0) best = Math.max(row[j - 1], d);
      else if (j === 0) best = Math.max(up, d);
      else best = Math.max(Math.min(up, row[j - 1], diag), d);
      diag = up;
      row[j] = best;
    }
  }
  return row[b.length - 1];
}

/** Rotations tried when comparing shapes: a learner's slight slant is not a different stroke. */
const SHAPE_ROTATIONS = [-Math.PI / 16, -Math.PI / 32, 0, Math.PI / 32, Math.PI / 16];

/** Shape difference of two normalised curves: their least Fréchet distance under a slight slant of the first. */
export function shapeDistance(user: readonly Vec[], model: readonly Vec[]): number {
  let best = Infinity;
  for (const theta of SHAPE_ROTATIONS) best = Math.min(best, frechet(rotate(user, theta), model));
  return best;
}

export function meanDistance(a: readonly Vec[], b: readonly Vec[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += dist(a[i], b[i]);
  return total / a.length;
}

/** Uniform scale and translation taking the learner's points onto the model's: p ↦ s·p + t. */
export interface Placement {
  scale: number;
  tx: number;
  ty: number;
}

export const IDENTITY: Placement = { scale: 1, tx: 0, ty: 0 };

export const place = (p: Vec, f: Placement): Vec => ({ x: f.scale * p.x + f.tx, y: f.scale * p.y + f.ty });

/** Least-squares placement of paired points; the scale is kept only inside [minScale, maxScale]. */
export function fitPlacement(
  user: readonly Vec[],
  model: readonly Vec[],
  withScale: boolean,
  minScale = 0.7,
  maxScale = 1.4,
): Placement {
  const cu = centroid(user);
  const cm = centroid(model);
  let scale = 1;
  if (withScale) {
    let num = 0;
    let den = 0;
    for (let i = 0; i < user.length; i++) {
      const u = sub(user[i], cu);
      const m = sub(model[i], cm);
      num += u.x * m.x + u.y * m.y;
      den += u.x * u.x + u.y * u.y;
    }
    scale = den > 0 ? Math.min(maxScale, Math.max(minScale, num / den)) : 1;
  }
  return { scale, tx: cm.x - scale * cu.x, ty: cm.y - scale * cu.y };
}

/** Half the diagonal of the points' bounding box: how far a set of points reaches. */
export function spread(points: readonly Vec[]): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return Math.hypot(maxX - minX, maxY - minY) / 2;
}

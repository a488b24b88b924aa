// The geometric checks of one stroke against one model stroke, both on the data's grid: where it starts and ends,
// which way it goes, its length and its shape. Each check gives its number and the limit it was held to.
import { dist, meanDistance, normalise, pathLength, resample, shapeDistance, type Vec } from "./inkGeometry";

export type GeometryCheckName = "start" | "end" | "direction" | "length" | "shape";

export interface GeometryCheck {
  name: GeometryCheckName;
  ok: boolean;
  value: number;
  limit: number;
}

/** Curves are compared at this many evenly spaced points. */
export const CURVE_POINTS = 32;

/** A stroke ready to compare: evenly resampled, its shape alone (normalised), and its length. */
export interface Curve {
  points: Vec[];
  shape: Vec[];
  length: number;
}

export function toCurve(points: readonly Vec[]): Curve {
  const resampled = resample(
    points.map((p) => ({ x: p.x, y: p.y })),
    CURVE_POINTS,
  );
  return { points: resampled, shape: normalise(resampled), length: pathLength(points) };
}

export const reversedCurve = (c: Curve): Curve => ({
  points: [...c.points].reverse(),
  shape: [...c.shape].reverse(),
  length: c.length,
});

/** The limits; the position limits may be widened by the caller while the character's size is not yet known. */
export interface CheckLimits {
  /** Greatest distance (grid units) of the start or end from the model's. */
  position: number;
  /** Least cosine between the stroke's and the model's start-to-end direction. */
  direction: number;
  /** Length against the model's: within [minLength, maxLength]. */
  minLength: number;
  maxLength: number;
  /** Greatest Fréchet distance of the normalised shapes (unit RMS radius). */
  shape: number;
}

export const LIMITS: CheckLimits = { position: 130, direction: 0.7, minLength: 0.62, maxLength: 1.55, shape: 0.55 };

export interface StrokeFit {
  checks: GeometryCheck[];
  ok: boolean;
  /** Mean distance between matching points of the two curves: how near the stroke lies to this model stroke. */
  nearness: number;
}

const cosine = (a: Vec, b: Vec): number => {
  const la = Math.hypot(a.x, a.y);
  const lb = Math.hypot(b.x, b.y);
  return la === 0 || lb === 0 ? 0 : (a.x * b.x + a.y * b.y) / (la * lb);
};

const chord = (c: Curve): Vec => ({
  x: c.points[c.points.length - 1].x - c.points[0].x,
  y: c.points[c.points.length - 1].y - c.points[0].y,
});

/** Whether the stroke's ends are near enough the model's to be worth a full comparison. */
export function endsNear(user: Curve, model: Curve, startLimit: number, endLimit: number): boolean {
  return (
    dist(user.points[0], model.points[0]) <= startLimit &&
    dist(user.points[user.points.length - 1], model.points[model.points.length - 1]) <= endLimit
  );
}

/** `user`: the learner's stroke already placed on the grid. */
export function fitStroke(
  user: Curve,
  model: Curve,
  limits: CheckLimits = LIMITS,
  startLimit = limits.position,
  endLimit = limits.position,
): StrokeFit {
  const u = user.points;
  const m = model.points;
  const start = dist(u[0], m[0]);
  const end = dist(u[u.length - 1], m[m.length - 1]);
  const direction = cosine(chord(user), chord(model));
  const length = user.length / model.length;
  const shape = shapeDistance(user.shape, model.shape);
  const checks: GeometryCheck[] = [
    { name: "start", ok: start <= startLimit, value: start, limit: startLimit },
    { name: "end", ok: end <= endLimit, value: end, limit: endLimit },
    { name: "direction", ok: direction >= limits.direction, value: direction, limit: limits.direction },
    {
      name: "length",
      ok: length >= limits.minLength && length <= limits.maxLength,
      value: length,
      limit: length < 1 ? limits.minLength : limits.maxLength,
    },
    { name: "shape", ok: shape <= limits.shape, value: shape, limit: limits.shape },
  ];
  return { checks, ok: checks.every((c) => c.ok), nearness: meanDistance(u, m) };
}

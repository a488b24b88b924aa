// Synthetic handwriting from the stroke data's medians: a stroke as a hand would give it (points, times, pressure),
// at a size, place, speed and tremor, with the pressure and speed profile of its technique. Deterministic per seed.
import { pathLength, resample, type Vec } from "../../common/ink/inkGeometry";
import type { InkPoint } from "../../common/ink/inkStroke";
import type { StrokeKind } from "../../common/ink/strokeKinds";

export interface Hand {
  /** Size against the data's character, about the grid's centre. */
  scale: number;
  /** Where on the paper, in grid units. */
  dx: number;
  dy: number;
  /** Mean brush speed, grid units per millisecond (1024 units ≈ a 20 cm sheet; 1 unit/ms ≈ 20 cm/s). */
  speed: number;
  /** Tremor in grid units. */
  noise: number;
  /** Whether the device reports pressure (a pen or a controller's trigger) or not (a mouse: always 0.5). */
  pressure: boolean;
  random: () => number;
}

/** Spacing of the points, as a pointer reports them. */
const STEP = 14;
const CENTRE = 512;

/** The speed multiplier along the stroke (u from 0 to 1) that its technique asks for. */
export function speedShape(kind: StrokeKind, u: number): number {
  const ease = 0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, Math.max(0, u)));
  switch (kind) {
    case "leftFalling":
    case "rising":
      return 0.6 + 1.1 * u;
    case "hook":
      return u > 0.85 ? 1.9 : ease;
    case "rightFalling":
      return u > 0.7 && u < 0.9 ? 0.6 : u >= 0.9 ? 1.3 : 1;
    default:
      return ease;
  }
}

/** The pressure (0…1) along the stroke that its technique asks for. */
export function pressureShape(kind: StrokeKind, u: number): number {
  switch (kind) {
    case "leftFalling":
    case "rising":
      return 0.78 - 0.5 * u;
    case "rightFalling":
      return u < 0.8 ? 0.45 + 0.45 * (u / 0.8) : 0.9 - 2.5 * (u - 0.8);
    case "dot":
      return 0.3 + 0.55 * u;
    case "hook":
      return u > 0.88 ? 0.35 : 0.62;
    default:
      return u < 0.1 ? 0.75 : 0.6;
  }
}

/** One stroke along `path` (grid coordinates of the data's character), starting at time t0. */
export function writeStroke(path: readonly Vec[], kind: StrokeKind, hand: Hand, t0: number): InkPoint[] {
  const n = Math.max(5, Math.round(pathLength(path) / STEP));
  const pts = resample(path, n);
  // A slow wobble (two random waves) and a little jitter: a hand, not a plotter.
  const waves = [0, 1].map(() => ({ f: 1 + hand.random() * 2, phase: hand.random() * 6.28, ax: hand.random() - 0.5 }));
  let t = t0;
  return pts.map((p, i) => {
    const u = i / (n - 1);
    let wx = 0;
    let wy = 0;
    for (const w of waves) {
      wx += Math.sin(w.phase + u * w.f * Math.PI) * w.ax;
      wy += Math.cos(w.phase + u * w.f * Math.PI) * (0.5 - Math.abs(w.ax));
    }
    const jitter = () => (hand.random() - 0.5) * hand.noise * 0.5;
    if (i > 0) t += pathLength([pts[i - 1], p]) / (hand.speed * speedShape(kind, u));
    const point: InkPoint = {
      x: round(CENTRE + hand.scale * (p.x - CENTRE) + hand.dx + wx * hand.noise + jitter()),
      y: round(CENTRE + hand.scale * (p.y - CENTRE) + hand.dy + wy * hand.noise + jitter()),
      t: Math.round(t),
      pressure: hand.pressure
        ? Math.round(100 * Math.min(1, Math.max(0.05, pressureShape(kind, u) + (hand.random() - 0.5) * 0.06))) / 100
        : 0.5,
    };
    return point;
  });
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A whole character, stroke after stroke with a lift of 150–350 ms between. */
export function writeCharacter(paths: readonly Vec[][], kinds: readonly StrokeKind[], hand: Hand): InkPoint[][] {
  let t = 0;
  return paths.map((path, i) => {
    const stroke = writeStroke(path, kinds[i], hand, t);
    t = stroke[stroke.length - 1].t + 150 + Math.round(hand.random() * 200);
    return stroke;
  });
}

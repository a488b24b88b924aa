// The VR brush as strokes: each XR frame gives where the brush tip is over the paper (a grid point and its height)
// and how far the trigger is pulled; pulled over the paper a stroke starts, every frame adds a point (the trigger's
// depth as the brush's pressure), and letting go, or lifting the brush off the paper, finishes it. Pure.
import type { InkPoint } from "../../common/ink/inkStroke";

/** The brush tip this frame: the grid point under it (1024 grid, y up), metres above the paper, trigger 0…1. */
export interface BrushReading {
  x: number;
  y: number;
  height: number;
  trigger: number;
}

export const BRUSH = {
  /** Trigger depth that puts the brush down, and the lower one that lifts it (a little play, so it does not flicker). */
  press: 0.15,
  lift: 0.05,
  /** Highest above the paper a stroke starts or goes on (m): a controller is held a little over a real desk. */
  reach: 0.08,
  /** Lowest (m): a controller may sink into the desk, which it cannot feel; much further is not writing. */
  sink: -0.08,
  /** A stroke is cut off here and judged (a minute of frames at 72 Hz is not one stroke). */
  maxPoints: 1000,
} as const;

export type BrushEvent =
  | { kind: "idle" }
  /** A stroke being written: its points so far. */
  | { kind: "writing"; points: readonly InkPoint[] }
  /** A stroke finished: judge it. */
  | { kind: "finished"; points: InkPoint[] };

export interface InkBrush {
  /** One frame's reading (null when the tip is off the paper) at `now` ms. */
  frame(reading: BrushReading | null, now: number): BrushEvent;
  writing(): boolean;
}

const onPaper = (r: BrushReading) => r.height <= BRUSH.reach && r.height >= BRUSH.sink;

export function createInkBrush(): InkBrush {
  let points: InkPoint[] | null = null;
  let t0 = 0;
  const finish = (): BrushEvent => {
    const done = points!;
    points = null;
    // A tap (one frame) leaves no stroke to judge.
    return done.length >= 2 ? { kind: "finished", points: done } : { kind: "idle" };
  };
  return {
    frame(r, now) {
      if (!points) {
        if (!r || r.trigger < BRUSH.press || !onPaper(r)) return { kind: "idle" };
        t0 = now;
        points = [{ x: r.x, y: r.y, t: 0, pressure: r.trigger }];
        return { kind: "writing", points };
      }
      if (!r || r.trigger < BRUSH.lift || !onPaper(r)) return finish();
      const last = points[points.length - 1];
      const t = Math.max(last.t, now - t0);
      // A tip held still adds nothing: the judge reads the path, the timing lives in t.
      if (Math.hypot(r.x - last.x, r.y - last.y) >= 1) points.push({ x: r.x, y: r.y, t, pressure: r.trigger });
      if (points.length >= BRUSH.maxPoints) return finish();
      return { kind: "writing", points };
    },
    writing: () => points !== null,
  };
}

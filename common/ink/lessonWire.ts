// A group's writing lesson on the wire: message names, the compact sheet (each stroke's points as flat integers,
// thinned to a fixed most) and the bodies the server sends. No zod here (the schemas: lessonMessages.ts).
import type { InkPoint } from "./inkStroke";

export const LessonMessage = {
  /** Member → server: my finished sheet (LessonSheetInput). Server → the leading guide: a member's (LessonSheetMessage). */
  Sheet: "lesson:sheet",
  /** Guide → server `{ member }`: show this member's sheet to the whole group; `{ member: null }` takes it down. */
  Show: "lesson:show",
  /** Server → every member of the tour: LessonShownMessage. */
  Shown: "lesson:shown",
  /**
   * Guide → server `{}`: the members' sheets kept for the lesson now, again (after a reload or a reconnection the
   * board is empty); they come back as "lesson:sheet" messages, at most once every few seconds.
   */
  Resend: "lesson:resend",
} as const;
export type LessonMessage = (typeof LessonMessage)[keyof typeof LessonMessage];

/**
 * Most strokes a sheet carries: the lesson characters have at most 13, and a long sheet keeps each stroke's first
 * try and its accepted one (2 × 13), and the first stroke written after the character was complete.
 */
export const MAX_SHEET_STROKES = 32;
/** Most points a stroke keeps on the wire: the judge reads a stroke resampled, so a thinned one judges alike. */
export const MAX_SHEET_POINTS = 32;
/** Fields a point takes: x, y (grid units), t (ms since the stroke began), pressure (0–100, or -1: none). */
export const POINT_FIELDS = 4;
/** Longest a stroke may take (ms): ten minutes; a stroke's time is clamped to it on packing. */
export const MAX_STROKE_MS = 600_000;

/** One stroke on the wire: [x, y, t, p, x, y, t, p, …]. */
export type WireStroke = number[];

export interface LessonSheetInput {
  char: string;
  strokes: WireStroke[];
}

/** To the guide: a member's latest sheet for the lesson at this stop. */
export interface LessonSheetMessage extends LessonSheetInput {
  member: string;
  name: string;
}

/** To the group: the sheet the guide shows everyone, or `member: null` when it was taken down. */
export type LessonShownMessage = LessonSheetMessage | { member: null };

/** Thins a stroke to at most MAX_SHEET_POINTS (ends kept, evenly by index) and rounds it to integers. */
export function packStroke(points: readonly InkPoint[]): WireStroke {
  const n = Math.min(points.length, MAX_SHEET_POINTS);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = points[n === 1 ? 0 : Math.round((i * (points.length - 1)) / (n - 1))];
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));
    out.push(
      clamp(p.x, -1024, 2048),
      clamp(p.y, -1024, 2048),
      clamp(p.t, 0, MAX_STROKE_MS),
      p.pressure === undefined ? -1 : clamp(p.pressure * 100, 0, 100),
    );
  }
  return out;
}

export function unpackStroke(flat: readonly number[]): InkPoint[] {
  const points: InkPoint[] = [];
  for (let i = 0; i + POINT_FIELDS <= flat.length; i += POINT_FIELDS) {
    const [x, y, t, p] = flat.slice(i, i + POINT_FIELDS);
    points.push(p < 0 ? { x, y, t } : { x, y, t, pressure: p / 100 });
  }
  return points;
}

// The zod schemas of a group lesson's client → server messages (names and the sheet's layout: lessonWire.ts).
import { z } from "zod";
import { MAX_SHEET_POINTS, MAX_SHEET_STROKES, MAX_STROKE_MS, POINT_FIELDS } from "./lessonWire";

/** Each field's bounds, in the order of a point's fields (x, y, t, pressure). */
const FIELD_BOUNDS: readonly [number, number, string][] = [
  [-1024, 2048, "x"],
  [-1024, 2048, "y"],
  [0, MAX_STROKE_MS, "t"],
  [-1, 100, "pressure"],
];

const WireStrokeSchema = z
  .array(z.int())
  .min(2 * POINT_FIELDS, "a stroke has at least two points")
  .max(
    MAX_SHEET_POINTS * POINT_FIELDS,
    `a stroke has at most ${MAX_SHEET_POINTS} points (${MAX_SHEET_POINTS * POINT_FIELDS} numbers)`,
  )
  .superRefine((flat, ctx) => {
    if (flat.length % POINT_FIELDS !== 0) {
      ctx.addIssue({ code: "custom", message: `a stroke is ${POINT_FIELDS} numbers a point (x, y, t, pressure)` });
      return;
    }
    for (let i = 0; i < flat.length; i++) {
      const [lo, hi, name] = FIELD_BOUNDS[i % POINT_FIELDS];
      if (flat[i] < lo || flat[i] > hi) {
        ctx.addIssue({ code: "custom", path: [i], message: `${name} must be ${lo} to ${hi}` });
        return;
      }
    }
  });

export const LessonSheetSchema = z.strictObject({
  char: z.string().min(1).max(2),
  strokes: z
    .array(WireStrokeSchema)
    .min(1, "a sheet has at least one stroke")
    .max(MAX_SHEET_STROKES, `a sheet has at most ${MAX_SHEET_STROKES} strokes`),
});

export const LessonShowSchema = z.strictObject({ member: z.string().min(1).max(64).nullable() });

export const LessonResendSchema = z.strictObject({});

// A learner's stroke as the judge receives it (points on the stroke data's 1024 grid, y up, time in ms), checked.
import { z } from "zod";

/** More points than this in one stroke is not handwriting (a pen at 240 Hz for 8 s). */
export const MAX_STROKE_POINTS = 2000;
/** More strokes than this for one character is not an attempt at any lesson character. */
export const MAX_STROKES = 64;

const coordinate = z.number().finite().min(-4096).max(5120);

export const InkPointSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  t: z.number().finite().min(0),
  pressure: z.number().min(0).max(1).optional(),
});

export const InkStrokeSchema = z
  .array(InkPointSchema)
  .max(MAX_STROKE_POINTS, `a stroke has at most ${MAX_STROKE_POINTS} points`);
export const InkStrokesSchema = z.array(InkStrokeSchema).max(MAX_STROKES, `at most ${MAX_STROKES} strokes`);

export type InkPoint = z.infer<typeof InkPointSchema>;
export type InkStroke = z.infer<typeof InkStrokeSchema>;

/** The part of hanzi-writer-data's character file the judge reads: one median per stroke, on the 1024 grid. */
export const CharacterDataSchema = z.object({
  strokes: z.array(z.string()).min(1),
  medians: z.array(z.array(z.tuple([z.number().finite(), z.number().finite()])).min(2)).min(1),
});
export type CharacterData = z.infer<typeof CharacterDataSchema>;

/** Reads strokes from outside (a test, the automation handle), naming the first thing wrong with them. */
export function parseStrokes(input: unknown): InkStroke[] {
  const parsed = InkStrokesSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Strokes: ${issue.path.length ? `at [${issue.path.join("][")}] ` : ""}${issue.message}`);
}

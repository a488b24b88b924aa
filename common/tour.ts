// Tour plans, defined once in zod (assets/tours/*.json, the REST API and the store all use these), and the join code.
import { z } from "zod";
import { lessonCharacters } from "./ink/lessons";
import { NarrationMediaSchema } from "./narrationMedia";
import { IdSchema, finite } from "./sceneParts";
import { textFlaw } from "./visitorText";

/** What a stop is about: a landmark of an outdoor scene, or an exhibit (a catalog id shown in a hall). */
export const TourTargetSchema = z.strictObject({
  kind: z.enum(["landmark", "exhibit"]),
  id: IdSchema,
});

/** A guide's text: refused (naming the field) when it holds a broken, invisible or control character. */
const guideText = (missing: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, `at most ${max} characters`)
    .superRefine((s, ctx) => {
      const flaw = textFlaw(s);
      if (flaw) ctx.addIssue({ code: "custom", message: flaw });
    });
const text = (max: number) =>
  z.strictObject({ en: guideText("English text is missing", max), zh: guideText("Chinese text is missing", max) });

/** A writing lesson at a stop: while the guide is there, every member's studio shows this character. */
export const TourLessonSchema = z.strictObject({
  char: z
    .string()
    .max(2)
    .superRefine((c, ctx) => {
      if (!lessonCharacters().includes(c))
        ctx.addIssue({
          code: "custom",
          message: `"${c}" is not a character of the studio's lessons (${lessonCharacters().join("")})`,
        });
    }),
});

/** A performance on the theatre's stage: while the guide is at the stop, the stop's shared narration clock (which the
 *  guide starts, pauses and seeks) runs it, so every member sees the same moment and the same line. */
export const TourPerformanceSchema = z.strictObject({
  id: z.enum(["youyuan"], { message: "must name a performance of the theatre: youyuan" }),
});

export const TourStopSchema = z.strictObject({
  /** Unique within its plan; reordering names stops by id. */
  id: IdSchema,
  sceneId: IdSchema,
  /** Where the guide stands (scene metres: x east, z north) and which way the group looks (0 = north, 90 = east). */
  place: z.strictObject({ x: finite, z: finite }),
  headingDeg: finite.min(-360).max(360),
  target: TourTargetSchema,
  title: text(120),
  narration: text(4000),
  /** Recorded narration (common/narrationMedia.ts), the same schema as an exhibit's. */
  media: NarrationMediaSchema.optional(),
  /** How long the group expects to spend at the stop, in seconds. */
  durationSec: z.int().min(10).max(3600),
  /** A writing lesson, given at the studio's desk. */
  lesson: TourLessonSchema.optional(),
  /** A performance, watched in the theatre. */
  performance: TourPerformanceSchema.optional(),
});

export const MAX_STOPS = 40;

const stopsSchema = z
  .array(TourStopSchema)
  .min(1, "a plan needs at least one stop")
  .max(MAX_STOPS, `a plan has at most ${MAX_STOPS} stops`)
  .superRefine((stops, ctx) => {
    const seen = new Set<string>();
    stops.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate stop id "${s.id}"` });
      seen.add(s.id);
    });
  });

/** A plan as a guide writes it (REST body, sample file): the server adds the owner and times. */
export const TourPlanSchema = z.strictObject({
  id: IdSchema,
  title: text(120),
  description: text(1000),
  stops: stopsSchema,
});

/** A create request may leave the id for the server to choose. */
export const TourPlanInputSchema = TourPlanSchema.extend({ id: IdSchema.optional() });

/** A reorder request: every stop id of the plan, once, in the new order. */
export const StopOrderSchema = z.strictObject({ stopIds: z.array(IdSchema).min(1).max(MAX_STOPS) });

export type TourTarget = z.infer<typeof TourTargetSchema>;
export type TourStop = z.infer<typeof TourStopSchema>;
export type TourLesson = z.infer<typeof TourLessonSchema>;
export type TourPlan = z.infer<typeof TourPlanSchema>;
export type TourPlanInput = z.infer<typeof TourPlanInputSchema>;

/** A plan as stored: who owns it (null for the museum's sample plans) and when it changed (ms since 1970). */
export interface StoredTourPlan extends TourPlan {
  owner: string | null;
  updatedAt: number;
}

/** Join codes: 6 characters with no look-alikes (no 0/O, 1/I/L), read aloud or typed from a poster. */
export const TOUR_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const TOUR_CODE_LENGTH = 6;
export const TourCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${TOUR_CODE_ALPHABET}]{${TOUR_CODE_LENGTH}}$`),
    `must be ${TOUR_CODE_LENGTH} letters and digits, like "K7QM3D"`,
  );

export { tourLink } from "./tourLink";

/** Members within this distance of the leading guide (same scene) count as "with the group". */
export const GROUP_RADIUS_M = 12;

/** A live tour as GET /api/tours lists it for the entry screen (and as rooms advertise it in their metadata). */
export interface LiveTourListing {
  code: string;
  guideName: string;
  planTitle: { en: string; zh: string };
  /** Members other than the leading guide. */
  members: number;
  /** The scene of the current stop. */
  sceneId: string;
  stop: number;
  stopCount: number;
  /** The room instance that holds the tour. */
  roomId: string;
  /** Joinable by code or link only: GET /api/tours leaves it out. */
  private?: boolean;
}

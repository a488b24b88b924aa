// A landmark's history as claims a visitor can weigh: dated events (EDTF) with their confidence and sources, and its
// state in the two period layers the Bund can show, 1937 and today (what each layer draws: common/periodLayers.ts).
import { z } from "zod";
import { LocalizedTextSchema, finite } from "./sceneParts";

/** How sure a claim is: stated by sources, inferred from them (photographs, plans), or a reasoned guess. */
export const ConfidenceSchema = z.enum(["documented", "inferred", "conjectural"]);

/**
 * The part of Extended Date/Time Format (ISO 8601-2) the content uses: a year, year-month or full date, optionally
 * followed by "?" (uncertain), "~" (approximate) or "%" (both). The `edtf` package parses every such value.
 */
export const EdtfDateSchema = z
  .string()
  .regex(/^-?\d{4}(-\d{2}(-\d{2})?)?[?~%]?$/, 'must be an EDTF date such as "1907", "1908-01-20", "1943?" or "1907~"');

export const LandmarkEventSchema = z.strictObject({
  event: z.enum(["built", "opened", "rebuilt", "altered", "moved", "demolished", "renamed"]),
  date: EdtfDateSchema,
  confidence: ConfidenceSchema,
  /** What happened, when the event's name is not enough ("moved 22.4 m west when the road was widened"). */
  note: LocalizedTextSchema.optional(),
  sources: z.array(z.string().min(3)).min(1, "every dated claim needs a source"),
});

/** What a layer shows of a landmark. */
export const LayerStateSchema = z.enum(["standing", "lost", "moved", "altered", "new", "absent"]);

export const LayerSchema = z.strictObject({
  state: LayerStateSchema,
  /** Where it stands in this layer when it is elsewhere than `position` (the Signal Tower after 1993). */
  offset: z.strictObject({ x: finite, z: finite }).optional(),
  note: LocalizedTextSchema.optional(),
  /** Drawn although lost, as a displaced reminder (the old city wall in the 1937 layer). */
  shown: z.boolean().optional(),
});

export const LandmarkLayersSchema = z.strictObject({ "1937": LayerSchema, today: LayerSchema });

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type LandmarkEvent = z.infer<typeof LandmarkEventSchema>;
export type LayerState = z.infer<typeof LayerStateSchema>;
export type LandmarkLayers = z.infer<typeof LandmarkLayersSchema>;

// The life of a scene drawn by the kit, not modelled one by one: vehicles, trees, vessels on the river and the
// buildings of the far bank, each a row of like things between two points. Illustrative unless a source says where.
import { z } from "zod";
import { HexColorSchema, PointXZSchema, finite } from "./sceneParts";

export const StreetLifeKindSchema = z.enum([
  "tram",
  "car",
  "rickshaw",
  "tree",
  "steamer",
  "sampan",
  "warship",
  "godown",
  "wharf",
]);

export const StreetLifeSchema = z.strictObject({
  kind: StreetLifeKindSchema,
  /** The first of the row, and (with `count` > 1) the last: the others stand evenly between. */
  position: PointXZSchema,
  end: PointXZSchema.optional(),
  count: z.int().min(1).max(100).default(1),
  /** The way each one faces: 0 north (+z), 90 east (+x). */
  headingDeg: finite.min(-360).max(360),
  /** The body's colour; each kind has its own otherwise. */
  color: HexColorSchema.optional(),
  /** Placed to show what the scene held, not where a photograph shows one: the content says so. */
  illustrative: z.boolean().default(true),
});

export const StreetLifeListSchema = z
  .array(StreetLifeSchema)
  .max(200)
  .default([])
  .refine((rows) => rows.every((r) => r.count === 1 || r.end), "a row of more than one needs an `end`");

export type StreetLifeKind = z.infer<typeof StreetLifeKindSchema>;
export type StreetLife = z.infer<typeof StreetLifeSchema>;

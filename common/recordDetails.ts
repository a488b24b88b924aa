// What a real museum's collection record holds beyond title and period: type, maker, place, technique, marks, measures,
// acquisition, rights, a persistent identifier, comparable objects elsewhere and the date it was last revised.
import { z } from "zod";
import { LocalizedTextSchema, finite } from "./sceneParts";

/** How sure the record is of its maker: a named hand, a workshop, "in the manner of" a named master, or unknown. */
export const AttributionSchema = z.enum(["named", "workshop", "manner-of", "unknown"]);

export const MakerSchema = z
  .strictObject({
    name: LocalizedTextSchema,
    /** e.g. "potter", "calligrapher", "seal carver". */
    role: LocalizedTextSchema,
    attribution: AttributionSchema,
    /** Life dates of a named master (negative = BCE). */
    born: z.int().min(-3000).max(2100).optional(),
    died: z.int().min(-3000).max(2100).optional(),
  })
  .refine((m) => m.born === undefined || m.died === undefined || m.born < m.died, {
    path: ["died"],
    message: "died before being born",
  })
  .refine((m) => m.attribution === "unknown" || m.attribution === "workshop" || m.born !== undefined, {
    path: ["born"],
    message: "a named maker needs life dates",
  });

/** The parts a record measures, as museums list them. */
export const MeasuredPartSchema = z.enum([
  "height",
  "diameter",
  "width",
  "depth",
  "mouth",
  "foot",
  "image-height",
  "image-width",
  "mount-height",
  "mount-width",
  "seal-face",
]);

export const MeasurementSchema = z.strictObject({ part: MeasuredPartSchema, cm: finite.positive().max(2000) });

/** A real object in a public collection that shows the same type; the number is the one its owner publishes. */
export const ComparableSchema = z.strictObject({
  institution: z.string().min(3).max(200),
  number: z.string().min(1).max(60),
  title: z.string().min(3).max(300),
  source: z.string().min(3).max(300),
});

/** The fields a collection record has besides what a hall needs to draw it. */
export const RecordDetailsSchema = z.strictObject({
  objectType: LocalizedTextSchema,
  maker: MakerSchema,
  /** Kiln, workshop or place made. */
  placeMade: LocalizedTextSchema,
  technique: LocalizedTextSchema,
  marks: LocalizedTextSchema,
  measurements: z.array(MeasurementSchema).min(1).max(12),
  /** For an illustration: that it was made for this museum, and when. */
  acquisition: LocalizedTextSchema,
  rights: LocalizedTextSchema,
  /** A persistent identifier for the record (a URN or URL that never changes). */
  uri: z.string().regex(/^(urn:[a-z0-9-]+:|https:\/\/)\S+$/, "must be a urn: or https: URI"),
  /** ISO date of the last revision, e.g. "2026-12-02". */
  lastUpdated: z.iso.date(),
  /** Real objects elsewhere to check the type against (empty only where none is verified yet). */
  comparables: z.array(ComparableSchema).max(8),
});

export type Maker = z.infer<typeof MakerSchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;
export type Comparable = z.infer<typeof ComparableSchema>;
export type RecordDetails = z.infer<typeof RecordDetailsSchema>;

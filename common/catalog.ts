// ArtifactSchema: one record of the collection (assets/catalog/*.json), defined once; types are inferred from it.
import { z } from "zod";
import { NarrationMediaSchema } from "./narrationMedia";
import { RecordDetailsSchema } from "./recordDetails";
import { HexColorSchema, IdSchema, LocalizedTextSchema, finite } from "./sceneParts";

/** An accession number as the label shows it: "DB.CER.0001", or "DB.ILL.CER.0001" for an illustration. */
export const AccessionSchema = z
  .string()
  .regex(/^DB\.(ILL\.)?[A-Z]{3}\.\d{4}$/, "must look like DB.CER.0001 or DB.ILL.CER.0001");

/** The museum's departments; each has its hall. */
export const CategorySchema = z.enum(["ceramic", "bronze", "calligraphy", "painting", "seal"]);

/** What an object is made of: a closed list so that search by material is exact and bilingual (MATERIAL_NAMES). */
export const MaterialSchema = z.enum([
  "earthenware",
  "stoneware",
  "porcelain",
  "bronze",
  "ink-on-paper",
  "ink-on-silk",
  "colour-on-silk",
  "colour-on-paper",
  "oil-on-canvas",
  "soapstone",
  "jade",
  "ivory",
]);

/**
 * A lathe profile: [radius, height] pairs, both as fractions of the object's height, bottom to top.
 * Radii reach 10 because flat objects are wide for their height (a mirror 16 cm across and 1.6 cm thick has radius 5).
 */
export const ProfileSchema = z
  .array(z.tuple([finite.min(0).max(10), finite.min(0).max(1)]))
  .min(3, "a profile needs at least 3 points [radius, height]")
  .max(40, "a profile has at most 40 points")
  .refine((p) => p.every((pt, i) => i === 0 || pt[1] >= p[i - 1][1]), "heights must rise from bottom to top");

/** The picture on a scroll or painting, drawn procedurally from a subject and a seed into the hall's atlas. */
export const ArtworkSchema = z.strictObject({
  subject: z.enum(["calligraphy", "landscape", "flowers-and-birds", "bamboo", "figures", "cityscape", "portrait"]),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

export const ArtifactFormSchema = z.discriminatedUnion("kind", [
  /** Vases, jars, bowls: turned forms; accent bands are [from, to] heights as fractions. */
  z.strictObject({
    kind: z.literal("lathe"),
    profile: ProfileSchema,
    glaze: HexColorSchema,
    accent: HexColorSchema.optional(),
    bands: z
      .array(z.tuple([finite.min(0).max(1), finite.min(0).max(1)]))
      .max(8)
      .default([]),
  }),
  /** Bronze vessels: a turned body with cast legs and handles. */
  z.strictObject({
    kind: z.literal("bronze"),
    vessel: z.enum(["ding", "gui", "zun", "hu", "jue", "jian", "zhong", "mirror"]),
    profile: ProfileSchema,
    patina: HexColorSchema,
    legs: z.union([z.literal(0), z.literal(3), z.literal(4)]),
    handles: z.union([z.literal(0), z.literal(2)]),
  }),
  /** Hanging scrolls and handscrolls: a mounted picture of paper or silk. */
  z.strictObject({
    kind: z.literal("scroll"),
    mounting: z.enum(["hanging", "handscroll", "album-leaf", "fan"]),
    paper: HexColorSchema,
    mount: HexColorSchema,
    art: ArtworkSchema,
  }),
  /** Framed paintings (the Shanghai school, 1930s oil painting). */
  z.strictObject({ kind: z.literal("painting"), frame: HexColorSchema, ground: HexColorSchema, art: ArtworkSchema }),
  /** Seals: a carved stone block with a knob. */
  z.strictObject({ kind: z.literal("seal"), stone: HexColorSchema, knob: z.enum(["flat", "beast", "tile", "ring"]) }),
  /** A scanned or modelled object: a validated glb under assets/models. */
  z.strictObject({
    kind: z.literal("model"),
    src: z.string().regex(/^models\/[a-z0-9-]+\.glb$/, "must be models/<name>.glb"),
  }),
]);

export const PeriodSchema = z
  .strictObject({
    /** e.g. { en: "Ming dynasty, Xuande reign", zh: "明宣德" } */
    name: LocalizedTextSchema,
    /** The dynasty or era, a key of ERA_NAMES, for search by period. */
    era: z.enum([
      "neolithic",
      "shang",
      "western-zhou",
      "eastern-zhou",
      "han",
      "tang",
      "song",
      "yuan",
      "ming",
      "qing",
      "republic",
    ]),
    /** Years, negative for BCE. */
    startYear: z.int().min(-7000).max(2000),
    endYear: z.int().min(-7000).max(2000),
  })
  .refine((p) => p.startYear <= p.endYear, { message: "startYear must not be after endYear", path: ["endYear"] });

const cm = finite.positive().max(2000);

export const ArtifactSchema = z
  .strictObject({
    id: IdSchema,
    /** The museum's accession number as shown on the label: "DB.CER.0001", or "DB.ILL.CER.0001" for an illustration. */
    accession: AccessionSchema,
    category: CategorySchema,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    period: PeriodSchema,
    material: MaterialSchema,
    /** Height, width and depth in centimetres (round objects: width = depth = diameter). */
    dimensions: z.strictObject({ heightCm: cm, widthCm: cm, depthCm: cm }),
    provenance: LocalizedTextSchema,
    creditLine: LocalizedTextSchema,
    form: ArtifactFormSchema,
    /** True when the record is a plausible illustration of its type, not a documented object: the UI says so. */
    illustrative: z.boolean(),
    /** Recorded narration (common/narrationMedia.ts), the same schema as a tour stop's media. */
    narration: NarrationMediaSchema.optional(),
    /** The rest of a collection record (common/recordDetails.ts); every generated record has it. */
    details: RecordDetailsSchema.optional(),
  })
  .refine((a) => a.illustrative === a.accession.startsWith("DB.ILL."), {
    path: ["accession"],
    message: "an illustrative record is numbered DB.ILL.xxx.nnnn, and only an illustrative one",
  });

export type Category = z.infer<typeof CategorySchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Artwork = z.infer<typeof ArtworkSchema>;
export type ArtifactForm = z.infer<typeof ArtifactFormSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Era = Period["era"];
export type Artifact = z.infer<typeof ArtifactSchema>;

/** What a hall needs to draw and label an exhibit; the full record is fetched when it is inspected. */
export type ExhibitSummary = Pick<
  Artifact,
  "id" | "accession" | "category" | "title" | "material" | "dimensions" | "form"
> & {
  period: Pick<Period, "name" | "era" | "startYear" | "endYear">;
};

export function summaryOf(a: Artifact): ExhibitSummary {
  const { id, accession, category, title, material, dimensions, form, period } = a;
  return {
    id,
    accession,
    category,
    title,
    material,
    dimensions,
    form,
    period: { name: period.name, era: period.era, startYear: period.startYear, endYear: period.endYear },
  };
}

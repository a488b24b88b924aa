// LandmarkSchema: one building, bridge, wall or monument of a scene, as data the landmark kit builds from.
import { z } from "zod";
import { ConfidenceSchema, LandmarkEventSchema, LandmarkLayersSchema } from "./landmarkHistory";
import { HexColorSchema, IdSchema, LocalizedTextSchema, PointXZSchema, finite } from "./sceneParts";

const metres = (max: number) => finite.positive().max(max);

export const RoofSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("flat"), parapet: finite.min(0).max(5).default(1) }),
  z.strictObject({ type: z.literal("hipped"), height: metres(60) }),
  z.strictObject({ type: z.literal("pyramid"), height: metres(60) }),
  z.strictObject({ type: z.literal("gabled"), height: metres(60) }),
  z.strictObject({ type: z.literal("dome"), radius: metres(60), drumHeight: finite.min(0).max(40) }),
]);

export const TowerSchema = z.strictObject({
  width: metres(100),
  depth: metres(100),
  /** Height of the tower shaft above the roof line of the block below it. */
  height: metres(150),
  /** Offset from the building's centre in its own frame: x to its right, z towards its front. */
  offsetX: finite.default(0),
  offsetZ: finite.default(0),
  clock: z.boolean().default(false),
  roof: RoofSchema,
});

export const BuildingShapeSchema = z.strictObject({
  kind: z.literal("building"),
  /** Frontage along the street. */
  width: metres(300),
  depth: metres(300),
  /** Height of the main block to its cornice. */
  height: metres(300),
  floors: z.int().min(1).max(60),
  /** A rusticated stone base (ground and mezzanine floors), drawn in the base colour. */
  baseHeight: finite.min(0).max(40).default(0),
  /** Art Deco massing: each setback is a narrower block on top of the one below. */
  setbacks: z
    .array(z.strictObject({ inset: metres(60), height: metres(150), floors: z.int().min(1).max(40) }))
    .max(6)
    .default([]),
  /** A columned portico on the front: number of columns and its height. */
  portico: z.strictObject({ columns: z.int().min(2).max(16), height: metres(40), width: metres(200) }).optional(),
  roof: RoofSchema,
  tower: TowerSchema.optional(),
});

export const BridgeShapeSchema = z.strictObject({
  kind: z.literal("bridge"),
  /** Along the bridge's heading. */
  length: metres(500),
  width: metres(60),
  spans: z.int().min(1).max(10),
  trussHeight: metres(30),
});

export const WallShapeSchema = z.strictObject({
  kind: z.literal("wall"),
  length: metres(2000),
  height: metres(30),
  thickness: metres(30),
  gate: z.strictObject({ width: metres(20), height: metres(20), towerHeight: metres(40) }),
});

export const MonumentShapeSchema = z.strictObject({
  kind: z.literal("monument"),
  pedestalWidth: metres(30),
  pedestalHeight: metres(30),
  /** A column or obelisk between pedestal and figure; 0 for a plain pedestal. */
  columnHeight: finite.min(0).max(60),
  figureHeight: metres(15),
  /** A winged figure (the Angel of Peace) rather than a standing one. */
  winged: z.boolean().default(false),
});

export const ModelShapeSchema = z.strictObject({
  kind: z.literal("model"),
  model: z.string().regex(/^models\/[a-z0-9-]+\.glb$/, "must be models/<name>.glb"),
  scale: finite.positive().default(1),
  /** What the visitor collides with and what the minimap shows. */
  width: metres(300),
  depth: metres(300),
  height: metres(300),
});

/** The forms of the Pudong skyline the kit can draw as massing (client/render/kit/skylineParts.ts). */
export const SkylineFormSchema = z.enum(["pearl-tower", "jin-mao", "world-financial-center", "shanghai-tower"]);

/** A tower across the river: seen from the Bund, never reached, so it may stand beyond the scene's bounds. */
export const SkyscraperShapeSchema = z.strictObject({
  kind: z.literal("skyscraper"),
  form: SkylineFormSchema,
  /** To the top of its spire or mast. */
  height: metres(700),
  /** Across its base. */
  width: metres(120),
});

/** The riverside flood wall along its length, and the roadway widened in front of it. */
export const FloodWallShapeSchema = z.strictObject({
  kind: z.literal("flood-wall"),
  length: metres(3000),
  /** Above the walk; the wall also reaches down to the water. */
  height: metres(10),
  thickness: metres(5),
  /** From the wall back (away from the river) to the old kerb of the road. */
  roadBehind: metres(200),
  /** How far the widened road reaches over the old riverside strip; 0 when it was not widened. */
  roadWidening: finite.min(0).max(60),
});

export const LandmarkShapeSchema = z.discriminatedUnion("kind", [
  BuildingShapeSchema,
  BridgeShapeSchema,
  WallShapeSchema,
  MonumentShapeSchema,
  ModelShapeSchema,
  SkyscraperShapeSchema,
  FloodWallShapeSchema,
]);

export const ArchitecturalStyleSchema = z.enum([
  "neoclassical",
  "art-deco",
  "renaissance-revival",
  "baroque-revival",
  "gothic-revival",
  "tudor-revival",
  "queen-anne",
  "victorian",
  "eclectic",
  "chinese-traditional",
  "engineering",
  "contemporary",
]);

export const FacadeMaterialSchema = z.enum([
  "granite",
  "brick",
  "stucco",
  "terracotta",
  "concrete",
  "steel",
  "bronze",
  "glass",
]);

/** What the walls were faced with in the 1930s, and where that is read: shown on the card as "Façade: …". */
export const FacadeSourceSchema = z.strictObject({
  /** Each must also be among the landmark's sources. */
  citations: z.array(z.string().min(3)).min(1, "cite where the façade material is stated"),
  /** What exactly, e.g. "granite facing on a steel frame" / "钢框架结构，外墙花岗石饰面". */
  note: LocalizedTextSchema,
});

export const LandmarkSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The Bund address or location, e.g. "No. 13, The Bund". */
    address: LocalizedTextSchema,
    /** What it was: purpose, architect, the story. */
    description: LocalizedTextSchema,
    /** What became of it. */
    fate: LocalizedTextSchema,
    architect: LocalizedTextSchema.optional(),
    built: z.int().min(1000).max(2100),
    demolished: z.int().min(1000).max(2100).nullable(),
    /** Where the reconstruction is uncertain or deliberately displaced, the content says so. */
    uncertainty: LocalizedTextSchema.optional(),
    position: PointXZSchema,
    /** The compass heading its front faces: 0 north (+z), 90 east (+x, towards the river). */
    facingDeg: finite.min(-360).max(360),
    style: ArchitecturalStyleSchema,
    facade: z.strictObject({
      material: FacadeMaterialSchema,
      color: HexColorSchema,
      /** Stone base, bands and trim. */
      trimColor: HexColorSchema,
      roofColor: HexColorSchema,
      /** Horizontal bands every floor (the Palace Hotel's white stripes on red brick). */
      banded: z.boolean().default(false),
      /** Optional in the format so older scenes load; every structure of the Bund has one (tests/common/facadeSources). */
      materialSource: FacadeSourceSchema.optional(),
    }),
    shape: LandmarkShapeSchema,
    sources: z.array(z.string().min(3)).min(1, "cite at least one source for the facts"),
    /** Its dated history, each claim with a confidence and sources (common/landmarkHistory.ts). */
    events: z.array(LandmarkEventSchema).max(12).default([]),
    /** How sure the drawn shape is: its size and massing, as the uncertainty note explains. */
    shapeConfidence: ConfidenceSchema.optional(),
    /** Its state in 1937 and today; without it, it stands in both. */
    layers: LandmarkLayersSchema.optional(),
  })
  .refine((l) => l.demolished === null || l.demolished >= l.built, {
    path: ["demolished"],
    message: "demolished before it was built",
  })
  .refine((l) => (l.facade.materialSource?.citations ?? []).every((c) => l.sources.includes(c)), {
    path: ["facade", "materialSource", "citations"],
    message: "every façade citation must also be among the landmark's sources",
  });

export type Roof = z.infer<typeof RoofSchema>;
export type Tower = z.infer<typeof TowerSchema>;
export type LandmarkShape = z.infer<typeof LandmarkShapeSchema>;
export type BuildingShape = z.infer<typeof BuildingShapeSchema>;
export type BridgeShape = z.infer<typeof BridgeShapeSchema>;
export type WallShape = z.infer<typeof WallShapeSchema>;
export type MonumentShape = z.infer<typeof MonumentShapeSchema>;
export type ModelShape = z.infer<typeof ModelShapeSchema>;
export type SkyscraperShape = z.infer<typeof SkyscraperShapeSchema>;
export type FloodWallShape = z.infer<typeof FloodWallShapeSchema>;
export type Landmark = z.infer<typeof LandmarkSchema>;
export type FacadeSource = z.infer<typeof FacadeSourceSchema>;

// The pure helpers (footprintOf, isLost) live in landmarkGeometry.ts, zod-free, so the client bundle need not carry zod.

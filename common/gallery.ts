// Gallery parts of a scene: walls, displays that hold catalog items, and doorways between scenes.
import { z } from "zod";
import { HexColorSchema, IdSchema, LocalizedTextSchema, PointXZSchema, finite } from "./sceneParts";

/** A straight wall segment; doorways between rooms are the gaps between segments. */
export const WallSchema = z.strictObject({
  id: IdSchema,
  from: PointXZSchema,
  to: PointXZSchema,
  height: finite.positive().max(30),
  thickness: finite.positive().max(3).default(0.3),
  color: HexColorSchema,
});

/**
 * A run of exhibits along a line. `position` is the middle of its front edge, `yawDeg` the way its front faces
 * (towards the visitor), `length` its extent along that edge; items are spaced evenly along it in order.
 * - case: a glass case on a base, items standing inside;
 * - plinths: one plinth per item;
 * - wall: items hung at eye height (on a scene wall, or on its own panel when `panel` is set);
 * - table-case: a low glass case, items lying flat (handscrolls, seals).
 */
export const DisplaySchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(["case", "plinths", "wall", "table-case"]),
  /** The heading over the display, e.g. "Longquan celadon, Southern Song" (optional). */
  name: LocalizedTextSchema.optional(),
  position: PointXZSchema,
  yawDeg: finite,
  length: finite.positive().max(100),
  depth: finite.positive().max(5).default(0.8),
  panel: z.boolean().default(false),
  /** Catalog ids (assets/catalog), shown in this order from the display's left to its right. */
  items: z.array(IdSchema).min(1).max(80),
});

/** Walking into a doorway takes the visitor to a spawn point of another scene. */
export const DoorwaySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  position: PointXZSchema,
  /** The direction a visitor walks to go through it. */
  yawDeg: finite,
  width: finite.positive().max(20),
  height: finite.positive().max(20).default(3),
  to: z.strictObject({ scene: IdSchema, spawn: IdSchema }),
});

/**
 * How a hall is lit, as galleries of its kind are:
 * - daylight: an even, bright light from a luminous ceiling over pale walls (ceramics);
 * - spotlit: a dark room, each object in a pool of light from above (bronzes);
 * - conservation: a low, warm light kept off the walls, the works lit at their cases (paper and silk).
 */
export const GalleryLightSchema = z.enum(["daylight", "spotlit", "conservation"]);

export const CeilingSchema = z.strictObject({
  height: finite.positive().max(40),
  color: HexColorSchema,
  light: GalleryLightSchema.default("daylight"),
});

/** A backless gallery bench, `length` metres long, on the walking route between displays. */
export const BenchSchema = z.strictObject({
  id: IdSchema,
  position: PointXZSchema,
  /** The way its long side runs across: 0 = the bench runs east–west. */
  yawDeg: finite,
  length: finite.positive().max(6).default(2.4),
});

export type Wall = z.infer<typeof WallSchema>;
export type Display = z.infer<typeof DisplaySchema>;
export type Doorway = z.infer<typeof DoorwaySchema>;
export type Ceiling = z.infer<typeof CeilingSchema>;
export type GalleryLight = z.infer<typeof GalleryLightSchema>;
export type Bench = z.infer<typeof BenchSchema>;

// Small zod building blocks shared by the scene and landmark schemas.
import { z } from "zod";

export const finite = z.number().finite();

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, like 'customs-house'")
  .max(64);

export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like '#a1b2c3'");

/** Every visitor-facing text exists in English and Simplified Chinese. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, "English text is missing"),
  zh: z.string().trim().min(1, "Chinese text is missing"),
});

/** A point on the ground plane: x grows east (towards the river), z grows north. */
export const PointXZSchema = z.strictObject({ x: finite, z: finite });

export const PolygonSchema = z.array(z.tuple([finite, finite])).min(3, "a polygon needs at least 3 points [x, z]");

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type PointXZ = z.infer<typeof PointXZSchema>;
export type Polygon = z.infer<typeof PolygonSchema>;
export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ["en", "zh"];

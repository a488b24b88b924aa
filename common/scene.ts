// SceneSchema: the single definition of a scenes/*.json file; types are inferred from it.
import { z } from "zod";
import { BenchSchema, CeilingSchema, DisplaySchema, DoorwaySchema, WallSchema } from "./gallery";
import { LandmarkSchema } from "./landmark";
import { DEFAULT_EYE_HEIGHT } from "./measures";
import { StreetLifeListSchema } from "./streetLife";
import { HexColorSchema, IdSchema, LocalizedTextSchema, PointXZSchema, PolygonSchema, finite } from "./sceneParts";

export const BoundsSchema = z
  .strictObject({ minX: finite, maxX: finite, minZ: finite, maxZ: finite })
  .refine((b) => b.minX < b.maxX && b.minZ < b.maxZ, "min must be less than max on both axes");

export const SpawnPointSchema = z.strictObject({
  id: IdSchema,
  position: PointXZSchema,
  /** Heading in degrees, 0 = looking north (+z), 90 = east (+x). */
  yawDeg: finite,
});

export const ViewpointSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  position: z.strictObject({ x: finite, y: finite.min(0).max(500), z: finite }),
  yawDeg: finite,
  pitchDeg: finite.min(-89).max(89),
});

export const EnvironmentSchema = z.strictObject({
  skyZenith: HexColorSchema,
  skyHorizon: HexColorSchema,
  sun: z.strictObject({
    azimuthDeg: finite,
    elevationDeg: finite.min(0).max(90),
    intensity: finite.min(0).max(10),
    color: HexColorSchema,
  }),
  ambient: z.strictObject({ intensity: finite.min(0).max(10), color: HexColorSchema, groundColor: HexColorSchema }),
  fog: z.strictObject({ color: HexColorSchema, start: finite.min(0), end: finite.min(1) }).optional(),
});

export const GroundAreaKindSchema = z.enum(["street", "promenade", "pavement", "lawn", "quay"]);
export const GroundAreaSchema = z.strictObject({
  id: IdSchema,
  kind: GroundAreaKindSchema,
  polygon: PolygonSchema,
  color: HexColorSchema,
});

export const WaterSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  polygon: PolygonSchema,
  level: finite.max(0),
  color: HexColorSchema,
});

/** Walkable decks over water (bridges, pontoons): they win over the water below them. */
export const WalkwaySchema = z.strictObject({ id: IdSchema, polygon: PolygonSchema });

/** A repeated prop from a glb (lamps, benches), placed as instances. */
export const PropSchema = z.strictObject({
  id: IdSchema,
  model: z.string().regex(/^models\/[a-z0-9-]+\.glb$/, "must be models/<name>.glb"),
  scale: finite.positive().default(1),
  placements: z.array(z.strictObject({ position: PointXZSchema, yawDeg: finite })).min(1),
  /** Props with a trunk or post the visitor should not walk through. */
  collisionRadius: finite.min(0).max(5).default(0),
});

export const PointOfInterestSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  position: PointXZSchema,
});

export const SceneKindSchema = z.enum(["outdoor", "gallery", "theatre", "studio"]);

export const SceneSchema = z
  .strictObject({
    id: IdSchema,
    kind: SceneKindSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Real-world orientation and provenance of the reconstruction as a whole. */
    reconstructionNote: LocalizedTextSchema,
    bounds: BoundsSchema,
    eyeHeight: finite.min(1).max(2.2).default(DEFAULT_EYE_HEIGHT),
    spawnPoints: z.array(SpawnPointSchema).min(1),
    viewpoints: z.array(ViewpointSchema).default([]),
    environment: EnvironmentSchema,
    ground: z.strictObject({ baseColor: HexColorSchema, areas: z.array(GroundAreaSchema) }),
    water: z.array(WaterSchema).default([]),
    walkways: z.array(WalkwaySchema).default([]),
    landmarks: z.array(LandmarkSchema).default([]),
    props: z.array(PropSchema).default([]),
    /** Vehicles, trees, vessels and the far bank, drawn by the kit (common/streetLife.ts). */
    streetLife: StreetLifeListSchema,
    pointsOfInterest: z.array(PointOfInterestSchema).default([]),
    walls: z.array(WallSchema).default([]),
    ceiling: CeilingSchema.optional(),
    displays: z.array(DisplaySchema).default([]),
    benches: z.array(BenchSchema).default([]),
    doorways: z.array(DoorwaySchema).default([]),
    tourStops: z.array(z.unknown()).max(0, "tour stops are not supported in this version of the format").default([]),
  })
  .superRefine((scene, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const prior = seen.get(id);
      if (prior) ctx.addIssue({ code: "custom", path, message: `duplicate id "${id}" (already used at ${prior})` });
      else seen.set(id, formatPath(path));
    };
    const inBounds = (p: { x: number; z: number }) =>
      p.x >= scene.bounds.minX && p.x <= scene.bounds.maxX && p.z >= scene.bounds.minZ && p.z <= scene.bounds.maxZ;
    scene.landmarks.forEach((l, i) => {
      claim(l.id, ["landmarks", i, "id"]);
      // A tower across the river is seen, never reached: it may stand beyond the ground the visitor walks.
      if (!inBounds(l.position) && l.shape.kind !== "skyscraper")
        ctx.addIssue({ code: "custom", path: ["landmarks", i, "position"], message: "lies outside the scene bounds" });
    });
    scene.spawnPoints.forEach((s, i) => {
      claim(s.id, ["spawnPoints", i, "id"]);
      if (!inBounds(s.position))
        ctx.addIssue({
          code: "custom",
          path: ["spawnPoints", i, "position"],
          message: "lies outside the scene bounds",
        });
    });
    scene.viewpoints.forEach((v, i) => claim(v.id, ["viewpoints", i, "id"]));
    scene.ground.areas.forEach((a, i) => claim(a.id, ["ground", "areas", i, "id"]));
    scene.water.forEach((w, i) => claim(w.id, ["water", i, "id"]));
    scene.walkways.forEach((w, i) => claim(w.id, ["walkways", i, "id"]));
    scene.props.forEach((p, i) => claim(p.id, ["props", i, "id"]));
    scene.pointsOfInterest.forEach((p, i) => claim(p.id, ["pointsOfInterest", i, "id"]));
    scene.walls.forEach((w, i) => claim(w.id, ["walls", i, "id"]));
    scene.benches.forEach((b, i) => {
      claim(b.id, ["benches", i, "id"]);
      if (!inBounds(b.position))
        ctx.addIssue({ code: "custom", path: ["benches", i, "position"], message: "lies outside the scene bounds" });
    });
    scene.doorways.forEach((d, i) => {
      claim(d.id, ["doorways", i, "id"]);
      if (!inBounds(d.position))
        ctx.addIssue({ code: "custom", path: ["doorways", i, "position"], message: "lies outside the scene bounds" });
    });
    const shown = new Map<string, string>();
    scene.displays.forEach((d, i) => {
      claim(d.id, ["displays", i, "id"]);
      if (!inBounds(d.position))
        ctx.addIssue({ code: "custom", path: ["displays", i, "position"], message: "lies outside the scene bounds" });
      d.items.forEach((item, j) => {
        const prior = shown.get(item);
        if (prior)
          ctx.addIssue({
            code: "custom",
            path: ["displays", i, "items", j],
            message: `item "${item}" is already shown at ${prior}`,
          });
        else shown.set(item, formatPath(["displays", i, "items", j]));
      });
    });
  });

export type Scene = z.infer<typeof SceneSchema>;
export type SceneInput = z.input<typeof SceneSchema>;
export type Bounds = z.infer<typeof BoundsSchema>;
export type SpawnPoint = z.infer<typeof SpawnPointSchema>;
export type Viewpoint = z.infer<typeof ViewpointSchema>;
export type Environment = z.infer<typeof EnvironmentSchema>;
export type GroundArea = z.infer<typeof GroundAreaSchema>;
export type Water = z.infer<typeof WaterSchema>;
export type Walkway = z.infer<typeof WalkwaySchema>;
export type Prop = z.infer<typeof PropSchema>;
export type PointOfInterest = z.infer<typeof PointOfInterestSchema>;

/** `landmarks[3].built` — the path form used in every scene error message. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

export class SceneFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`${file} is not a valid scene:\n${problems.map((p) => `  ${file}: ${p.path}: ${p.message}`).join("\n")}`);
    this.name = "SceneFileError";
  }
}

/** Parses raw JSON text of a scene file; throws SceneFileError naming the file and each bad path. */
export function parseSceneFile(file: string, text: string): Scene {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new SceneFileError(file, [{ path: "(root)", message: `not valid JSON: ${(err as Error).message}` }]);
  }
  return parseScene(file, raw);
}

export function parseScene(file: string, raw: unknown): Scene {
  const result = SceneSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new SceneFileError(
    file,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

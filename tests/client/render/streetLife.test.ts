// The kit's street life and sky under NullEngine: the Bund's trams, cars, rickshaws, trees, river craft and far bank
// come out as one mesh in one material (one draw call), the sky and the ground's shadows as one mesh each, all
// within the triangle budget; the rows are placed as the data says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it } from "vitest";
import { parseSceneFile } from "../../../common/scene";
import { StreetLifeListSchema } from "../../../common/streetLife";
import { addGroundShadows, addSky } from "../../../client/render/environment";
import { createKitMaterials } from "../../../client/render/materials";
import { placesOf, streetLifeBuffer } from "../../../client/render/kit/streetLifeParts";
import { addStreetLife } from "../../../client/render/streetLife";

const bund = parseSceneFile(
  "scenes/bund.json",
  readFileSync(path.resolve(import.meta.dirname, "../../../scenes/bund.json"), "utf8"),
);
let engine: NullEngine | undefined;
afterEach(() => engine?.dispose());

/** createKitMaterials draws its textures on a canvas; NullEngine has none, so give it one that records nothing. */
globalThis.OffscreenCanvas ??= class {
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    const noop = () => undefined;
    return new Proxy(
      {},
      { get: (_t, k) => (k === "getImageData" ? () => ({ data: new Uint8ClampedArray(4) }) : noop), set: () => true },
    );
  }
} as unknown as typeof OffscreenCanvas;

describe("street life (pure half)", () => {
  it("places a row evenly from its first to its last", () => {
    const [row] = StreetLifeListSchema.parse([
      { kind: "car", position: { x: 0, z: 0 }, end: { x: 0, z: 30 }, count: 4, headingDeg: 0 },
    ]);
    expect(placesOf(row)).toEqual([
      { x: 0, z: 0 },
      { x: 0, z: 10 },
      { x: 0, z: 20 },
      { x: 0, z: 30 },
    ]);
  });

  it("refuses a row of several with no end, and an unknown kind", () => {
    expect(() =>
      StreetLifeListSchema.parse([{ kind: "car", position: { x: 0, z: 0 }, count: 3, headingDeg: 0 }]),
    ).toThrow(/needs an `end`/);
    expect(() => StreetLifeListSchema.parse([{ kind: "zeppelin", position: { x: 0, z: 0 }, headingDeg: 0 }])).toThrow();
  });

  it("turns each by its heading: a tram heading east is long along x", () => {
    const b = streetLifeBuffer(
      StreetLifeListSchema.parse([{ kind: "tram", position: { x: 0, z: 0 }, headingDeg: 90 }]),
    );
    const xs = b.positions.filter((_, i) => i % 3 === 0);
    const zs = b.positions.filter((_, i) => i % 3 === 2);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(10);
    expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(3);
  });
});

describe("the Bund's street life, sky and shadows under NullEngine", () => {
  it("has every kind the issue asks for, marked illustrative", () => {
    const kinds = new Set(bund.streetLife.map((r) => r.kind));
    for (const k of ["tram", "car", "rickshaw", "tree", "steamer", "sampan", "warship", "godown", "wharf"])
      expect(kinds).toContain(k);
    expect(bund.streetLife.every((r) => r.illustrative)).toBe(true);
  });

  it("is one mesh in the kit's stone material (one draw call), well inside the triangle budget", () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const materials = createKitMaterials(scene);
    const before = scene.meshes.length;
    const mesh = addStreetLife(bund, materials, scene)!;
    expect(scene.meshes.length - before).toBe(1);
    expect(mesh.material).toBe(materials.stone);
    const things = bund.streetLife.reduce((n, r) => n + r.count, 0);
    expect(things).toBeGreaterThan(100);
    expect(mesh.metadata).toEqual({ streetLife: things });
    expect(mesh.getTotalIndices() / 3).toBeLessThan(30_000);
    expect(mesh.isPickable).toBe(false);
  });

  it("draws the sky (with the sun) and every building's shadow as one mesh each", () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const sky = addSky(bund, scene);
    const shadows = addGroundShadows(bund, scene)!;
    expect(sky.getTotalIndices() / 3).toBeLessThan(3_000);
    const casters = bund.landmarks.filter((l) => l.shape.kind === "building" || l.shape.kind === "model").length;
    expect(casters).toBeGreaterThan(10);
    // Each shadow a convex fan: at least a triangle, at most the hull of eight points.
    expect(shadows.getTotalIndices() / 3).toBeGreaterThanOrEqual(casters);
    expect(shadows.getTotalIndices() / 3).toBeLessThanOrEqual(casters * 6);
    expect(shadows.material!.alpha).toBeLessThan(1);
  });
});

// The landmark kit under NullEngine: real meshes come out, merged one per material, and picks name their landmark.
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it } from "vitest";
import { parseScene } from "../../../common/scene";
import { BuildingShapeSchema, LandmarkSchema } from "../../../common/landmark";
import { landmarkOfFace, landmarkParts, mergeByMaterial } from "../../../client/render/kit/landmarkParts";
import { buildLandmarkMeshes, landmarkOfPick } from "../../../client/render/landmarkMeshes";
import { createKitMaterials } from "../../../client/render/materials";
import { buildingTop } from "../../../client/render/kit/buildingParts";
import { FACADE_KIT } from "../../../client/render/kit/facadeKit";
import { landmark, miniScene } from "../../fixtures/miniScene";

const data = parseScene("mini.json", miniScene());
let engine: NullEngine | undefined;

function newScene() {
  engine = new NullEngine();
  return new Scene(engine);
}
afterEach(() => engine?.dispose());

/** createKitMaterials draws its textures on a canvas; NullEngine has none, so give it a recording 2D context. */
function fakeCanvasContext() {
  const noop = () => undefined;
  return new Proxy(
    {},
    {
      get: (_t, key) =>
        key === "getImageData"
          ? () => ({ data: new Uint8ClampedArray(4) })
          : key === "measureText"
            ? () => ({ width: 1 })
            : noop,
      set: () => true,
    },
  );
}
globalThis.OffscreenCanvas ??= class {
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    return fakeCanvasContext();
  }
} as unknown as typeof OffscreenCanvas;

describe("landmark kit (pure half)", () => {
  it("a building with a clock tower yields facade, stone, roof and clock parts", () => {
    const parts = landmarkParts(data.landmarks[0], FACADE_KIT);
    const materials = new Set(parts.map((p) => p.material));
    expect([...materials].sort()).toEqual(["clock", "facade", "roof", "stone"]);
    for (const p of parts) expect(p.buffer.triangleCount).toBeGreaterThan(0);
  });

  it("geometry is placed in the world by position and heading", () => {
    const [block] = landmarkParts(data.landmarks[0], FACADE_KIT).filter((p) => p.name.endsWith("/base"));
    const xs = block.buffer.positions.filter((_, i) => i % 3 === 0);
    const zs = block.buffer.positions.filter((_, i) => i % 3 === 2);
    // Centre (-20, 50), 40 m (+0.8 m for the string course over the rusticated base) in both directions.
    expect(Math.min(...xs)).toBeCloseTo(-40.4, 5);
    expect(Math.max(...xs)).toBeCloseTo(0.44, 5); // its front faces east: the keystones stand proud of the courses
    expect(Math.min(...zs)).toBeCloseTo(29.6, 5);
  });

  it("every kind of landmark produces geometry with matching array lengths", () => {
    for (const l of data.landmarks) {
      const parts = landmarkParts(l, FACADE_KIT);
      expect(parts.length, l.id).toBeGreaterThan(0);
      for (const { buffer: b } of parts) {
        expect(b.normals.length).toBe(b.positions.length);
        expect(b.colors.length).toBe((b.positions.length / 3) * 4);
        expect(b.uvs.length).toBe((b.positions.length / 3) * 2);
        expect(Math.max(...b.indices)).toBeLessThan(b.vertexCount);
      }
    }
  });

  it("merging keeps every triangle and a range per landmark", () => {
    const parts = data.landmarks.flatMap((l) => landmarkParts(l, FACADE_KIT));
    const merged = mergeByMaterial(parts);
    const total = (xs: { buffer: { triangleCount: number } }[]) => xs.reduce((n, x) => n + x.buffer.triangleCount, 0);
    expect(total(merged)).toBe(total(parts));
    const stone = merged.find((m) => m.material === "stone")!;
    const ids = stone.ranges.map((r) => r.landmarkId);
    expect(new Set(ids)).toEqual(new Set(["customs-house", "garden-bridge", "angel-of-peace"]));
    expect(landmarkOfFace(stone.ranges, 0)).toBe(stone.ranges[0].landmarkId);
    expect(landmarkOfFace(stone.ranges, stone.buffer.triangleCount - 1)).toBe(stone.ranges.at(-1)!.landmarkId);
    expect(landmarkOfFace(stone.ranges, stone.buffer.triangleCount)).toBeNull();
  });

  it("the top of a tower is counted in the building's height", () => {
    const l = LandmarkSchema.parse(landmark());
    expect(buildingTop(BuildingShapeSchema.parse(l.shape))).toBeGreaterThan(32 + 30);
  });

  it("a building without the façade kit is refused with a message naming it", () => {
    expect(() => landmarkParts(data.landmarks[0])).toThrow(/customs-house: .*façade kit/);
  });

  it("a glTF-modelled landmark has no kit parts", () => {
    const l = LandmarkSchema.parse(
      landmark({ shape: { kind: "model", model: "models/gutzlaff-signal-tower.glb", width: 8, depth: 8, height: 48 } }),
    );
    expect(landmarkParts(l)).toEqual([]);
  });
});

describe("landmark kit (Babylon half, NullEngine)", () => {
  it("merged: one mesh per material and layer group, each frozen and pickable to its landmark", () => {
    const scene = newScene();
    const { meshes } = buildLandmarkMeshes(data.landmarks, FACADE_KIT, createKitMaterials(scene), scene, "merged");
    const shared = meshes.filter((m) => !/-(1937|today)-/.test(m.name));
    expect(shared.map((m) => m.name).sort()).toEqual([
      "landmarks-clock",
      "landmarks-facade",
      "landmarks-roof",
      "landmarks-stone",
    ]);
    for (const m of meshes) {
      expect(m.getTotalIndices()).toBeGreaterThan(0);
      expect(m.isWorldMatrixFrozen).toBe(true);
      expect(m.material?.name).toBe(`kit-${m.name.split("-").at(-1)}`);
    }
    const clock = meshes.find((m) => m.name === "landmarks-clock")!;
    expect(landmarkOfPick(clock, 0)).toBe("customs-house");
  });

  it("naive: one mesh per part, many more of them, the same triangles", () => {
    const scene = newScene();
    const mats = createKitMaterials(scene);
    const naive = buildLandmarkMeshes(data.landmarks, FACADE_KIT, mats, scene, "naive").meshes;
    const merged = buildLandmarkMeshes(data.landmarks, FACADE_KIT, mats, scene, "merged").meshes;
    expect(naive.length).toBeGreaterThan(merged.length * 4);
    const tris = (ms: typeof naive) => ms.reduce((n, m) => n + m.getTotalIndices() / 3, 0);
    expect(tris(naive)).toBe(tris(merged));
    expect(
      landmarkOfPick(
        naive.find((m) => m.name.startsWith("garden-bridge"))!,
        0,
      ),
    ).toBe("garden-bridge");
  });
});

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
import { placesOf, SPEEDS, streetLifeBuffer, trafficBuffer, travels } from "../../../client/render/kit/streetLifeParts";
import { addStreetLife } from "../../../client/render/streetLife";
import { addTraffic, TRAVEL } from "../../../client/render/traffic";

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

describe("traffic (pure half)", () => {
  const rows = StreetLifeListSchema.parse([
    { kind: "car", position: { x: 0, z: 0 }, end: { x: 0, z: 30 }, count: 4, headingDeg: 0 },
    { kind: "tram", position: { x: 5, z: 0 }, end: { x: 5, z: 30 }, count: 2, headingDeg: 180 },
    { kind: "tree", position: { x: 9, z: 0 }, end: { x: 9, z: 30 }, count: 4, headingDeg: 0 },
    { kind: "car", position: { x: 12, z: 0 }, headingDeg: 0 },
  ]);

  it("moves trams, cars, rickshaws and sampans in rows; trees and lone vehicles stand", () => {
    expect(rows.map(travels)).toEqual([true, true, false, false]);
    expect(Object.keys(SPEEDS).sort()).toEqual(["car", "rickshaw", "sampan", "tram"]);
  });

  it("gives each vertex its vehicle's velocity, loop and start along the row, the way it heads", () => {
    const { buffer, travel, count } = trafficBuffer(rows);
    expect(count).toBe(6);
    expect(travel.length).toBe(buffer.vertexCount * 4);
    const per = (i: number) => travel.slice(i * 4, i * 4 + 4);
    // The cars head north from z = 0: starts 0, 10, 20, 30 on a loop of 40 m (the spacing holds when they go round).
    const cars = new Set<string>();
    const trams = new Set<string>();
    for (let v = 0; v < buffer.vertexCount; v++) {
      const [vx, vz, loop, s] = per(v);
      (buffer.positions[v * 3] < 3 ? cars : trams).add(`${vx},${vz},${loop},${s}`);
    }
    expect([...cars]).toEqual([0, 10, 20, 30].map((s) => `0,${SPEEDS.car},40,${s}`));
    // The trams head south: they start from the row's north end, the one at z = 30 first.
    expect([...trams].sort()).toEqual([0, 30].map((s) => `0,${-SPEEDS.tram!},60,${s}`).sort());
    const northTram = [...Array(buffer.vertexCount).keys()].find(
      (v) => buffer.positions[v * 3] > 3 && buffer.positions[v * 3 + 2] > 20,
    )!;
    expect(per(northTram)[3]).toBeCloseTo(0);
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

  it("puts what travels in one more mesh, moved by its vertex shader (no work per frame on the CPU)", () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const materials = createKitMaterials(scene);
    const traffic = addTraffic(bund, materials, scene)!;
    const moving = bund.streetLife.filter(travels);
    expect(new Set(moving.map((r) => r.kind))).toEqual(new Set(["tram", "car", "rickshaw", "sampan"]));
    expect(traffic.count).toBe(moving.reduce((n, r) => n + r.count, 0));
    expect(traffic.mesh.metadata).toEqual({ traffic: traffic.count });
    expect(traffic.mesh.isVerticesDataPresent(TRAVEL)).toBe(true);
    expect(traffic.mesh.getVerticesData(TRAVEL)!.length).toBe(traffic.mesh.getTotalVertices() * 4);
    expect(traffic.mesh.material!.pluginManager?.getPlugin("Travel")).toBeTruthy();
    // Its texture is the kit's own speckle (a cloned canvas texture is never drawn, and never ready).
    expect(traffic.mesh.material!.getActiveTextures()).toEqual([materials.textures.speckle]);
    expect(traffic.mesh.getTotalIndices() / 3).toBeLessThan(20_000);
    // And the standing street life no longer draws them.
    const standing = addStreetLife(bund, materials, scene)!;
    const all = streetLifeBuffer(bund.streetLife).triangleCount;
    expect(standing.getTotalIndices() / 3 + traffic.mesh.getTotalIndices() / 3).toBe(all);
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

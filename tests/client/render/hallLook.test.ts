// The halls' look under NullEngine: lamps as each kind of gallery hangs them, lit cases, benches, the wall texts
// (introduction facing the entrance, numbered sections over every display), all merged so a real hall draws in few
// calls; and the display light that leaves walls and floor to the room's own light.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import type { DirectionalLight } from "@babylonjs/core/Lights/directionalLight";
import { Scene as BabylonScene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it } from "vitest";
import { summaryOf, type ExhibitSummary } from "../../../common/catalog";
import { parseCatalogFile } from "../../../common/catalogFile";
import { parseSceneFile, type Scene } from "../../../common/scene";
import { benchBuffer, ceilingLamps, MOODS } from "../../../client/render/gallery/hallFixtures";
import { buildHallParts } from "../../../client/render/gallery/hallParts";
import { buildHall } from "../../../client/render/gallery/hallView";
import { atlasHeight, planWallTexts, tileRect } from "../../../client/render/gallery/wallTextLayout";
import { createKitMaterials } from "../../../client/render/materials";

const root = path.resolve(import.meta.dirname, "../../..");
const scene = (id: string) =>
  parseSceneFile(`${id}.json`, readFileSync(path.join(root, "scenes", `${id}.json`), "utf8"));
const items = new Map<string, ExhibitSummary>(
  ["ceramic", "bronze", "calligraphy", "painting", "seal"].flatMap((c) =>
    parseCatalogFile(`${c}.json`, readFileSync(path.join(root, "assets/catalog", `${c}.json`), "utf8")).map(
      (a) => [a.id, summaryOf(a)] as const,
    ),
  ),
);
const HALLS = ["ceramics", "bronzes", "calligraphy-painting"].map(scene);

/** Canvas textures have no canvas in Node: a context that draws nothing. */
globalThis.OffscreenCanvas ??= class {
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    const noop = () => undefined;
    return new Proxy(
      {},
      {
        get: (_t, k) =>
          k === "getImageData"
            ? () => ({ data: new Uint8ClampedArray(4) })
            : k === "measureText"
              ? (s: string) => ({ width: s.length * 20 })
              : k === "createLinearGradient" || k === "createRadialGradient"
                ? () => ({ addColorStop: noop })
                : noop,
        set: () => true,
      },
    );
  }
} as unknown as typeof OffscreenCanvas;

let engine: NullEngine | undefined;
afterEach(() => engine?.dispose());

describe("each hall is lit as galleries of its kind are", () => {
  it("ceramics by a luminous ceiling, bronzes by a lamp over each object, paintings by tracks", () => {
    expect(HALLS.map((h) => h.ceiling!.light)).toEqual(["daylight", "spotlit", "conservation"]);
    for (const hall of HALLS) {
      const parts = buildHallParts(hall.displays, items);
      const lamps = ceilingLamps(hall, parts.displays);
      const slots = parts.displays.reduce((n, d) => n + d.slots.length, 0);
      // Two triangles a lamp.
      if (hall.ceiling!.light === "spotlit") expect(lamps.triangleCount).toBe(slots * 2);
      if (hall.ceiling!.light === "conservation") expect(lamps.triangleCount).toBe(hall.displays.length * 2);
      if (hall.ceiling!.light === "daylight") expect(lamps.triangleCount).toBeGreaterThan(100);
      const ys = lamps.positions.filter((_, i) => i % 3 === 1);
      expect(Math.min(...ys)).toBeGreaterThan(hall.ceiling!.height - 0.05);
      expect(Math.max(...ys)).toBeLessThan(hall.ceiling!.height);
    }
    // The darker the room, the stronger the light on the objects.
    expect(MOODS.spotlit.displayLight).toBeGreaterThan(MOODS.conservation.displayLight);
    expect(MOODS.conservation.displayLight).toBeGreaterThan(MOODS.daylight.displayLight);
  });

  it("gives every case a lamp under its canopy and a back board", () => {
    const ceramics = HALLS[0];
    const parts = buildHallParts(ceramics.displays, items);
    const cases = ceramics.displays.filter((d) => d.kind === "case").length;
    expect(cases).toBeGreaterThan(20);
    expect(parts.caseLights.triangleCount).toBe(cases * 2);
    for (const d of parts.displays) expect(d.top).toBeGreaterThan(1);
  });

  it("sets benches on the floor, seat at 45 cm, in the hall's aisles", () => {
    for (const hall of HALLS) {
      expect(hall.benches.length).toBeGreaterThanOrEqual(2);
      const b = benchBuffer(hall.benches);
      expect(b.triangleCount).toBe(hall.benches.length * 3 * 12);
      const ys = b.positions.filter((_, i) => i % 3 === 1);
      expect(Math.min(...ys)).toBe(0);
      expect(Math.max(...ys)).toBeCloseTo(0.45);
    }
  });
});

describe("wall texts", () => {
  it("hangs the introduction on the wall the entrance faces, facing back at the visitor", () => {
    for (const hall of HALLS) {
      const parts = buildHallParts(hall.displays, items);
      const plan = planWallTexts(hall, parts.displays);
      const spawn = hall.spawnPoints[0].position;
      expect(plan.intro).not.toBeNull();
      // Entrances are in the south walls, looking north: the far (north) wall, its face towards the south.
      expect(plan.intro!.z).toBeGreaterThan(hall.bounds.maxZ - 2);
      expect(plan.intro!.x).toBeCloseTo(spawn.x);
      expect(plan.intro!.yawDeg % 360).toBe(180);
    }
  });

  it("numbers the sections in walking order and signs every display that has one", () => {
    const ceramics = HALLS[0];
    const parts = buildHallParts(ceramics.displays, items);
    const plan = planWallTexts(ceramics, parts.displays);
    expect(plan.sections.map((s) => s.en)[0]).toBe("Neolithic and Han pottery");
    expect(plan.sections).toHaveLength(8);
    expect(plan.sections.every((s) => s.zh.length > 0)).toBe(true);
    expect(plan.signs).toBe(ceramics.displays.filter((d) => d.name).length);
    // One quad a sign and one for the introduction.
    expect(plan.quads.triangleCount).toBe((plan.signs + 1) * 2);
    // Nothing reaches the ceiling.
    const ys = plan.quads.positions.filter((_, i) => i % 3 === 1);
    expect(Math.max(...ys)).toBeLessThan(ceramics.ceiling!.height);
  });

  it("lays tiles out without overlap, inside the atlas", () => {
    const n = 7;
    expect(atlasHeight(n)).toBe(2048);
    const rects = [-1, ...Array.from({ length: n }, (_, i) => i)].map((i) => tileRect(i, n));
    for (const [u0, v0, u1, v1] of rects) {
      expect(u0).toBeGreaterThanOrEqual(0);
      expect(v0).toBeGreaterThanOrEqual(0);
      expect(u1).toBeLessThanOrEqual(1);
      expect(v1).toBeLessThanOrEqual(1);
    }
    for (let a = 0; a < rects.length; a++)
      for (let b = a + 1; b < rects.length; b++) {
        const [a0, a1, a2, a3] = rects[a];
        const [b0, b1, b2, b3] = rects[b];
        const apart = a2 <= b0 + 1e-9 || b2 <= a0 + 1e-9 || a3 <= b1 + 1e-9 || b3 <= a1 + 1e-9;
        expect(apart, `tiles ${a - 1} and ${b - 1}`).toBe(true);
      }
  });
});

function buildOnNullEngine(hall: Scene) {
  engine = new NullEngine();
  engine.getCaps().maxTextureSize = 4096; // NullEngine claims 512; any WebGL2 device has 2048 or more
  const s = new BabylonScene(engine);
  const materials = createKitMaterials(s);
  const view = buildHall(hall, items, materials, s, "merged");
  return { s, view };
}

describe("a real hall under NullEngine", () => {
  it("adds its lamps, texts and benches as one mesh each (or inside the shell): few meshes in all", () => {
    for (const hall of HALLS) {
      const { s, view } = buildOnNullEngine(hall);
      const names = s.meshes.map((m) => m.name);
      expect(names.filter((n) => n === "gallery-lamps")).toHaveLength(1);
      expect(names.filter((n) => n === "wall-texts")).toHaveLength(1);
      // Shell (with benches), bays (near and far), pictures, glass, lamps, texts: the hall's draw calls stay low.
      expect(s.meshes.length, hall.id).toBeLessThanOrEqual(22);
      expect(view.sections.length).toBeGreaterThanOrEqual(6);
      engine!.dispose();
    }
  }, 60_000); // three whole halls, a thousand objects: seconds on a busy machine

  it("lights the exhibits with the display light and leaves the walls to the room's light", () => {
    const { s } = buildOnNullEngine(HALLS[1]);
    const light = s.getLightByName("display-light") as DirectionalLight;
    expect(light.intensity).toBe(MOODS.spotlit.displayLight);
    const walls = s.getMeshByName("hall-walls")!;
    expect(light.excludedMeshes).toContain(walls);
    const bay = s.meshes.find((m) => m.name.startsWith("bay-"))!;
    expect(light.excludedMeshes).not.toContain(bay);
    expect(walls.getTotalIndices() / 3).toBeGreaterThan(HALLS[1].walls.length * 12);
  });
});

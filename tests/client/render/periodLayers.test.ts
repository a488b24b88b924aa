// The Bund's two period layers as the kit builds them: the Pudong towers and the flood wall only today, the statues
// and memorial only in 1937, the Signal Tower moved; a switch only enables and disables meshes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it } from "vitest";
import { parseSceneFile } from "../../../common/scene";
import { hasLayers, placeIn, shownIn, type PeriodLayer } from "../../../common/periodLayers";
import { buildLandmarkMeshes, type LandmarkPickData } from "../../../client/render/landmarkMeshes";
import { createKitMaterials } from "../../../client/render/materials";
import { skyscraperParts } from "../../../client/render/kit/skylineParts";
import { FACADE_KIT } from "../../../client/render/kit/facadeKit";

const root = path.resolve(import.meta.dirname, "../../..");
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const byId = (id: string) => bund.landmarks.find((l) => l.id === id)!;
const PUDONG = ["oriental-pearl-tower", "jin-mao-tower", "shanghai-world-financial-center", "shanghai-tower"];

let engine: NullEngine | undefined;
afterEach(() => engine?.dispose());

// createKitMaterials draws on a canvas; NullEngine has none.
globalThis.OffscreenCanvas ??= class {
  getContext() {
    return new Proxy(
      {},
      {
        get: (_t, k) => (k === "getImageData" ? () => ({ data: new Uint8ClampedArray(4) }) : () => undefined),
        set: () => true,
      },
    );
  }
} as unknown as typeof OffscreenCanvas;

/** The landmarks drawn by the enabled kit meshes. */
function drawn(meshes: ReturnType<typeof buildLandmarkMeshes>["meshes"]): Set<string> {
  const ids = new Set<string>();
  for (const m of meshes) {
    if (!m.isEnabled()) continue;
    const meta = m.metadata as LandmarkPickData;
    for (const r of meta.pickRanges ?? []) ids.add(r.landmarkId);
    if (meta.landmarkId) ids.add(meta.landmarkId);
  }
  return ids;
}

describe("the Bund in 1937 and today (data)", () => {
  it("has layers, and the Pudong towers carry their heights and years from the sources", () => {
    expect(hasLayers(bund.landmarks)).toBe(true);
    const heights = Object.fromEntries(
      PUDONG.map((id) => {
        const s = byId(id).shape;
        return [id, s.kind === "skyscraper" ? [s.height, byId(id).built] : null];
      }),
    );
    expect(heights).toEqual({
      "oriental-pearl-tower": [468, 1994],
      "jin-mao-tower": [420.5, 1999],
      "shanghai-world-financial-center": [492, 2008],
      "shanghai-tower": [632, 2015],
    });
    for (const id of PUDONG) {
      expect(shownIn(byId(id).layers, "1937"), id).toBe(false);
      expect(shownIn(byId(id).layers, "today"), id).toBe(true);
    }
  });
  it("moves the Signal Tower 22.4 m today and takes the statues and the memorial away", () => {
    const tower = byId("gutzlaff-signal-tower");
    const then = placeIn(tower, "1937");
    const now = placeIn(tower, "today");
    expect(Math.hypot(now.x - then.x, now.z - then.z)).toBeCloseTo(22.4, 5);
    for (const id of ["angel-of-peace", "robert-hart-statue"]) {
      expect(shownIn(byId(id).layers, "1937"), id).toBe(true);
      expect(shownIn(byId(id).layers, "today"), id).toBe(false);
    }
    expect(shownIn(byId("bund-flood-wall").layers, "1937")).toBe(false);
    expect(shownIn(byId("bund-flood-wall").layers, "today")).toBe(true);
    // The old city wall, lost before 1937, is kept in the 1937 layer as a displaced reminder, and not today.
    expect(shownIn(byId("shanghai-city-wall").layers, "1937")).toBe(true);
    expect(shownIn(byId("shanghai-city-wall").layers, "today")).toBe(false);
  });
  it("each tower's massing rises to its height", () => {
    for (const id of PUDONG) {
      const l = byId(id);
      if (l.shape.kind !== "skyscraper") throw new Error(id);
      let top = 0;
      for (const part of skyscraperParts(l, l.shape))
        for (let i = 1; i < part.buffer.positions.length; i += 3) top = Math.max(top, part.buffer.positions[i]);
      expect(top, id).toBeCloseTo(l.shape.height, 0);
    }
  });
});

describe("the layer switch (kit meshes, NullEngine)", () => {
  it("shows the towers today and not in 1937, the statues in 1937 and not today, with a few more meshes at most", () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const kit = buildLandmarkMeshes(bund.landmarks, FACADE_KIT, createKitMaterials(scene), scene, "merged");
    const seen = (layer: PeriodLayer) => {
      kit.showLayer(layer);
      return { ids: drawn(kit.meshes), meshes: kit.meshes.filter((m) => m.isEnabled()).length };
    };
    const then = seen("1937");
    for (const id of PUDONG) expect(then.ids.has(id), id).toBe(false);
    expect(then.ids.has("angel-of-peace")).toBe(true);
    expect(then.ids.has("shanghai-city-wall")).toBe(true);
    const now = seen("today");
    for (const id of [...PUDONG, "bund-flood-wall"]) expect(now.ids.has(id), id).toBe(true);
    for (const id of ["angel-of-peace", "robert-hart-statue", "shanghai-city-wall"])
      expect(now.ids.has(id), id).toBe(false);
    expect(now.ids.has("customs-house")).toBe(true);
    // One merged mesh per material and group: a layer adds only its own group's few.
    expect(then.meshes).toBeLessThanOrEqual(8);
    expect(now.meshes).toBeLessThanOrEqual(8);
    expect(seen("1937").ids).toEqual(then.ids);
  });
});

// The Bund's façades in relief, pure and on NullEngine: windows set in reveals where the texture has its glass,
// rusticated bases, porticoes of columns, the HSBC dome's drum, granite and brick apart, and all of it merged into a
// handful of meshes within the triangle budget.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { Scene } from "@babylonjs/core/scene";
import "@babylonjs/core/Shaders/default.vertex";
import "@babylonjs/core/Shaders/default.fragment";
import { afterEach, describe, expect, it } from "vitest";
import { parseSceneFile } from "../../../common/scene";
import type { BuildingShape } from "../../../common/landmark";
import { landmarkParts, mergeByMaterial } from "../../../client/render/kit/landmarkParts";
import { buildLandmarkMeshes } from "../../../client/render/landmarkMeshes";
import { createKitMaterials } from "../../../client/render/materials";
import { dressFacades } from "../../../client/render/stoneDressing";
import { MeshBuffer } from "../../../client/render/kit/MeshBuffer";
import { SIDE_REVEAL_BAYS, baysOf, frontOpenings, wallsWithReveals } from "../../../client/render/kit/facadeRelief";
import { WINDOW, granitePixels, windowBayPixels } from "../../../client/render/kit/stoneTextures";
import { drawWindowPreview } from "../../../client/render/kit/windowPreview";
import { FACADE_KIT } from "../../../client/render/kit/facadeKit";
import { streetSides } from "../../../client/render/kit/streetSides";

const root = path.resolve(import.meta.dirname, "../../..");
const bund = parseSceneFile("scenes/bund.json", readFileSync(path.join(root, "scenes/bund.json"), "utf8"));
const byId = (id: string) => bund.landmarks.find((l) => l.id === id)!;
const partsOf = (id: string) => landmarkParts(byId(id), FACADE_KIT);
const part = (id: string, name: string) => partsOf(id).find((p) => p.name === `${id}/${name}`)!;

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

// NullEngine never marks a raw texture ready (a WebGL engine does as it uploads the pixels), so a material with the
// façades' stone would never compile here: make it ready as WebGL would.
const createRawTexture = NullEngine.prototype.createRawTexture;
NullEngine.prototype.createRawTexture = function (...args: Parameters<typeof createRawTexture>) {
  const texture = createRawTexture.apply(this, args);
  texture.isReady = true;
  return texture;
};

/** The grey level of a texture at (u, v), v up. */
const greyAt = (px: { size: number; albedo: Uint8Array }, u: number, v: number) => {
  const k = (Math.floor(v * px.size) * px.size + Math.floor(u * px.size)) * 4;
  return (px.albedo[k] + px.albedo[k + 1] + px.albedo[k + 2]) / 3;
};

describe("wall textures made at load", () => {
  it("a bay of granite or brick: glass dark where the reveals put it, wall light around it", () => {
    for (const bond of ["ashlar", "brick"] as const) {
      const px = windowBayPixels(bond, 128);
      expect(px.albedo).toHaveLength(128 * 128 * 4);
      const glass = greyAt(px, (WINDOW.u0 + WINDOW.u1) / 2 - 0.06, (WINDOW.v0 + WINDOW.v1) / 2 - 0.1);
      const wall = greyAt(px, 0.12, 0.5);
      expect(glass, bond).toBeLessThan(110);
      expect(wall, bond).toBeGreaterThan(170);
    }
  });

  it("the first frame's preview paints the glass where the reveals put it (canvas rows top-down), on light wall", () => {
    const fills: { style: string; x: number; y: number; w: number; h: number }[] = [];
    const ctx = {
      fillStyle: "",
      fillRect: (x: number, y: number, w: number, h: number) => fills.push({ style: ctx.fillStyle, x, y, w, h }),
    };
    drawWindowPreview(ctx as unknown as CanvasRenderingContext2D, 100);
    expect(fills[0]).toEqual({ style: "#f7f7f7", x: 0, y: 0, w: 100, h: 100 });
    const glass = fills[1];
    expect(glass.x).toBeCloseTo(WINDOW.u0 * 100);
    expect(glass.w).toBeCloseTo((WINDOW.u1 - WINDOW.u0) * 100);
    expect(glass.y).toBeCloseTo((1 - WINDOW.v1) * 100);
    expect(glass.h).toBeCloseTo((WINDOW.v1 - WINDOW.v0) * 100);
    // Darker than the wall, as the full texture's glass is.
    expect(parseInt(glass.style.slice(1, 3), 16)).toBeLessThan(110);
  });

  it("normal maps are unit vectors, tilted at the joints and flat inside a block", () => {
    for (const px of [windowBayPixels("ashlar", 64), windowBayPixels("brick", 64), granitePixels(32)]) {
      let tilted = 0;
      for (let k = 0; k < px.normal.length; k += 4) {
        const [x, y, z] = [0, 1, 2].map((c) => px.normal[k + c] / 127.5 - 1);
        expect(Math.hypot(x, y, z)).toBeCloseTo(1, 1);
        expect(z).toBeGreaterThan(0);
        if (z < 0.97) tilted++;
      }
      const share = tilted / (px.normal.length / 4);
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.9);
    }
  });
});

describe("façade relief (pure)", () => {
  it("the front of a block has one reveal per bay and floor, its glass behind the wall at the texture's window", () => {
    const block = { cx: 0, cz: 0, width: 21, depth: 10, y0: 6, y1: 18, floors: 3 };
    const m = new MeshBuffer();
    wallsWithReveals(m, block, [1, 1, 1]);
    const openings = frontOpenings(block);
    expect(baysOf(21).count).toBe(5);
    expect(openings).toHaveLength(15);
    // Each reveal's back: four vertices behind the front face, with UVs inside the texture's window.
    const back: number[] = [];
    for (let v = 0; v < m.vertexCount; v++)
      if (m.positions[v * 3 + 2] < 5 - 0.1 && m.normals[v * 3 + 2] > 0.99) back.push(v);
    expect(back).toHaveLength(15 * 4);
    for (const v of back) {
      const u = m.uvs[v * 2] % 1;
      const w = m.uvs[v * 2 + 1] % 1;
      expect(Math.min(Math.abs(u - WINDOW.u0), Math.abs(u - WINDOW.u1))).toBeLessThan(1e-6);
      expect(Math.min(Math.abs(w - WINDOW.v0), Math.abs(w - WINDOW.v1))).toBeLessThan(1e-6);
      // Less of the sky reaches the back of a reveal: its colour is baked darker.
      expect(m.colors[v * 4]).toBeLessThan(0.8);
    }
  });

  it("a side wall on a street gets reveals like the front's next to it, at the texture's window; a lane's stays flat", () => {
    const block = { cx: 0, cz: 0, width: 21, depth: 12.6, y0: 6, y1: 18, floors: 3 };
    const flat = new MeshBuffer();
    wallsWithReveals(flat, block, [1, 1, 1]);
    const m = new MeshBuffer();
    wallsWithReveals(m, block, [1, 1, 1], { x0: false, x1: true });
    // The +x side (three bays): its bays next to the front, on three floors, each a reveal whose glass faces out
    // (+x) behind the wall's face; the bay at the back stays flat.
    const glass: number[] = [];
    for (let v = 0; v < m.vertexCount; v++)
      if (m.positions[v * 3] < 10.5 - 0.1 && m.positions[v * 3] > 10 && m.normals[v * 3] > 0.99) glass.push(v);
    expect(SIDE_REVEAL_BAYS).toBe(2);
    expect(glass).toHaveLength(2 * 3 * 4);
    for (const v of glass) {
      expect(m.positions[v * 3 + 2]).toBeGreaterThan(6.3 - 2 * 4.2 - 1e-6);
      const u = m.uvs[v * 2] % 1;
      const w = m.uvs[v * 2 + 1] % 1;
      expect(Math.min(Math.abs(u - WINDOW.u0), Math.abs(u - WINDOW.u1))).toBeLessThan(1e-6);
      expect(Math.min(Math.abs(w - WINDOW.v0), Math.abs(w - WINDOW.v1))).toBeLessThan(1e-6);
    }
    // Nothing behind the -x side: it is still one flat face (away from the front's own reveals, 6.3 m out).
    for (let v = 0; v < m.vertexCount; v++)
      if (m.normals[v * 3] < -0.99 && m.positions[v * 3 + 2] < 5.8)
        expect(m.positions[v * 3], `vertex ${v}`).toBeCloseTo(-10.5, 6);
    expect(m.triangleCount).toBeGreaterThan(flat.triangleCount + 6 * 10);
  });

  it("the Bund's side walls: reveals on streets (Nanjing Road beside Sassoon House), none in the lanes between banks", () => {
    const sides = streetSides(bund.landmarks);
    // Sassoon House and the Palace Hotel face each other across Nanjing Road; the Shanghai Club stands in a row.
    const sassoon = sides.get("sassoon-house")!;
    const palace = sides.get("palace-hotel")!;
    expect(sassoon.x0 || sassoon.x1).toBe(true);
    expect(palace.x0 || palace.x1).toBe(true);
    expect(sides.get("shanghai-club")).toEqual({ x0: false, x1: false });
    expect(sides.get("chartered-bank")).toEqual({ x0: false, x1: false });
    // Only buildings are asked about.
    expect(sides.has("garden-bridge")).toBe(false);
    // A building on its own has both sides open; its front still has its reveals.
    const alone = sides.get("british-consulate")!;
    expect(alone).toEqual({ x0: true, x1: true });
    const withSides = landmarkParts(byId("british-consulate"), FACADE_KIT, alone).find((p) =>
      p.name.endsWith("/block"),
    )!;
    const without = part("british-consulate", "block");
    expect(withSides.buffer.triangleCount).toBeGreaterThan(without.buffer.triangleCount);
  });

  it("granite banks and brick hotels go to their own materials; trim, columns and courses to stone", () => {
    const materialOf = (id: string) =>
      new Set(
        partsOf(id)
          .filter((p) => p.name.endsWith("/block"))
          .map((p) => p.material),
      );
    expect(materialOf("hsbc-building")).toEqual(new Set(["facade"]));
    expect(materialOf("customs-house")).toEqual(new Set(["facade"]));
    expect(materialOf("bank-of-china")).toEqual(new Set(["facade"]));
    expect(materialOf("palace-hotel")).toEqual(new Set(["brick"]));
    expect(materialOf("broadway-mansions")).toEqual(new Set(["brick"]));
    expect(part("hsbc-building", "portico").material).toBe("stone");
    expect(part("hsbc-building", "base").material).toBe("stone");
  });

  it("a rusticated base has courses (more boxes than a plain block) and an arched opening per bay", () => {
    const hsbc = byId("hsbc-building").shape as BuildingShape;
    const base = part("hsbc-building", "base").buffer;
    const courses = Math.round(hsbc.baseHeight / 0.75);
    const bays = baysOf(hsbc.width).count;
    // core + courses + string course (12 triangles a box), and per bay an opening (2 + 8 fan) and a keystone (10:
    // its back against the wall is left out).
    expect(base.triangleCount).toBe((2 + courses) * 12 + bays * (2 + 8 + 10));
  });

  it("the colonnaded fronts have their columns, each with a capital wider than its shaft", () => {
    for (const id of ["hsbc-building", "customs-house", "yokohama-specie-bank", "chartered-bank"]) {
      const p = (byId(id).shape as BuildingShape).portico!;
      const b = part(id, "portico").buffer;
      const ys = b.positions.filter((_, i) => i % 3 === 1);
      const base = (byId(id).shape as BuildingShape).baseHeight;
      // The entablature's top: base + column height + 1.4 m.
      expect(Math.max(...ys), id).toBeCloseTo(base + p.height + 1.4, 5);
      expect(b.triangleCount, id).toBeGreaterThan(p.columns * 150);
    }
  });

  it("the HSBC dome stands on a drum ringed by columns, with ribs on the dome", () => {
    const drum = part("hsbc-building", "top/drum").buffer;
    const dome = part("hsbc-building", "top/dome").buffer;
    expect(drum.triangleCount).toBeGreaterThan(16 * 150);
    expect(dome.triangleCount).toBeGreaterThan(32 * 10 * 2);
  });

  it("the Customs House dials are framed in stone", () => {
    expect(part("customs-house", "tower/dial-frames").buffer.triangleCount).toBe(16 * 12);
    expect(part("customs-house", "tower/clock").buffer.triangleCount).toBe(8);
  });
});

describe("the Bund's kit on NullEngine", () => {
  it("is merged into one mesh per material and layer group, all within the triangle budget", () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const { meshes } = buildLandmarkMeshes(bund.landmarks, FACADE_KIT, createKitMaterials(scene), scene, "merged");
    const shared = meshes.filter((m) => !/-(1937|today)-/.test(m.name)).map((m) => m.name);
    expect(shared.sort()).toEqual([
      "landmarks-brick",
      "landmarks-clock",
      "landmarks-facade",
      "landmarks-roof",
      "landmarks-stone",
    ]);
    // At most five materials in each of three groups: the kit never costs more than 15 draw calls.
    expect(meshes.length).toBeLessThanOrEqual(15);
    for (const m of meshes) expect(m.material?.name).toBe(`kit-${m.name.split("-").at(-1)}`);
    const triangles = meshes.reduce((n, m) => n + m.getTotalIndices() / 3, 0);
    // The sky, ground, water, street life and traffic draw about 85,000 more: the scene stays under 300,000.
    expect(triangles).toBeLessThan(150_000);
    const sides = streetSides(bund.landmarks);
    const merged = mergeByMaterial(bund.landmarks.flatMap((l) => landmarkParts(l, FACADE_KIT, sides.get(l.id))));
    expect(triangles).toBe(merged.reduce((n, m) => n + m.buffer.triangleCount, 0));
  });

  it("the first frame's walls are plain; after it the wall, brick and stone take normal maps, on every mesh", async () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const mats = createKitMaterials(scene, FACADE_KIT);
    for (const m of [mats.facade, mats.brick, mats.stone, mats.roof, mats.clock])
      expect(m.diffuseTexture, m.name).not.toBeNull();
    // One shader program for the first frame: no kit material has a normal map yet; the walls show their windows.
    for (const m of [mats.facade, mats.brick, mats.stone]) expect(m.bumpTexture, m.name).toBeNull();
    expect([mats.facade.diffuseTexture?.name, mats.brick.diffuseTexture?.name]).toEqual([
      "window-preview",
      "window-preview",
    ]);
    const plain = { facade: mats.facade, brick: mats.brick, stone: mats.stone };
    const { meshes } = buildLandmarkMeshes(bund.landmarks, FACADE_KIT, mats, scene, "merged");
    await dressFacades(mats, FACADE_KIT, scene);
    for (const key of ["facade", "brick", "stone"] as const) {
      const m = mats[key];
      expect(m, key).not.toBe(plain[key]);
      expect(m.name).toBe(`kit-${key}`);
      expect(m.bumpTexture, key).not.toBeNull();
      expect(m.diffuseTexture?.name, key).toMatch(/-albedo$/);
      expect(m.isFrozen, key).toBe(true);
      expect(plain[key].getBindedMeshes(), key).toEqual([]);
    }
    // Every kit mesh, the other period layer's (disabled) too, draws the dressed material of its name.
    for (const mesh of meshes) expect(mesh.material, mesh.name).toBe(mats[mesh.name.split("-").at(-1) as "facade"]);
    const dressed = [mats.facade, mats.brick, mats.stone] as unknown[];
    expect(meshes.filter((m) => dressed.includes(m.material)).length).toBeGreaterThanOrEqual(4);
  });

  it("a scene left before its stone was made is not dressed", async () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const mats = createKitMaterials(scene);
    const facade = mats.facade;
    const dressing = dressFacades(mats, FACADE_KIT, scene);
    scene.dispose();
    await dressing;
    expect(mats.facade).toBe(facade);
  });
});

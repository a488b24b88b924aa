// A hall's exhibits as geometry: per display a near and a far buffer, pick ranges per item, pictures in one atlas.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clusterDisplays, groupIntoBays } from "../../../client/render/gallery/hallBays";
import type { ExhibitSummary } from "../../../common/catalog";
import { parseScene, parseSceneFile } from "../../../common/scene";
import { itemOfFace } from "../../../client/render/gallery/exhibitPick";
import { atlasTile, buildHallParts } from "../../../client/render/gallery/hallParts";
import { writeForm } from "../../../client/render/gallery/exhibitForms";
import { MeshBuffer } from "../../../client/render/kit/MeshBuffer";
import { miniGallery } from "../../fixtures/miniGallery";

const text = (en: string, zh: string) => ({ en, zh });
const period = { name: text("Ming dynasty", "明"), era: "ming" as const, startYear: 1368, endYear: 1644 };
const meiping: ExhibitSummary["form"] = {
  kind: "lathe",
  profile: [
    [0.3, 0],
    [0.45, 0.3],
    [0.5, 0.75],
    [0.2, 0.9],
    [0.15, 1],
  ],
  glaze: "#f4f4f0",
  accent: "#1f3f8f",
  bands: [[0.4, 0.6]],
};
function item(id: string, form: ExhibitSummary["form"], h = 40, w = 22): ExhibitSummary {
  return {
    id,
    accession: "DB.CER.0001",
    category: "ceramic",
    title: text(id, id),
    material: "porcelain",
    dimensions: { heightCm: h, widthCm: w, depthCm: w },
    form,
    period,
  };
}
const items = new Map<string, ExhibitSummary>([
  ["cer-0001", item("cer-0001", meiping)],
  [
    "cer-0002",
    item(
      "cer-0002",
      {
        kind: "lathe",
        profile: [
          [0.2, 0],
          [0.5, 0.6],
          [0.55, 1],
        ],
        glaze: "#8fb9a8",
        bands: [],
      },
      12,
      30,
    ),
  ],
  ["cer-0003", item("cer-0003", { kind: "seal", stone: "#c8a870", knob: "beast" }, 8, 4)],
  [
    "brz-0001",
    item(
      "brz-0001",
      {
        kind: "bronze",
        vessel: "ding",
        profile: [
          [0.3, 0],
          [0.5, 0.5],
          [0.5, 1],
        ],
        patina: "#5d7a63",
        legs: 3,
        handles: 2,
      },
      60,
      50,
    ),
  ],
  [
    "brz-0002",
    item(
      "brz-0002",
      {
        kind: "bronze",
        vessel: "mirror",
        profile: [
          [4, 0],
          [5, 0.5],
          [4, 1],
        ],
        patina: "#5d7a63",
        legs: 0,
        handles: 0,
      },
      2,
      18,
    ),
  ],
  [
    "pai-0001",
    item(
      "pai-0001",
      { kind: "painting", frame: "#6b4a2b", ground: "#d9cbb0", art: { subject: "cityscape", seed: 3 } },
      60,
      80,
    ),
  ],
  [
    "pai-0002",
    item(
      "pai-0002",
      {
        kind: "scroll",
        mounting: "hanging",
        paper: "#efe6cf",
        mount: "#a99a7c",
        art: { subject: "landscape", seed: 9 },
      },
      180,
      60,
    ),
  ],
]);
const hall = parseScene("mini-hall.json", miniGallery());
const parts = buildHallParts(hall.displays, items);

describe("hall geometry", () => {
  it("builds every item of every display, in display order, with ranges a pick can search", () => {
    const ids = parts.displays.flatMap((d) => d.ranges.map((r) => r.itemId));
    expect(ids).toEqual(hall.displays.flatMap((d) => d.items));
    for (const d of parts.displays) {
      for (const r of d.ranges) {
        expect(itemOfFace(d.ranges, r.firstTriangle)).toBe(r.itemId);
        expect(itemOfFace(d.ranges, r.endTriangle - 1)).toBe(r.itemId);
      }
      // Furniture (cases, plinths) comes first and belongs to no item.
      if (d.display.kind !== "wall") expect(itemOfFace(d.ranges, 0)).toBeNull();
    }
  });
  it("gives far items a fraction of the near triangles", () => {
    // Turned forms lose most of their triangles; frames are boxes either way.
    for (const d of parts.displays) expect(d.far.triangleCount).toBeLessThanOrEqual(d.near.triangleCount);
    const ceramics = parts.displays[0];
    expect(ceramics.far.triangleCount * 2).toBeLessThan(ceramics.near.triangleCount);
  });
  it("puts pictures in the atlas and glass over the case", () => {
    expect(parts.atlasItems.map((i) => i.id)).toEqual(["pai-0001", "pai-0002"]);
    expect(parts.artRanges.map((r) => r.itemId)).toEqual(["pai-0001", "pai-0002"]);
    expect(parts.glass.triangleCount).toBe(12);
    const [u0, v0, u1, v1] = atlasTile(3, 9);
    expect(u0).toBeGreaterThan(0);
    expect(u1).toBeLessThan(1 / 3 + 1e-9);
    expect(v1).toBeLessThanOrEqual(2 / 3);
    expect(v0).toBeGreaterThanOrEqual(1 / 3);
  });
  it("stands objects on their shelf and within their size", () => {
    const b = new MeshBuffer();
    writeForm(
      { solid: b, art: new MeshBuffer() },
      items.get("cer-0001")!,
      { x: 5, y: 0.9, z: -2, yawDeg: 30, pose: "standing" },
      "near",
      null,
    );
    const ys = b.positions.filter((_, i) => i % 3 === 1);
    expect(Math.min(...ys)).toBeCloseTo(0.9);
    expect(Math.max(...ys)).toBeCloseTo(1.3);
    const xs = b.positions.filter((_, i) => i % 3 === 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(0.22 + 1e-6);
  });
  it("winds every triangle of a turned form outwards", () => {
    const b = new MeshBuffer();
    writeForm(
      { solid: b, art: new MeshBuffer() },
      items.get("cer-0002")!,
      { x: 0, y: 0, z: 0, yawDeg: 0, pose: "standing" },
      "far",
      null,
    );
    // Babylon's front faces: the right-handed cross product points away from the normal.
    for (let t = 0; t < b.indices.length; t += 3) {
      const [a, c, d] = [b.indices[t], b.indices[t + 1], b.indices[t + 2]].map((i) => [
        b.positions[i * 3],
        b.positions[i * 3 + 1],
        b.positions[i * 3 + 2],
      ]);
      const e1 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
      const e2 = [d[0] - a[0], d[1] - a[1], d[2] - a[2]];
      const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
      const i = b.indices[t];
      const vn = [b.normals[i * 3], b.normals[i * 3 + 1], b.normals[i * 3 + 2]];
      expect(n[0] * vn[0] + n[1] * vn[1] + n[2] * vn[2]).toBeLessThanOrEqual(1e-9);
    }
  });
});

describe("bays", () => {
  const parse = (f: string) =>
    parseSceneFile(f, readFileSync(path.resolve(import.meta.dirname, "../../../scenes", f), "utf8"));
  it("merge neighbouring displays, each display once, with ranges that still name every item", () => {
    const bays = groupIntoBays(parts.displays, 2);
    expect(bays.flatMap((b) => b.displays.map((d) => d.display.id)).sort()).toEqual(
      hall.displays.map((d) => d.id).sort(),
    );
    for (const b of bays) {
      expect(b.near.triangleCount).toBe(b.displays.reduce((n, d) => n + d.near.triangleCount, 0));
      expect(b.ranges.map((r) => r.itemId)).toEqual(b.displays.flatMap((d) => d.display.items));
      for (const r of b.ranges) expect(itemOfFace(b.ranges, r.firstTriangle)).toBe(r.itemId);
      for (const d of b.displays)
        expect(Math.hypot(d.display.position.x - b.centre.x, d.display.position.z - b.centre.z)).toBeLessThanOrEqual(
          b.radius,
        );
    }
  });

  it("keep a real hall to a few draw calls, bays of neighbours", () => {
    const ceramics = parse("ceramics.json");
    const all = new Map<string, ExhibitSummary>();
    // Sizes are enough for the layout: every item a 20 cm jar.
    for (const d of ceramics.displays) for (const id of d.items) all.set(id, item(id, meiping, 20, 15));
    const bays = groupIntoBays(buildHallParts(ceramics.displays, all).displays);
    expect(bays.length).toBeGreaterThanOrEqual(3);
    expect(bays.length).toBeLessThanOrEqual(8);
    // Each display joins the bay whose centre is nearest (what k-means settles on).
    for (const b of bays)
      for (const d of b.displays) {
        const mine = Math.hypot(d.display.position.x - b.centre.x, d.display.position.z - b.centre.z);
        for (const other of bays)
          expect(mine).toBeLessThanOrEqual(
            Math.hypot(d.display.position.x - other.centre.x, d.display.position.z - other.centre.z) + 1e-9,
          );
      }
  });

  it("clusters points deterministically, far seeds first", () => {
    const pts = [
      { x: 0, z: 0 },
      { x: 1, z: 0 },
      { x: 50, z: 0 },
      { x: 51, z: 0 },
    ];
    expect(clusterDisplays(pts, 2)).toEqual([0, 0, 1, 1]);
    expect(clusterDisplays(pts, 2)).toEqual(clusterDisplays(pts, 2));
    expect(clusterDisplays([], 3)).toEqual([]);
  });
});

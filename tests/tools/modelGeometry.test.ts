// Checks the model builders' geometry: outward-facing normals and winding, and real-world size and origin.
import { describe, expect, it } from "vitest";
import { MODEL_CATALOG } from "../../tools/models/catalog.js";
import { lathe } from "../../tools/models/lathe.js";
import { type MeshData, type Vec3, cross, sub } from "../../tools/models/meshData.js";
import type { ModelDescription } from "../../tools/models/toDocument.js";
import { EWER_HEIGHT_M, EWER_SPAN } from "../../tools/models/yueEwer.js";

const byName = (name: string): ModelDescription => MODEL_CATALOG.find((e) => e.name === name)!.build();

function vertex(mesh: MeshData, i: number): Vec3 {
  return [mesh.positions[3 * i], mesh.positions[3 * i + 1], mesh.positions[3 * i + 2]];
}

function normalAt(mesh: MeshData, i: number): Vec3 {
  return [mesh.normals[3 * i], mesh.normals[3 * i + 1], mesh.normals[3 * i + 2]];
}

/** Triangles whose winding (CCW = front) disagrees with their vertex normals; back-face culling would hide them. */
function misWound(mesh: MeshData): number {
  let bad = 0;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => mesh.indices[t + k]);
    const face = cross(sub(vertex(mesh, b), vertex(mesh, a)), sub(vertex(mesh, c), vertex(mesh, a)));
    const n = [a, b, c].map((i) => normalAt(mesh, i)).reduce((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]]);
    if (face[0] * n[0] + face[1] * n[1] + face[2] * n[2] <= 0) bad++;
  }
  return bad;
}

/** Axis-aligned bounds of the whole model, parts placed at their translations. */
function bounds(model: ModelDescription): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const part of model.parts) {
    const t = part.translation ?? [0, 0, 0];
    for (let i = 0; i < part.mesh.positions.length; i++) {
      const v = part.mesh.positions[i] + t[i % 3];
      min[i % 3] = Math.min(min[i % 3], v);
      max[i % 3] = Math.max(max[i % 3], v);
    }
  }
  return { min, max };
}

describe("geometry helpers", () => {
  it("lathe winds a closed cylinder outward, with no degenerate cap triangles", () => {
    const mesh = lathe(
      [
        [0, 0],
        [1, 0],
        [1, 2],
        [0, 2],
      ],
      { segments: 8 },
    );
    expect(misWound(mesh)).toBe(0);
    expect(mesh.indices.length / 3).toBe(8 + 16 + 8);
  });

  it("the misWound check itself catches a flipped triangle", () => {
    const mesh = lathe(
      [
        [1, 0],
        [1, 1],
      ],
      { segments: 4 },
    );
    [mesh.indices[0], mesh.indices[1]] = [mesh.indices[1], mesh.indices[0]];
    expect(misWound(mesh)).toBe(1);
  });
});

describe.each(MODEL_CATALOG.map((e) => e.name))("%s geometry", (name) => {
  const model = byName(name);

  it.each(model.parts.map((p) => [p.name, p] as const))("part %s has unit normals and outward winding", (_n, part) => {
    const { mesh } = part;
    expect(mesh.normals.length).toBe(mesh.positions.length);
    for (let i = 0; i < mesh.normals.length / 3; i++) expect(Math.hypot(...normalAt(mesh, i))).toBeCloseTo(1, 6);
    expect(misWound(mesh)).toBe(0);
  });

  it("stands on the origin, centred on the Y axis", () => {
    const { min, max } = bounds(model);
    expect(min[1]).toBeCloseTo(0, 6);
    expect(Math.abs(min[0] + max[0])).toBeLessThan(0.01);
    expect(Math.abs(min[2] + max[2])).toBeLessThan(0.01);
  });
});

describe("real-world scale", () => {
  it("the Gutzlaff tower is 36–50 m to the mast top", () => {
    const { max } = bounds(byName("gutzlaff-signal-tower"));
    expect(max[1]).toBeGreaterThanOrEqual(36);
    expect(max[1]).toBeLessThanOrEqual(50);
  });

  it("the Gutzlaff tower's time ball is its own part, centred on the mast", () => {
    const ball = byName("gutzlaff-signal-tower").parts.find((p) => p.name === "TimeBall")!;
    expect(ball.translation?.[1]).toBeGreaterThan(40);
    expect(Math.abs(ball.translation![0]) + Math.abs(ball.translation![2])).toBe(0);
  });

  it("the Yue ewer is the size of its record, spout and handle included", () => {
    const { min, max } = bounds(byName("yue-celadon-ewer"));
    expect(max[1]).toBeCloseTo(EWER_HEIGHT_M, 3);
    // The record's width is a bound on the footprint (the spout's tip is cut at a slant, so a little less).
    const width = (max[0] - min[0]) / EWER_HEIGHT_M;
    expect(width).toBeLessThanOrEqual(EWER_SPAN.width);
    expect(width).toBeGreaterThan(EWER_SPAN.width * 0.95);
    expect((max[2] - min[2]) / EWER_HEIGHT_M).toBeCloseTo(EWER_SPAN.depth, 2);
  });

  it("the lamp is a person-scaled street lamp, 4–6 m tall and under 1 m across", () => {
    const { min, max } = bounds(byName("bund-lamp"));
    expect(max[1]).toBeGreaterThanOrEqual(4);
    expect(max[1]).toBeLessThanOrEqual(6);
    expect(max[0] - min[0]).toBeLessThan(1);
  });
});

// The theatre under NullEngine: the hall, stage and performers within the Bund's budget (≤ 50 draw calls, ≤ 300k
// triangles), the stage's parts where a 戏台 has them, and the performers placed and posed from the choreography.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import { afterEach, describe, expect, it } from "vitest";
import { parseSceneFile } from "../../../common/scene";
import { parseChoreography, poseAt } from "../../../common/theatre/choreography";
import { STAGE, stageToScene } from "../../../common/theatre/stageLayout";
import { buildSceneView } from "../../../client/render/sceneView";
import { buildStageView } from "../../../client/render/theatre/stageView";
import { buildStageBuffers } from "../../../client/render/theatre/stageParts";

const root = path.resolve(import.meta.dirname, "../../..");
const data = parseSceneFile("theatre.json", readFileSync(path.join(root, "scenes/theatre.json"), "utf8"));
const choreography = parseChoreography(
  JSON.parse(readFileSync(path.join(root, "assets/theatre/youyuan.choreography.json"), "utf8")),
);

/** Canvas textures have no canvas in Node: a context that records the text drawn and draws nothing. */
const drawn: string[] = [];
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
          k === "fillText"
            ? (s: string) => void drawn.push(s)
            : k === "measureText"
              ? (s: string) => ({ width: s.length * 20 })
              : k === "getImageData"
                ? () => ({ data: new Uint8ClampedArray(4) })
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

function buildTheatre() {
  engine = new NullEngine();
  const view = buildSceneView(engine, data, "merged", "en");
  const stage = buildStageView(
    view.scene,
    choreography.performers.map((p) => p.role),
  );
  return { view, stage };
}

/** Meshes that draw: enabled, visible, with triangles and a material (one draw call each, per submesh). */
const drawing = (meshes: readonly Mesh[]) =>
  meshes.filter((m) => m.isEnabled() && m.isVisible && m.getTotalIndices() > 0 && m.material);

describe("the theatre's budget", () => {
  it("draws the hall, stage and performers in at most 50 calls and 300k triangles", () => {
    const { view } = buildTheatre();
    const meshes = drawing(view.scene.meshes as Mesh[]);
    const calls = meshes.reduce((n, m) => n + (m.subMeshes?.length ?? 1), 0);
    const triangles = meshes.reduce((n, m) => n + m.getTotalIndices() / 3, 0);
    expect(calls).toBeGreaterThan(10);
    expect(calls).toBeLessThanOrEqual(50);
    expect(triangles).toBeGreaterThan(2000);
    expect(triangles).toBeLessThanOrEqual(300_000);
    // The stage and each performer's parts are there.
    const names = meshes.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(["theatre-stage", "theatre-carpet", "theatre-couplet"]));
    expect(names.filter((n) => n.startsWith("performer-du-liniang")).length).toBe(6);
    expect(names.filter((n) => n.startsWith("performer-chunxiang")).length).toBe(6);
  });
});

describe("the stage", () => {
  it("stands its four pillars and canopy above the platform, the carpet on the boards", () => {
    const b = buildStageBuffers();
    const ys = b.solid.positions.filter((_, i) => i % 3 === 1);
    expect(Math.max(...ys)).toBeGreaterThan(STAGE.height + STAGE.pillarHeight + 2); // the roof's ridge
    const carpetYs = b.carpet.positions.filter((_, i) => i % 3 === 1);
    expect(Math.min(...carpetYs)).toBeCloseTo(STAGE.height, 6);
    // Both couplet boards face the audience (normals towards −z).
    const nz = b.boards.normals.filter((_, i) => i % 3 === 2);
    expect(nz.every((n) => n === -1)).toBe(true);
  });

  it("writes the couplet on its boards", () => {
    drawn.length = 0;
    buildTheatre();
    expect(drawn.join("")).toContain("离合悲欢演往事");
    expect(drawn.join("")).toContain("愚贤忠佞认当场");
  });
});

describe("the performers", () => {
  it("stand where the choreography puts them, facing as it says", () => {
    const { stage } = buildTheatre();
    const ms = 75_000;
    const poses = poseAt(choreography, ms);
    stage.show(poses);
    const shown = stage.performers();
    poses.forEach((p, i) => {
      const at = stageToScene(p.x, p.z);
      expect(shown[i].x).toBeCloseTo(at.x, 6);
      expect(shown[i].z).toBeCloseTo(at.z, 6);
      expect(shown[i].yawDeg).toBeCloseTo(180 - p.facing, 6);
    });
  });

  it("open the fan and raise the arm for 'open-high', close it for 'closed'", () => {
    const { view, stage } = buildTheatre();
    const base = poseAt(choreography, 0)[0];
    const fan = view.scene.getMeshByName("performer-du-liniang-fan")!;
    const shoulder = view.scene.getTransformNodeByName("performer-du-liniang-right-shoulder")!;
    stage.show([{ ...base, fan: "closed", fanNext: "closed", blend: 0 }]);
    const closed = { open: fan.scaling.x, lift: shoulder.rotation.x };
    stage.show([{ ...base, fan: "open-high", fanNext: "open-high", blend: 0 }]);
    expect(fan.scaling.x).toBeGreaterThan(closed.open * 5);
    expect(shoulder.rotation.x).toBeLessThan(closed.lift - 1); // lifted forward and up
  });
});

// What the last frame cost: draw calls, active meshes, triangles (thin instances counted each), CPU time.
import { drawCalls } from "./babylonSeams";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

export interface FrameStats {
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
  frameMs: number;
}

export interface FrameStatsCounter {
  /** The frame loop's present phase: the draw-call count starts afresh for the frame about to be drawn. */
  beginFrame(): void;
  /** The frame loop's render phase, after the draw: how long the frame's work took. */
  frameTook(ms: number): void;
  read(): FrameStats;
}

export function createFrameStats(scene: BabylonScene): FrameStatsCounter {
  // The engine counts draw calls per frame itself; SceneInstrumentation would add 12 KB to start-up for the same number.
  const calls = drawCalls(scene.getEngine());
  let frameMs = 0;
  return {
    beginFrame: () => calls.newFrame(),
    frameTook(ms) {
      frameMs = ms;
    },
    read() {
      const active = scene.getActiveMeshes();
      let triangles = 0;
      for (let i = 0; i < active.length; i++) {
        const m = active.data[i] as Mesh;
        const copies = m.hasThinInstances ? m.thinInstanceCount : 1;
        triangles += (m.getTotalIndices() / 3) * copies;
      }
      return { drawCalls: calls.current(), activeMeshes: active.length, triangles, frameMs };
    },
  };
}

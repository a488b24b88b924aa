// What the last frame cost: draw calls, active meshes, triangles (thin instances counted each), CPU time.
import { SceneInstrumentation } from "@babylonjs/core/Instrumentation/sceneInstrumentation";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

export interface FrameStats {
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
  frameMs: number;
}

export function createFrameStats(scene: BabylonScene): { read(): FrameStats; frameTook(ms: number): void } {
  const inst = new SceneInstrumentation(scene);
  let frameMs = 0;
  return {
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
      return { drawCalls: inst.drawCallsCounter.current, activeMeshes: active.length, triangles, frameMs };
    },
  };
}

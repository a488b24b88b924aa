// What the last frame cost: draw calls, active meshes, triangles (thin instances counted each), CPU time.
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

export interface FrameStats {
  drawCalls: number;
  activeMeshes: number;
  triangles: number;
  frameMs: number;
}

export function createFrameStats(scene: BabylonScene): { read(): FrameStats; frameTook(ms: number): void } {
  // The engine counts draw calls per frame itself; SceneInstrumentation would add 12 KB to start-up for the same number.
  const engine = scene.getEngine();
  scene.onBeforeRenderObservable.add(() => engine._drawCalls.fetchNewFrame());
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
      return { drawCalls: engine._drawCalls.current, activeMeshes: active.length, triangles, frameMs };
    },
  };
}

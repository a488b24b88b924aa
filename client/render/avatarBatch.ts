// One avatar part as one mesh of thin instances: reusable matrix and colour buffers that grow by doubling.
import type { Material } from "@babylonjs/core/Materials/material";
import type { Matrix } from "@babylonjs/core/Maths/math.vector";
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import "@babylonjs/core/Meshes/thinInstanceMesh";
import type { Scene } from "@babylonjs/core/scene";

export interface AvatarBatch {
  readonly mesh: Mesh;
  /** Makes room for n instances this frame; what is written so far is kept. */
  reserve(n: number): void;
  setMatrix(i: number, m: Matrix): void;
  setColor(i: number, r: number, g: number, b: number): void;
  /** Draws the first n instances written this frame; none hides the mesh so it costs no draw call. */
  commit(n: number): void;
  dispose(): void;
}

const INITIAL_CAPACITY = 16;

export function createAvatarBatch(name: string, shape: VertexData, material: Material, scene: Scene): AvatarBatch {
  const mesh = new Mesh(name, scene);
  shape.applyToMesh(mesh, false);
  mesh.material = material;
  mesh.hasVertexAlpha = false;
  mesh.isPickable = false;
  // One bounding box round every avatar would only cull when all of them are off screen, and refreshing it costs
  // eight transforms per instance per frame; the GPU clips off-screen instances anyway, so skip culling altogether.
  mesh.alwaysSelectAsActiveMesh = true;
  mesh.doNotSyncBoundingInfo = true;
  mesh.isVisible = false;

  let capacity = 0;
  let matrices = new Float32Array(0);
  let colors = new Float32Array(0);
  let colorsChanged = false;

  const grow = (needed: number) => {
    let next = Math.max(capacity, INITIAL_CAPACITY);
    while (next < needed) next *= 2;
    const m = new Float32Array(next * 16);
    const c = new Float32Array(next * 4);
    m.set(matrices);
    c.set(colors);
    matrices = m;
    colors = c;
    capacity = next;
    // New arrays need new GPU buffers; not static, since they are rewritten every frame.
    mesh.thinInstanceSetBuffer("matrix", matrices, 16, false);
    mesh.thinInstanceSetBuffer("color", colors, 4, false);
    colorsChanged = true;
  };
  grow(INITIAL_CAPACITY);
  mesh.thinInstanceCount = 0;

  return {
    mesh,
    reserve(n) {
      if (n > capacity) grow(n);
    },
    setMatrix(i, m) {
      m.copyToArray(matrices, i * 16);
    },
    setColor(i, r, g, b) {
      const o = i * 4;
      // Colours rarely change: compare (at float32 precision) so that a steady crowd uploads no colour buffer.
      if (
        colors[o] === Math.fround(r) &&
        colors[o + 1] === Math.fround(g) &&
        colors[o + 2] === Math.fround(b) &&
        colors[o + 3] === 1
      )
        return;
      colors[o] = r;
      colors[o + 1] = g;
      colors[o + 2] = b;
      colors[o + 3] = 1;
      colorsChanged = true;
    },
    commit(n) {
      mesh.thinInstanceCount = n;
      mesh.isVisible = n > 0;
      if (n === 0) return;
      mesh.thinInstanceBufferUpdated("matrix");
      if (colorsChanged) mesh.thinInstanceBufferUpdated("color");
      colorsChanged = false;
    },
    dispose() {
      mesh.dispose();
    },
  };
}

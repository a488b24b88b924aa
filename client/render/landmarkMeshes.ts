// The landmark kit's Babylon half: merged meshes (one per material) or, for comparison, one mesh per part.
import { Mesh } from "@babylonjs/core/Meshes/mesh";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData";
import type { Scene } from "@babylonjs/core/scene";
import type { Landmark } from "../../common/landmark";
import type { MeshBuffer } from "./kit/MeshBuffer";
import { landmarkOfFace, landmarkParts, mergeByMaterial, type PickRange } from "./kit/landmarkParts";
import type { KitMaterials } from "./materials";
import { bakeSkyOcclusion } from "./kit/skyLight";

export type BuildMode = "merged" | "naive";

/** What a pickable mesh carries so a click can name the landmark it hit. */
export interface LandmarkPickData {
  landmarkId?: string;
  pickRanges?: PickRange[];
}

export function meshFromBuffer(name: string, buffer: MeshBuffer, scene: Scene): Mesh {
  const mesh = new Mesh(name, scene);
  const data = new VertexData();
  data.positions = buffer.positions;
  data.normals = buffer.normals;
  data.uvs = buffer.uvs;
  data.colors = buffer.colors;
  data.indices = buffer.indices;
  data.applyToMesh(mesh, false);
  return mesh;
}

/** Builds every landmark of the scene. Merged: one static mesh per material, frozen. */
export function buildLandmarkMeshes(
  landmarks: readonly Landmark[],
  materials: KitMaterials,
  scene: Scene,
  mode: BuildMode,
): Mesh[] {
  const parts = landmarks.flatMap(landmarkParts);
  const meshes: Mesh[] = [];
  if (mode === "naive") {
    for (const part of parts) {
      bakeSkyOcclusion(part.buffer);
      const mesh = meshFromBuffer(part.name, part.buffer, scene);
      mesh.material = materials[part.material];
      mesh.metadata = { landmarkId: part.landmarkId } satisfies LandmarkPickData;
      meshes.push(mesh);
    }
    return meshes;
  }
  for (const merged of mergeByMaterial(parts)) {
    bakeSkyOcclusion(merged.buffer);
    const mesh = meshFromBuffer(`landmarks-${merged.material}`, merged.buffer, scene);
    mesh.material = materials[merged.material];
    mesh.metadata = { pickRanges: merged.ranges } satisfies LandmarkPickData;
    mesh.freezeWorldMatrix();
    mesh.doNotSyncBoundingInfo = true;
    meshes.push(mesh);
  }
  return meshes;
}

/** The landmark a pick hit, from a mesh's metadata and the picked face. */
export function landmarkOfPick(mesh: { metadata?: unknown } | null | undefined, faceId: number): string | null {
  let node = mesh as { metadata?: LandmarkPickData; parent?: unknown } | null | undefined;
  while (node) {
    const meta = node.metadata;
    if (meta?.landmarkId) return meta.landmarkId;
    if (meta?.pickRanges) return landmarkOfFace(meta.pickRanges, faceId);
    node = node.parent as typeof node;
  }
  return null;
}

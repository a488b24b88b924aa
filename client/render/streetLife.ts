// The scene's standing street life (trees, moored ships, the far bank) as one mesh in the kit's stone material:
// vertex colours and its speckle, so it shares the kit's compiled shader and costs one draw call. What travels
// (trams, cars, rickshaws, sampans) is the traffic's own mesh (traffic.ts).
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../common/scene";
import { bakeSkyOcclusion } from "./kit/skyLight";
import { streetLifeBuffer, travels } from "./kit/streetLifeParts";
import { meshFromBuffer } from "./landmarkMeshes";
import type { KitMaterials } from "./materials";

export function addStreetLife(data: Scene, materials: KitMaterials, scene: BabylonScene): Mesh | null {
  const standing = data.streetLife.filter((r) => !travels(r));
  if (standing.length === 0) return null;
  const buffer = streetLifeBuffer(standing);
  bakeSkyOcclusion(buffer, 0.7, 4);
  const mesh = meshFromBuffer("street-life", buffer, scene);
  mesh.material = materials.stone;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  // All the scene's street life, standing and travelling: what the automation handle and tests count.
  mesh.metadata = { streetLife: data.streetLife.reduce((n, r) => n + r.count, 0) };
  return mesh;
}

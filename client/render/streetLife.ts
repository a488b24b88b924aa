// The scene's street life (trams, cars, rickshaws, trees, river craft, the far bank) as one mesh in the kit's stone
// material: vertex colours and its speckle, so it shares the kit's compiled shader and costs one draw call.
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../common/scene";
import { bakeSkyOcclusion } from "./kit/skyLight";
import { streetLifeBuffer } from "./kit/streetLifeParts";
import { meshFromBuffer } from "./landmarkMeshes";
import type { KitMaterials } from "./materials";

export function addStreetLife(data: Scene, materials: KitMaterials, scene: BabylonScene): Mesh | null {
  if (data.streetLife.length === 0) return null;
  const buffer = streetLifeBuffer(data.streetLife);
  bakeSkyOcclusion(buffer, 0.7, 4);
  const mesh = meshFromBuffer("street-life", buffer, scene);
  mesh.material = materials.stone;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  mesh.metadata = { streetLife: data.streetLife.reduce((n, r) => n + r.count, 0) };
  return mesh;
}

// A hall's light in Babylon: the light on its exhibits (kept off walls and floor), and its lamps — ceiling and
// case lights — as one unlit mesh, so a hall reads as lit by them at the cost of one draw call and one light.
import { DirectionalLight } from "@babylonjs/core/Lights/directionalLight";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Scene } from "../../../common/scene";
import { hexToRgb } from "../kit/MeshBuffer";
import { meshFromBuffer } from "../landmarkMeshes";
import { ceilingLamps, MOODS } from "./hallFixtures";
import type { HallParts } from "./hallParts";

/**
 * The display light: from above and a little to the side, as from lamps hung in front of the displays. `unlit`
 * are the meshes it leaves to the room's own light (walls, floor), so a dark room keeps its objects bright.
 */
export function addDisplayLight(data: Scene, scene: BabylonScene, unlit: AbstractMesh[]): DirectionalLight | null {
  if (!data.ceiling) return null;
  const mood = MOODS[data.ceiling.light];
  const light = new DirectionalLight("display-light", new Vector3(0.3, -1, 0.45), scene);
  light.intensity = mood.displayLight;
  light.diffuse = new Color3(...hexToRgb(mood.displayColor));
  light.specular = new Color3(0.6, 0.6, 0.6); // a glaze's or a patina's highlight
  light.excludedMeshes.push(...unlit);
  return light;
}

/** The lamps of the ceiling and inside the cases, in one mesh drawn in their own colours. */
export function addLamps(data: Scene, parts: HallParts, scene: BabylonScene): Mesh | null {
  const b = ceilingLamps(data, parts.displays);
  b.append(parts.caseLights);
  if (b.triangleCount === 0) return null;
  const mesh = meshFromBuffer("gallery-lamps", b, scene);
  const mat = new StandardMaterial("gallery-lamps", scene);
  mat.disableLighting = true;
  mat.emissiveColor = Color3.White();
  mat.diffuseColor = Color3.Black();
  mat.specularColor = Color3.Black();
  mat.freeze();
  mesh.material = mat;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  return mesh;
}

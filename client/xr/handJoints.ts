// What a tracked hand looks like in VR: one small low-poly sphere per joint (Babylon instances it for all 50
// joints of both hands, one draw call), made here so nothing is fetched from a CDN.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { CreateIcoSphere } from "@babylonjs/core/Meshes/Builders/icoSphereBuilder";
import type { Mesh } from "@babylonjs/core/Meshes/mesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

/** The source of the joint instances: unit size (Babylon scales each instance to its joint's radius). */
export function createJointMesh(scene: BabylonScene): Mesh {
  const sphere = CreateIcoSphere("xr-hand-joint", { radius: 0.5, subdivisions: 1 }, scene);
  const material = new StandardMaterial("xr-hand-joint", scene);
  material.diffuseColor = new Color3(0.85, 0.7, 0.6);
  material.specularColor = Color3.Black();
  sphere.material = material;
  sphere.isPickable = false;
  sphere.isVisible = false;
  return sphere;
}

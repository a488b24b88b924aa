// What is under a screen point: a landmark (by the merged mesh's face ranges), walkable ground, or water.
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Camera } from "@babylonjs/core/Cameras/camera";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import "@babylonjs/core/Culling/ray"; // scene.pick; this module loads after the first frame
import { itemOfPick } from "./gallery/exhibitPick";
import { landmarkOfPick } from "./landmarkMeshes";
import { classifyPick, type PickResult } from "./sceneView";

const pickable = (m: AbstractMesh) => m.isPickable && m.isEnabled() && m.name !== "sky";

export function pickAt(scene: BabylonScene, camera: Camera, x: number, y: number): PickResult | null {
  const hit = scene.pick(x, y, pickable, false, camera);
  if (!hit?.hit) return null;
  return classifyPick(
    hit.pickedMesh,
    hit.faceId,
    hit.pickedPoint,
    hit.distance,
    (m, f) => landmarkOfPick(m, f),
    (m, f) => itemOfPick(m, f),
  );
}

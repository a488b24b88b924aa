// Exhibits drawn from a glb: loaded after the first frame, fitted to the record's size; a broken file shows a placeholder.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { CreateBox } from "@babylonjs/core/Meshes/Builders/boxBuilder";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { ExhibitSummary } from "../../../common/catalog";
import type { Slot } from "../../../common/displayLayout";
import { loadModel } from "../models";
import type { ExhibitPickData } from "./exhibitPick";
import { DEG } from "../../../common/measures";

/** Resolves true when the model loaded, false when it fell back to a placeholder. */
export async function addExhibitModel(item: ExhibitSummary, slot: Slot, scene: BabylonScene): Promise<boolean> {
  if (item.form.kind !== "model") return true;
  const anchor = new TransformNode(`exhibit-${item.id}`, scene);
  anchor.position = new Vector3(slot.x, slot.y, slot.z);
  anchor.rotation = new Vector3(0, slot.yawDeg * DEG, 0);
  anchor.metadata = { itemId: item.id } satisfies ExhibitPickData;
  const h = item.dimensions.heightCm / 100;
  try {
    const container = await loadModel(item.form.src, scene);
    for (const root of container.rootNodes) root.parent = anchor;
    // Fit the model to the record's height, standing on the shelf, whatever units its author used. The bounds are in
    // the world, the anchor already at the shelf: its own lowest point is min.y - slot.y, which the scale stretches.
    const { min, max } = anchor.getHierarchyBoundingVectors(true);
    const scale = max.y - min.y > 0 ? h / (max.y - min.y) : 1;
    anchor.scaling = new Vector3(scale, scale, scale);
    anchor.position.y = slot.y - (min.y - slot.y) * scale;
    for (const mesh of container.meshes) {
      mesh.isPickable = true;
      mesh.freezeWorldMatrix();
    }
    return true;
  } catch (err) {
    console.warn(`Model ${item.form.src} of exhibit ${item.id} could not be loaded; showing a placeholder.`, err);
    const box = CreateBox(
      `exhibit-${item.id}-placeholder`,
      { width: item.dimensions.widthCm / 100, depth: item.dimensions.depthCm / 100, height: h },
      scene,
    );
    box.position.y = h / 2;
    box.parent = anchor;
    const mat = new StandardMaterial(`exhibit-${item.id}-placeholder`, scene);
    mat.diffuseColor = new Color3(0.75, 0.72, 0.68);
    mat.alpha = 0.6;
    box.material = mat;
    return false;
  }
}

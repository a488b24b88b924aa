// When controller rays show: only while they rest on something that can be read or pressed, or while a finger is
// on the trigger. Idle rays and their cursor rings are four draw calls per eye for nothing.
import type { PickingInfo } from "@babylonjs/core/Collisions/pickingInfo";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { WebXRControllerPointerSelection } from "@babylonjs/core/XR/features/WebXRControllerPointerSelection";
import type { WebXRInputSource } from "@babylonjs/core/XR/webXRInputSource";
import { pointerRays } from "../render/babylonSeams";

/** The per-controller record Babylon's pointer selection keeps (private there: it offers no per-controller switch). */
interface RayData {
  xrController?: WebXRInputSource;
  laserPointer: AbstractMesh;
  selectionMesh: AbstractMesh;
  pick: PickingInfo | null;
}

export interface RayPolicy {
  /** Shows or hides each ray for this frame: the frame loop's present phase, after the feature's own update. */
  present(): void;
  /** How many rays showed on the last frame. */
  shown(): number;
}

export function createRayPolicy(
  selection: WebXRControllerPointerSelection,
  selectable: (pick: PickingInfo) => boolean,
): RayPolicy {
  let shown = 0;
  // Babylon's pointer selection updates its rays on the XR frame, before the frame loop runs: this comes after it.
  const present = () => {
    shown = 0;
    for (const data of pointerRays<RayData>(selection)) {
      // Hidden by Babylon (detached while the teleport arc aims, or this hand not selecting): leave it hidden.
      if (!data.laserPointer?.isVisible && !data.selectionMesh?.isVisible) continue;
      const source = data.xrController?.inputSource;
      const pick = data.pick;
      const onTarget = !!(pick?.hit && pick.pickedMesh && selectable(pick));
      const trigger = data.xrController?.motionController?.getMainComponent();
      // Hands have no trigger to rest a finger on: their ray always shows, as the headset's own system does.
      const ready = !!source?.hand || !!trigger?.touched || !!trigger?.pressed;
      data.laserPointer.isVisible = onTarget || ready;
      data.selectionMesh.isVisible = onTarget && data.selectionMesh.isVisible;
      if (data.laserPointer.isVisible) shown++;
    }
  };
  return { present, shown: () => shown };
}

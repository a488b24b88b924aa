// Teleport in VR: Babylon's arc on the thumbstick, landing only where the collision world lets a visitor stand,
// snap turn on the same stick; rebuilt for the right hand alone when the left stick walks.
import type { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience";
import { WebXRFeatureName } from "@babylonjs/core/XR/webXRFeaturesManager";
import type { WebXRMotionControllerTeleportation } from "@babylonjs/core/XR/features/WebXRControllerTeleportation";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import { isWalkable, type WalkableWorld } from "../../common/walkable";
import { BODY_RADIUS } from "../state/player";
import { DEG } from "../../common/measures";

export interface TeleportSetup {
  /** Left stick free for walking: only the right hand teleports. */
  rightHandOnly: boolean;
  /** Snap turn angle in degrees, or null when turning is smooth (the stick's sideways push is then not a snap). */
  snapDeg: number | null;
}

export interface Teleport {
  configure(setup: TeleportSetup): void;
  teleports(): number;
}

export const TELEPORT_OPTIONS = { blockAllPickableMeshes: true, timeToTeleport: 300 } as const;

export function createTeleport(
  xr: WebXRDefaultExperience,
  floors: AbstractMesh[],
  world: WalkableWorld,
  onTeleported: () => void,
): Teleport {
  let count = 0;
  let hand: "right" | undefined;
  let feature = xr.teleportation;
  const wire = (t: WebXRMotionControllerTeleportation) => {
    t.backwardsMovementEnabled = false;
    // The arc may rest on any floor point; the visitor lands only where the collision world says they may stand.
    // (Stays on Babylon's observable: the teleport feature moves its arc in its own XR-frame step, and the veto must
    // be set there, before that same step lands the visitor.)
    t.onTargetMeshPositionUpdatedObservable.add((pick) => {
      const p = pick.pickedPoint;
      t.skipNextTeleportation = !p || !isWalkable(world, p.x, p.z, BODY_RADIUS);
    });
    t.onAfterCameraTeleport.add(() => {
      count++;
      onTeleported();
    });
  };
  wire(feature);
  const apply = (setup: TeleportSetup) => {
    // rotationEnabled only turns the landing arrow; the sideways snap itself is gated by nothing but its angle.
    feature.rotationEnabled = setup.snapDeg !== null;
    feature.rotationAngle = setup.snapDeg === null ? 0 : setup.snapDeg * DEG;
  };
  return {
    configure(setup) {
      const want = setup.rightHandOnly ? "right" : undefined;
      if (want !== hand) {
        // Babylon binds a hand to teleport only when the feature is built: build it again (the old one is disposed).
        hand = want;
        feature = xr.baseExperience.featuresManager.enableFeature(WebXRFeatureName.TELEPORTATION, "stable", {
          xrInput: xr.input,
          floorMeshes: floors,
          ...TELEPORT_OPTIONS,
          forceHandedness: hand,
        }) as WebXRMotionControllerTeleportation;
        feature.setSelectionFeature(xr.pointerSelection);
        xr.teleportation = feature;
        wire(feature);
      }
      apply(setup);
    },
    teleports: () => count,
  };
}

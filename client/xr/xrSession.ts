// The immersive session: Babylon's WebXR experience set up offline-safe, teleport that lands only where a visitor
// may stand, snap turn, controller rays that select, and the head and hands as a pose for presence.
import { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience";
import { WebXRState } from "@babylonjs/core/XR/webXRTypes";
import "@babylonjs/core/XR/motionController/webXROculusTouchMotionController";
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents";
import { Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { HandPose, Pose } from "../../common/pose";
import { isWalkable, type WalkableWorld } from "../../common/walkable";
import { BODY_RADIUS } from "../state/player";

export const DEFAULT_SNAP_TURN_DEG = 30;

export interface XrOptions {
  scene: BabylonScene;
  floor: AbstractMesh;
  world: WalkableWorld;
  /** A controller ray selected something (trigger pressed while pointing). */
  onSelect(mesh: AbstractMesh, faceId: number, distance: number): void;
}

export interface XrSession {
  enter(from: { x: number; z: number; yaw: number }): Promise<void>;
  exit(): Promise<void>;
  active(): boolean;
  /** Head and hands, for presence; null outside XR. Hands are relative to the head, in world axes. */
  pose(): Pose | null;
  /** Moves the rig so the head stands at x, z facing yaw (radians). */
  placeHead(x: number, z: number, yaw: number): void;
  state(): { snapTurnDeg: number; teleports: number };
  setSnapTurn(deg: number): void;
}

/** Heading of a rotation: 0 looks along +z (north), π/2 along +x. */
function headingOf(q: Quaternion): number {
  const forward = Vector3.Forward().applyRotationQuaternion(q);
  return Math.atan2(forward.x, forward.z);
}

export async function createXrSession(opts: XrOptions): Promise<XrSession> {
  const { scene } = opts;
  // The default experience reaches the internet in four places; these options close each (STACK-NOTES).
  const xr = await WebXRDefaultExperience.CreateAsync(scene, {
    floorMeshes: [opts.floor],
    disableDefaultUI: true,
    disableHandTracking: true,
    disableNearInteraction: true,
    inputOptions: { doNotLoadControllerMeshes: true, disableOnlineControllerRepository: true },
    teleportationOptions: { blockAllPickableMeshes: true, timeToTeleport: 300 },
    // Either hand's trigger selects at once (by default the first press of the other hand only switches hands).
    pointerSelectionOptions: { enablePointerSelectionOnAllControllers: true },
  });
  const teleport = xr.teleportation;
  let snapTurnDeg = DEFAULT_SNAP_TURN_DEG;
  let teleports = 0;
  teleport.rotationEnabled = true;
  teleport.rotationAngle = (snapTurnDeg * Math.PI) / 180;
  teleport.backwardsMovementEnabled = false;
  // The arc may rest on any floor point; the visitor lands only where the collision world says they may stand.
  teleport.onTargetMeshPositionUpdatedObservable.add((pick) => {
    const p = pick.pickedPoint;
    teleport.skipNextTeleportation = !p || !isWalkable(opts.world, p.x, p.z, BODY_RADIUS);
  });
  teleport.onAfterCameraTeleport.add(() => teleports++);

  scene.onPointerObservable.add((info) => {
    if (xr.baseExperience.state !== WebXRState.IN_XR || info.type !== PointerEventTypes.POINTERDOWN) return;
    const pick = info.pickInfo;
    if (pick?.hit && pick.pickedMesh) opts.onSelect(pick.pickedMesh, pick.faceId, pick.distance);
  });

  const camera = xr.baseExperience.camera;
  const placeHead = (x: number, z: number, yaw: number) => {
    // Turn the rig so the head faces yaw, then move it so the head (not the rig's origin) stands at x, z.
    const turn = yaw - headingOf(camera.absoluteRotation);
    camera.rotationQuaternion.multiplyInPlace(Quaternion.RotationAxis(Vector3.Up(), turn));
    camera.position.x += x - camera.globalPosition.x;
    camera.position.z += z - camera.globalPosition.z;
  };

  const handPose = (head: Vector3) => {
    const hands: { left?: HandPose; right?: HandPose } = {};
    for (const controller of xr.input.controllers) {
      const side = controller.inputSource.handedness;
      const node = controller.grip ?? controller.pointer;
      if ((side !== "left" && side !== "right") || !node) continue;
      const p = node.absolutePosition;
      const q = node.absoluteRotationQuaternion;
      hands[side] = { position: { x: p.x - head.x, y: p.y - head.y, z: p.z - head.z }, rotation: { x: q.x, y: q.y, z: q.z, w: q.w } };
    }
    return hands.left && hands.right ? { left: hands.left, right: hands.right } : undefined;
  };

  return {
    async enter(from) {
      await xr.baseExperience.enterXRAsync("immersive-vr", "local-floor");
      placeHead(from.x, from.z, from.yaw);
    },
    async exit() {
      if (xr.baseExperience.state === WebXRState.IN_XR) await xr.baseExperience.exitXRAsync();
    },
    active: () => xr.baseExperience.state === WebXRState.IN_XR,
    pose() {
      if (xr.baseExperience.state !== WebXRState.IN_XR) return null;
      const head = camera.globalPosition;
      const forward = camera.getDirection(Vector3.Forward());
      return {
        x: head.x,
        y: Math.max(0, head.y),
        z: head.z,
        yaw: Math.atan2(forward.x, forward.z),
        pitch: Math.asin(Math.max(-1, Math.min(1, forward.y))),
        hands: handPose(head),
      };
    },
    placeHead,
    state: () => ({ snapTurnDeg, teleports }),
    setSnapTurn(deg) {
      snapTurnDeg = deg;
      teleport.rotationAngle = (deg * Math.PI) / 180;
    },
  };
}

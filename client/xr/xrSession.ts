// The immersive session: Babylon's WebXR experience set up offline-safe (no CDN controller models, hand meshes or
// materials), with teleport, snap or smooth turning, stick walking with a vignette, seated height, hands and rays
// that select, multiview where offered, and the head and hands as a pose for presence.
import { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience";
import { WebXRState } from "@babylonjs/core/XR/webXRTypes";
// Built-in controller layouts, so no profile is fetched: Quest controllers and tracked hands (pinch = trigger).
import "@babylonjs/core/XR/motionController/webXROculusTouchMotionController";
import "@babylonjs/core/XR/motionController/webXROculusHandController";
import "@babylonjs/core/XR/motionController/webXRGenericHandController";
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents";
import type { IWebXRHandTrackingOptions } from "@babylonjs/core/XR/features/WebXRHandTracking";
import type { PickingInfo } from "@babylonjs/core/Collisions/pickingInfo";
import { Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { HandPose, Pose } from "../../common/pose";
import type { WalkableWorld } from "../../common/walkable";
import { eyeRaise, type XrSettings } from "../state/xrSettings";
import { createJointMesh } from "./handJoints";
import { createLocomotion } from "./locomotion";
import { renderingMultiview, requestMultiview, settleMultiview } from "./multiview";
import { createRayPolicy } from "./rays";
import { createTeleport, TELEPORT_OPTIONS } from "./teleport";
import { createVignette } from "./vignette";
import { adoptSession, releaseSession } from "./sessionHandover";

export interface XrOptions {
  scene: BabylonScene;
  /** Every mesh the teleport arc may land on. */
  floors: AbstractMesh[];
  world: WalkableWorld;
  settings(): XrSettings;
  /** A ray (controller trigger or hand pinch) selected something. */
  onSelect(pick: PickingInfo): void;
  /** Whether a ray resting on this pick would select something (its ray then shows). */
  selectable(pick: PickingInfo): boolean;
  /** The left controller's Y button (or the left hand's menu gesture): the comfort menu. */
  onMenuButton(): void;
  /** B on the right controller held or released (push-to-talk). */
  onTalkButton(held: boolean): void;
  /** A on the right controller or X on the left pressed: the one switch, when one-switch mode is on. */
  onSwitchButton(): void;
}

export interface XrSessionState {
  snapTurnDeg: number;
  turn: XrSettings["turn"];
  smoothMove: boolean;
  teleports: number;
  /** Metres a second and radians a second the sticks moved and turned the visitor on the last frame. */
  speed: number;
  turnRate: number;
  /** 0 (hidden) … 1. */
  vignette: number;
  /** The head's height above the floor it stands on, as the museum sees it (seated mode raises it). */
  eyeHeight: number;
  /** The head's height in the room, as the headset tracks it. */
  trackedHeight: number;
  seated: boolean;
  rays: number;
  hands: number;
  multiview: boolean;
}

/** A controller's tip in the world and how far its trigger is pulled (0…1): what the studio's brush writes with. */
export interface XrTip {
  side: "left" | "right";
  x: number;
  y: number;
  z: number;
  trigger: number;
}

export interface XrSession {
  /** Starts VR with the head at `from`; within `carried` (the session of the place just left) when given. */
  enter(from: { x: number; z: number; yaw: number }, carried?: XRSession): Promise<void>;
  exit(): Promise<void>;
  /** Lets go of the session without ending it, for the next place's scene to carry on in; null outside VR. */
  release(): XRSession | null;
  active(): boolean;
  /** Head and hands, for presence; null outside XR. Hands are relative to the head, in world axes. */
  pose(): Pose | null;
  /** Each controller's tip (where its target ray starts) and trigger depth; empty outside XR. */
  tips(): XrTip[];
  /** Moves the rig so the head stands at x, z facing yaw (radians). */
  placeHead(x: number, z: number, yaw: number): void;
  /** The frame loop's input phase, after the headset's pose came in: the sticks move the rig, seated height holds. */
  move(now: number): void;
  /** The frame loop's present phase: which controller rays show. */
  present(): void;
  /** Takes up changed settings (turning, stick walking, seated height). */
  applySettings(): void;
  state(): XrSessionState;
}

/** Heading of a rotation: 0 looks along +z (north), π/2 along +x. */
function headingOf(q: Quaternion): number {
  const forward = Vector3.Forward().applyRotationQuaternion(q);
  return Math.atan2(forward.x, forward.z);
}

export async function createXrSession(opts: XrOptions): Promise<XrSession> {
  const { scene } = opts;
  // The default experience reaches the internet in four places; these options close each (STACK-NOTES). Hands are
  // tracked with our own joint spheres instead of the CDN hand model and its shader.
  const xr = await WebXRDefaultExperience.CreateAsync(scene, {
    floorMeshes: opts.floors,
    disableDefaultUI: true,
    disableNearInteraction: true,
    // (Babylon fills in xrInput itself.)
    handSupportOptions: {
      handMeshes: { disableDefaultMeshes: true },
      jointMeshes: { sourceMesh: createJointMesh(scene) },
    } as IWebXRHandTrackingOptions,
    inputOptions: { doNotLoadControllerMeshes: true, disableOnlineControllerRepository: true },
    teleportationOptions: { ...TELEPORT_OPTIONS },
    // Either hand's trigger selects at once (by default the first press of the other hand only switches hands).
    pointerSelectionOptions: { enablePointerSelectionOnAllControllers: true },
  });
  const features = xr.baseExperience.featuresManager;
  const camera = xr.baseExperience.camera;
  const inXr = () => xr.baseExperience.state === WebXRState.IN_XR;

  // Seated height: how far the rig is raised now. Babylon's teleport puts the head back at its tracked height.
  let raised = 0;
  const raiseTo = (want: number) => {
    camera.position.y += want - raised;
    raised = want;
  };
  const teleport = createTeleport(xr, opts.floors, opts.world, () => {
    raised = 0;
    raiseTo(eyeRaise(opts.settings()));
  });
  const vignette = createVignette(scene, camera);
  const locomotion = createLocomotion({
    camera,
    input: xr.input,
    world: opts.world,
    settings: opts.settings,
    vignette,
  });
  const rays = createRayPolicy(xr.pointerSelection, opts.selectable);
  let multiview = false;
  let trackedHeight = 0;
  let lastFrame = 0;
  // Called from the frame loop, which in VR runs inside the XR frame after the camera took this frame's head pose;
  // what it moves here shows from the next frame.
  const move = (now: number) => {
    if (!inXr()) return;
    const dt = lastFrame ? Math.min((now - lastFrame) / 1000, 0.1) : 0; // a stalled frame must not fling the visitor
    lastFrame = now;
    locomotion.frame(dt);
    if (raised !== eyeRaise(opts.settings())) raiseTo(eyeRaise(opts.settings()));
    multiview = renderingMultiview(camera);
    trackedHeight = camera.realWorldHeight; // only readable inside an XR frame
  };
  xr.baseExperience.sessionManager.onXRSessionInit.add((session) => {
    raised = 0;
    lastFrame = 0;
    settleMultiview(features, session);
  });

  scene.onPointerObservable.add((info) => {
    if (!inXr() || info.type !== PointerEventTypes.POINTERDOWN) return;
    const pick = info.pickInfo;
    if (pick?.hit && pick.pickedMesh) opts.onSelect(pick);
  });
  xr.input.onControllerAddedObservable.add((controller) => {
    controller.onMotionControllerInitObservable.add((mc) => {
      // Y on the left controller; on a tracked left hand, the system's palm pinch ("menu").
      const button = mc.getComponent("y-button") ?? (mc.handedness === "left" ? mc.getComponent("menu") : null);
      button?.onButtonStateChangedObservable.add((c) => {
        if (c.changes.pressed?.current) opts.onMenuButton();
      });
      // A on the right, X on the left: the one switch (either hand, for a visitor who can use only one).
      mc.getComponent(mc.handedness === "left" ? "x-button" : "a-button")?.onButtonStateChangedObservable.add((c) => {
        if (c.changes.pressed?.current) opts.onSwitchButton();
      });
      // B on the right controller, held: the microphone is open while it is down.
      if (mc.handedness === "right") {
        mc.getComponent("b-button")?.onButtonStateChangedObservable.add((c) => {
          if (c.changes.pressed) opts.onTalkButton(c.changes.pressed.current);
        });
      }
    });
  });

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
      hands[side] = {
        position: { x: p.x - head.x, y: p.y - head.y, z: p.z - head.z },
        rotation: { x: q.x, y: q.y, z: q.z, w: q.w },
      };
    }
    return hands.left && hands.right ? { left: hands.left, right: hands.right } : undefined;
  };

  const applySettings = () => {
    const s = opts.settings();
    teleport.configure({ rightHandOnly: s.smoothMove, snapDeg: s.turn === "snap" ? s.snapDeg : null });
  };
  applySettings();

  return {
    async enter(from, carried) {
      requestMultiview(features, scene.getEngine());
      if (carried) await adoptSession(xr, carried, "local-floor");
      else await xr.baseExperience.enterXRAsync("immersive-vr", "local-floor");
      placeHead(from.x, from.z, from.yaw);
    },
    release: () => releaseSession(xr),
    async exit() {
      if (inXr()) await xr.baseExperience.exitXRAsync();
    },
    active: inXr,
    pose() {
      if (!inXr()) return null;
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
    tips() {
      if (!inXr()) return [];
      const out: XrTip[] = [];
      for (const c of xr.input.controllers) {
        const side = c.inputSource.handedness;
        if ((side !== "left" && side !== "right") || c.inputSource.hand) continue;
        const p = c.pointer.absolutePosition;
        const trigger = c.motionController?.getComponentOfType("trigger")?.value ?? 0;
        out.push({ side, x: p.x, y: p.y, z: p.z, trigger });
      }
      return out;
    },
    placeHead,
    move,
    present: () => {
      if (inXr()) rays.present();
    },
    applySettings,
    state() {
      const s = opts.settings();
      const moved = locomotion.state();
      return {
        snapTurnDeg: s.snapDeg,
        turn: s.turn,
        smoothMove: s.smoothMove,
        teleports: teleport.teleports(),
        speed: moved.speed,
        turnRate: moved.turnRate,
        vignette: moved.vignette,
        eyeHeight: camera.globalPosition.y,
        trackedHeight,
        seated: s.seated,
        rays: rays.shown(),
        hands: xr.input.controllers.filter((c) => c.inputSource.hand).length,
        multiview,
      };
    },
  };
}

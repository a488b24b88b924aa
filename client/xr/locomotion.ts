// Smooth locomotion in VR, once a frame: the left stick walks (sliding along whatever blocks, as on desktop), the
// right stick turns continuously when smooth turning is chosen, and the vignette follows how fast that goes.
import { Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector";
import type { WebXRCamera } from "@babylonjs/core/XR/webXRCamera";
import type { WebXRInput } from "@babylonjs/core/XR/webXRInput";
import type { WalkableWorld } from "../../common/walkable";
import { BODY_RADIUS } from "../state/player";
import type { XrSettings } from "../state/xrSettings";
import { approachVignette, smoothTurnStep, stickWalk, vignetteTarget } from "./comfort";
import type { Vignette } from "./vignette";

export interface Locomotion {
  /** Steps the rig by `dt` seconds of stick input. */
  frame(dt: number): void;
  /** What the sticks did on the last frame: metres a second walked, radians a second turned. */
  state(): { speed: number; turnRate: number; vignette: number };
}

const NO_STICK = { x: 0, y: 0 };

function stickOf(input: WebXRInput, hand: "left" | "right"): { x: number; y: number } {
  for (const c of input.controllers) {
    if (c.inputSource.handedness !== hand) continue;
    const stick = c.motionController?.getComponentOfType("thumbstick");
    if (stick) return stick.axes;
  }
  return NO_STICK;
}

export function createLocomotion(opts: {
  camera: WebXRCamera;
  input: WebXRInput;
  world: WalkableWorld;
  settings(): XrSettings;
  vignette: Vignette;
}): Locomotion {
  const { camera } = opts;
  let speed = 0;
  let turnRate = 0;
  const forward = new Vector3();
  const turn = new Quaternion();
  return {
    frame(dt) {
      const s = opts.settings();
      speed = 0;
      turnRate = 0;
      if (dt > 0 && s.smoothMove) {
        const head = camera.globalPosition;
        camera.getDirectionToRef(Vector3.Forward(), forward);
        const to = stickWalk(
          opts.world,
          head,
          stickOf(opts.input, "left"),
          Math.atan2(forward.x, forward.z),
          dt,
          BODY_RADIUS,
        );
        const dx = to.x - head.x;
        const dz = to.z - head.z;
        if (dx !== 0 || dz !== 0) {
          // Moving the rig moves the head by the same amount (Babylon turns this into an offset reference space).
          camera.position.x += dx;
          camera.position.z += dz;
          speed = Math.hypot(dx, dz) / dt;
        }
      }
      if (dt > 0 && s.turn === "smooth") {
        const step = smoothTurnStep(stickOf(opts.input, "right").x, s.smoothTurnDegPerSec, dt);
        if (step !== 0) {
          // About the world's up axis through the head, as snap turn does.
          Quaternion.RotationAxisToRef(Vector3.UpReadOnly, step, turn);
          turn.multiplyToRef(camera.rotationQuaternion, camera.rotationQuaternion);
          turnRate = step / dt;
        }
      }
      const target = s.vignette ? vignetteTarget(speed, turnRate) : 0;
      opts.vignette.set(approachVignette(opts.vignette.strength(), target, dt));
    },
    state: () => ({ speed, turnRate, vignette: opts.vignette.strength() }),
  };
}

// The one ordered frame loop: read input → step the visitor → place the camera → refresh overlays → render.
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { TargetCamera } from "@babylonjs/core/Cameras/targetCamera";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { WalkableWorld } from "../../common/walkable";
import { look, stepPlayer, type PlayerState } from "../state/player";
import type { DesktopInput } from "./desktopInput";

export interface FrameLoopParts {
  engine: Engine;
  input: DesktopInput;
  eyeHeight: number;
  getPlayer(): PlayerState;
  setPlayer(p: PlayerState): void;
  getView(): { scene: BabylonScene; camera: TargetCamera; world: WalkableWorld } | null;
  /** Whether the visitor has entered (before that, the camera idles at the spawn view). */
  active(): boolean;
  /** In VR the headset moves the visitor: its head pose, or null on desktop. */
  xrHead(): { x: number; z: number; yaw: number; pitch: number } | null;
  /** A scene shown instead of the visit (an object being inspected): the visitor stands still meanwhile. */
  overlay(): BabylonScene | null;
  afterStep(p: PlayerState): void;
  onFrameRendered(): void;
}

export function placeCamera(camera: TargetCamera, p: PlayerState, eyeHeight: number): void {
  camera.position.set(p.x, eyeHeight, p.z);
  // Babylon: rotation.y is the heading (0 looks along +z), rotation.x positive looks down.
  camera.rotation.set(-p.pitch, p.yaw, 0);
}

export function startFrameLoop(parts: FrameLoopParts): () => void {
  const { engine } = parts;
  engine.runRenderLoop(() => {
    const view = parts.getView();
    if (!view) return;
    const overlay = parts.overlay();
    if (overlay) {
      parts.input.takeLook(); // drags turn the object, not the visitor
      overlay.render();
      return;
    }
    const dt = Math.min(engine.getDeltaTime() / 1000, 0.1); // a stalled tab must not teleport the visitor
    let p = parts.getPlayer();
    const head = parts.xrHead();
    if (head) {
      p = { ...p, ...head, walkTarget: null };
      parts.setPlayer(p);
    } else {
      if (parts.active()) {
        const turn = parts.input.takeLook();
        if (turn.yaw || turn.pitch) p = look(p, turn.yaw, turn.pitch);
        p = stepPlayer(p, parts.input.intent(), dt, view.world);
        parts.setPlayer(p);
      }
      placeCamera(view.camera, p, parts.eyeHeight);
    }
    parts.afterStep(p);
    view.scene.render();
    parts.onFrameRendered();
  });
  return () => engine.stopRenderLoop();
}

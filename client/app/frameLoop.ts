// The one ordered frame loop. Every per-frame job joins a named phase; the order below is the order, written once:
//   input    what the hands say: XR sticks move the rig, the head pose is read (once), desktop keys and drags are taken
//   receive  what the network said: the remote visitors' buffered poses are sampled for this frame
//   simulate the rules: the visitor steps (or follows the headset), the tour places them, doorways are walked through
//   send     the local pose goes to the room (the link throttles it)
//   present  the picture is arranged: camera, avatars, labels, minimap, XR panels and rays, water, stats counters,
//            the tour's narration (audio, captions) and marks, the VR fade round a tour's move
//   render   the scene is drawn, then the jobs that read what was drawn (frame time, the first frame)
// Jobs of a phase run in the order they joined. Nothing here knows what the jobs are.
import type { Engine } from "@babylonjs/core/Engines/engine";
import type { TargetCamera } from "@babylonjs/core/Cameras/targetCamera";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { Pose } from "../../common/pose";
import type { PlayerState } from "../state/player";

export const FRAME_PHASES = ["input", "receive", "simulate", "send", "present", "render"] as const;
export type FramePhase = (typeof FRAME_PHASES)[number];

/** What one frame knows, filled in phase by phase. */
export interface Frame {
  /** performance.now() at the frame's start: one clock reading for every job. */
  now: number;
  /** Seconds since the last frame, at most 0.1 (a stalled tab must not teleport the visitor). */
  dt: number;
  scene: BabylonScene;
  /** The head (and hands) in VR, read once in the input phase; null on desktop. */
  head: Pose | null;
}

export type FrameJob = (frame: Frame) => void;

/** What the loop asks each frame before running the phases. */
export interface FrameSource {
  /** The scene shown, or null while none is built yet (nothing runs then). */
  scene(): BabylonScene | null;
  /** A scene shown instead of the visit (an object being inspected): the visit stands still and only it is drawn. */
  overlay(): BabylonScene | null;
  /** What runs instead while the overlay shows (its drags turn the object, not the visitor). */
  duringOverlay(): void;
}

export interface FrameLoop {
  /** Adds a job to a phase; returns how to take it out again. */
  join(phase: FramePhase, job: FrameJob): () => void;
  /** Starts drawing frames; returns how to stop. */
  start(source: FrameSource): () => void;
}

export function createFrameLoop(engine: Engine): FrameLoop {
  const jobs = new Map<FramePhase, FrameJob[]>(FRAME_PHASES.map((p) => [p, []]));
  const runPhase = (phase: FramePhase, frame: Frame) => {
    for (const job of jobs.get(phase)!.slice()) job(frame); // a job may leave while its phase runs
  };
  const tick = (source: FrameSource) => {
    const scene = source.scene();
    if (!scene) return;
    const overlay = source.overlay();
    if (overlay) {
      source.duringOverlay();
      overlay.render();
      return;
    }
    const frame: Frame = { now: performance.now(), dt: Math.min(engine.getDeltaTime() / 1000, 0.1), scene, head: null };
    for (const phase of FRAME_PHASES) {
      if (phase === "render") scene.render(); // the draw itself opens the render phase
      runPhase(phase, frame);
    }
  };
  return {
    join(phase, job) {
      const list = jobs.get(phase)!;
      list.push(job);
      return () => {
        const i = list.indexOf(job);
        if (i >= 0) list.splice(i, 1);
      };
    },
    start(source) {
      const run = () => tick(source);
      engine.runRenderLoop(run);
      return () => engine.stopRenderLoop(run);
    },
  };
}

export function placeCamera(camera: TargetCamera, p: PlayerState, eyeHeight: number): void {
  camera.position.set(p.x, eyeHeight, p.z);
  // Babylon: rotation.y is the heading (0 looks along +z), rotation.x positive looks down.
  camera.rotation.set(-p.pitch, p.yaw, 0);
}

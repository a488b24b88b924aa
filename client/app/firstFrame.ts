// The first frame: `ready` resolves once a frame of the first scene has been drawn with every mesh in it able to
// draw (shaders compiled), not a frame of empty sky; then what waits for it starts (models, picking, avatars, tours).
import type { FrameLoop } from "./frameLoop";

export interface FirstFrame {
  ready: Promise<void>;
  /** Milliseconds from navigation start, once drawn. */
  ms(): number | null;
  /** Resolves when what follows the first frame has loaded (for the scene shown now). */
  followed(): Promise<void>;
}

/** `then` runs once the first frame is drawn, and again for each `followed()`: it must be safe to repeat. */
export function joinFirstFrame(loop: FrameLoop, then: () => Promise<unknown>): FirstFrame {
  let ms: number | null = null;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const leave = loop.join("render", (frame) => {
    // (Only meshes that draw: asking a hidden one would fix its shader before it has what it will draw with.)
    if (!frame.scene.meshes.every((m) => !m.isVisible || !m.isEnabled() || m.isReady(true))) return;
    ms = performance.now();
    leave();
    resolveReady();
    then().catch((err) => console.warn("What follows the first frame could not load", err));
  });
  return { ready, ms: () => ms, followed: () => ready.then(then).then(() => undefined) };
}

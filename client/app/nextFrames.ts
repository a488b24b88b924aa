// Resolves after the engine has drawn `n` more frames: a move or a scene change is done once it has been seen.
import type { AbstractEngine } from "@babylonjs/core/Engines/abstractEngine";

export function nextFrames(engine: AbstractEngine, n: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let left = n;
    // Not a frame-loop job: it must count every frame the engine draws, also those where the loop runs no phases
    // (an inspected object shown instead, no scene yet), or a scene change would wait forever.
    const obs = engine.onEndFrameObservable.add(() => {
      if (--left <= 0) {
        engine.onEndFrameObservable.remove(obs);
        resolve();
      }
    });
  });
}

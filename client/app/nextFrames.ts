// Resolves after the engine has drawn `n` more frames: a move or a scene change is done once it has been seen.
import type { AbstractEngine } from "@babylonjs/core/Engines/abstractEngine";

export function nextFrames(engine: AbstractEngine, n: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let left = n;
    const obs = engine.onEndFrameObservable.add(() => {
      if (--left <= 0) {
        engine.onEndFrameObservable.remove(obs);
        resolve();
      }
    });
  });
}

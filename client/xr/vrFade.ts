// Gathering in VR: a short fade to black and back round the move, so the group is not yanked through space (a jump
// in view without one is what makes people queasy in a headset). A dark sphere round the head, drawn over everything.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Color3 } from "@babylonjs/core/Maths/math.color";
import { CreateSphere } from "@babylonjs/core/Meshes/Builders/sphereBuilder";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";

const OUT_MS = 180;
const IN_MS = 260;

/** Joins a job to the frame loop's present phase (the fade is arranged before each draw); returns how to leave. */
export type EachFrame = (job: (now: number) => void) => () => void;

/**
 * Fades the view out, runs `move` in the dark, and fades back in; resolves when the view is clear again. The ramps
 * step with the frame loop (`eachFrame`), so the fade is one of its jobs rather than a callback of its own.
 */
export async function fadeAround(
  scene: BabylonScene,
  move: () => Promise<void> | void,
  eachFrame: EachFrame,
): Promise<void> {
  const camera = scene.activeCamera;
  if (!camera) return void (await move());
  const material = new StandardMaterial("tour-fade", scene);
  material.disableLighting = true;
  material.emissiveColor = Color3.Black();
  material.backFaceCulling = false;
  material.disableDepthWrite = true;
  material.alpha = 0;
  const sphere = CreateSphere("tour-fade", { diameter: 0.5, segments: 8, sideOrientation: 1 }, scene);
  sphere.material = material;
  sphere.isPickable = false;
  sphere.renderingGroupId = 3; // over the world and the panels
  sphere.parent = camera;
  const ramp = (from: number, to: number, ms: number) =>
    new Promise<void>((resolve) => {
      let start: number | null = null; // the ramp's first frame shows `from`
      const leave = eachFrame((now) => {
        start ??= now;
        const k = Math.min(1, (now - start) / ms);
        material.alpha = from + (to - from) * k;
        if (k >= 1) {
          leave();
          resolve();
        }
      });
    });
  try {
    await ramp(0, 1, OUT_MS);
    await move();
    // A move into another scene leaves this one behind (disposed): the new scene starts clear.
    if (!scene.isDisposed) await ramp(1, 0, IN_MS);
  } finally {
    if (!scene.isDisposed) {
      sphere.dispose();
      material.dispose();
    }
  }
}

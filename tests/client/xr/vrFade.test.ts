// The VR fade round a tour's move, on a real (GPU-less) Babylon scene: it steps only with the frames it is given (a
// frame loop job, no render callback of its own), the move happens in full black, and it leaves nothing behind.
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { FreeCamera } from "@babylonjs/core/Cameras/freeCamera";
import type { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it } from "vitest";
import { fadeAround } from "../../../client/xr/vrFade";

let engine: NullEngine | undefined;
afterEach(() => engine?.dispose());

/** The frames the test hands out, as the frame loop's present phase would: each joined job, with the frame's clock. */
function frames() {
  const jobs = new Set<(now: number) => void>();
  return {
    eachFrame: (job: (now: number) => void) => {
      jobs.add(job);
      return () => void jobs.delete(job);
    },
    tick: (now: number) => [...jobs].forEach((job) => job(now)),
    joined: () => jobs.size,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function sceneWithCamera() {
  engine = new NullEngine();
  const scene = new Scene(engine);
  scene.activeCamera = new FreeCamera("eye", new Vector3(0, 1.6, 0), scene);
  return scene;
}

describe("VR fade", () => {
  it("ramps to black with the frames it is given, moves in the dark, ramps back and cleans up", async () => {
    const scene = sceneWithCamera();
    const f = frames();
    const fade = () => scene.getMaterialByName("tour-fade") as StandardMaterial | null;
    let alphaAtMove: number | null = null;
    let done = false;
    const fading = fadeAround(scene, () => void (alphaAtMove = fade()!.alpha), f.eachFrame).then(() => (done = true));
    expect(f.joined()).toBe(1); // a job of the frame loop, not a render callback
    expect(scene.onBeforeRenderObservable.hasObservers()).toBe(false);
    f.tick(1000);
    expect(fade()!.alpha).toBe(0);
    f.tick(1090);
    expect(fade()!.alpha).toBeCloseTo(0.5, 5);
    await settle();
    expect(alphaAtMove).toBeNull(); // not moved before the view is black
    f.tick(1180);
    await settle();
    expect(alphaAtMove).toBe(1);
    f.tick(2000); // the ramp back in starts at its first frame
    expect(fade()!.alpha).toBe(1);
    f.tick(2130);
    expect(fade()!.alpha).toBeCloseTo(0.5, 5);
    expect(done).toBe(false);
    f.tick(2260);
    await fading;
    expect(f.joined()).toBe(0);
    expect(fade()).toBeNull();
    expect(scene.getMeshByName("tour-fade")).toBeNull();
  });

  it("does not ramp back in a scene the move left behind", async () => {
    const scene = sceneWithCamera();
    const f = frames();
    const fading = fadeAround(scene, () => scene.dispose(), f.eachFrame);
    f.tick(0);
    f.tick(200);
    await fading;
    expect(f.joined()).toBe(0);
  });

  it("without a camera just moves", async () => {
    engine = new NullEngine();
    const scene = new Scene(engine);
    const f = frames();
    let moved = false;
    await fadeAround(scene, () => void (moved = true), f.eachFrame);
    expect(moved).toBe(true);
    expect(f.joined()).toBe(0);
  });
});

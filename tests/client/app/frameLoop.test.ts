// The frame loop on a real (GPU-less) Babylon engine: jobs run phase by phase in the written order whatever order
// they joined in, the scene is drawn as the render phase opens, a job can leave, and an overlay stops the visit.
import { NullEngine } from "@babylonjs/core/Engines/nullEngine";
import { TargetCamera } from "@babylonjs/core/Cameras/targetCamera";
import { Vector3 } from "@babylonjs/core/Maths/math.vector";
import { Scene } from "@babylonjs/core/scene";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFrameLoop, FRAME_PHASES, type FramePhase } from "../../../client/app/frameLoop";

let engine: NullEngine | undefined;
afterEach(() => engine?.dispose());

/** A scene that can be drawn: Babylon renders nothing without a camera. */
function drawable(e: NullEngine) {
  const scene = new Scene(e);
  new TargetCamera("eye", Vector3.Zero(), scene);
  return scene;
}

describe("frame loop", () => {
  it("runs every phase in the written order, drawing the scene as the render phase opens", async () => {
    engine = new NullEngine();
    const scene = drawable(engine);
    const loop = createFrameLoop(engine);
    const seen: string[] = [];
    // Joined backwards on purpose: the phase, not the joining, decides when a job runs.
    for (const phase of [...FRAME_PHASES].reverse())
      loop.join(phase, (f) => seen.push(`${phase}@${f.scene.getRenderId()}`));
    loop.join("input", (f) => (f.head = { x: 1, y: 1.6, z: 2, yaw: 0, pitch: 0 }));
    const heads: unknown[] = [];
    loop.join("send", (f) => heads.push(f.head));
    const stop = loop.start({ scene: () => scene, overlay: () => null, duringOverlay: () => undefined });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(FRAME_PHASES.length));
    stop();
    const first = seen.slice(0, FRAME_PHASES.length);
    expect(first.map((s) => s.split("@")[0])).toEqual([...FRAME_PHASES]);
    const renderIds = first.map((s) => Number(s.split("@")[1]));
    // Before the render phase the frame's scene has not been drawn yet; in it, it has.
    expect(renderIds.slice(0, 5).every((id) => id === renderIds[0])).toBe(true);
    expect(renderIds[5]).toBeGreaterThan(renderIds[0]);
    // What the input phase read (the head) is what the send phase sends: one reading a frame.
    expect(heads[0]).toEqual({ x: 1, y: 1.6, z: 2, yaw: 0, pitch: 0 });
  });

  it("a job that leaves while its phase runs does not make the next one miss the frame", async () => {
    engine = new NullEngine();
    const scene = drawable(engine);
    const loop = createFrameLoop(engine);
    let once = 0;
    let after = 0;
    const leave = loop.join("render", () => {
      once++;
      leave();
    });
    loop.join("render", () => after++);
    const stop = loop.start({ scene: () => scene, overlay: () => null, duringOverlay: () => undefined });
    await vi.waitFor(() => expect(after).toBeGreaterThanOrEqual(3));
    stop();
    expect(once).toBe(1);
  });

  it("while an overlay shows, only it is drawn and no phase runs", async () => {
    engine = new NullEngine();
    const scene = drawable(engine);
    const overlay = drawable(engine);
    const loop = createFrameLoop(engine);
    const ran = new Set<FramePhase>();
    for (const phase of FRAME_PHASES) loop.join(phase, () => ran.add(phase));
    let during = 0;
    const stop = loop.start({ scene: () => scene, overlay: () => overlay, duringOverlay: () => during++ });
    await vi.waitFor(() => expect(during).toBeGreaterThanOrEqual(3));
    stop();
    expect(ran.size).toBe(0);
    expect(overlay.getRenderId()).toBeGreaterThan(0);
    expect(scene.getRenderId()).toBe(0);
  });
});

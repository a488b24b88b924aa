// The other visitors drawn in the scene: their buffered poses sampled once a frame (receive) and the avatars moved
// to them (present). Avatars and their sprite code load after the first frame: before it nobody else can be seen.
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { AvatarLayer } from "../render/avatars";
import type { SampledVisitor, VisitorStore } from "../state/visitors";
import type { FrameLoop } from "./frameLoop";

export interface Presence {
  /** The avatars of a scene (called once the first frame is drawn, and for each scene shown after it). */
  show(scene: BabylonScene): Promise<void>;
}

export function joinPresence(loop: FrameLoop, visitors: VisitorStore, sceneId: () => string | null): Presence {
  let layer: { scene: BabylonScene; avatars: AvatarLayer } | null = null;
  let shownScene: BabylonScene | null = null;
  let others: SampledVisitor[] = [];
  loop.join("receive", (frame) => {
    const id = sceneId();
    others = id ? visitors.sample(frame.now, id) : [];
  });
  loop.join("present", (frame) => {
    if (layer?.scene !== frame.scene) return;
    layer.avatars.update(
      others.map((v) => ({
        id: v.id,
        name: v.name,
        color: v.color,
        role: v.role,
        pose: v.pose,
        away: !v.connected,
        speaking: v.speaking,
      })),
    );
  });
  return {
    async show(scene) {
      shownScene = scene;
      if (layer?.scene === scene) return;
      const { createAvatarLayer } = await import("../render/avatars");
      // Another scene may have been shown while the code loaded: only the one shown now gets avatars.
      if (shownScene === scene && layer?.scene !== scene) layer = { scene, avatars: createAvatarLayer(scene) };
    },
  };
}

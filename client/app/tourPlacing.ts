// The tour's placements of this visitor (a gather, "to the guide"), one at a time: a gather during a scene change
// waits for it. In another scene the member stands at the tour's place as soon as it shows; in VR the move happens
// inside a short fade, stepped by the frame loop.
import type { TourPlaceMessage } from "../../common/messageTypes";
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import type { FrameLoop } from "./frameLoop";

export interface TourPlacingContext {
  loop: FrameLoop;
  view(): { data: { id: string }; scene: BabylonScene } | null;
  goto(sceneId: string, arrive?: () => Promise<void>): Promise<void>;
  place(x: number, z: number, yaw: number): Promise<void>;
  xrActive(): boolean;
  placeHead(x: number, z: number, yaw: number): void;
  /** After each placement (the panels say whether the member is with the stop). */
  placed(): void;
}

export function createTourPlacing(ctx: TourPlacingContext): (m: TourPlaceMessage) => void {
  let placing: Promise<void> = Promise.resolve();
  const fadeFrames = (job: (now: number) => void) => ctx.loop.join("present", (frame) => job(frame.now));
  return (m) => {
    const run = async () => {
      const stand = async () => {
        if (ctx.xrActive()) ctx.placeHead(m.x, m.z, m.yaw);
        else await ctx.place(m.x, m.z, m.yaw);
      };
      const move = () => (ctx.view()?.data.id !== m.sceneId ? ctx.goto(m.sceneId, stand) : stand());
      const scene = ctx.view()?.scene;
      if (m.fade && scene && ctx.xrActive()) await (await import("../xr/vrFade")).fadeAround(scene, move, fadeFrames);
      else await move();
      ctx.placed();
    };
    placing = placing.then(run, run).catch((err) => console.warn("Could not take the tour's place", err));
  };
}

// The tour's part of each frame, in two phases of the frame loop: in simulate, the member's body (follow me, lock
// roaming) after their own step; in present, the narration on the shared clock (audio and captions) and the marks in
// the scene (beacon, path, spotlight, the guide's ray) where the visitor now stands.
import type { Scene as BabylonScene } from "@babylonjs/core/scene";
import { FollowState, MessageType, TourStatus } from "../../common/messageTypes";
import type { Scene } from "../../common/scene";
import type { WalkableWorld } from "../../common/walkable";
import type { TourMarks } from "../render/tourMarks";
import { followRank } from "../state/followWalk";
import { markStateOf, type HallLookup, type TourMarkState } from "../state/markState";
import { createMemberMotion } from "../state/memberMotion";
import type { ClockEstimator } from "../state/narrationSync";
import type { PlayerState } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { currentStopOf, leadsTour, myMembership, type TourStore } from "../state/tourStore";
import type { SampledVisitor, VisitorStore } from "../state/visitors";
import type { NarrationPlayer, NarrationReport } from "../ui/narrationPlayer";
import { prefersReducedMotion } from "../ui/reducedMotion";
import type { Frame } from "./frameLoop";

export interface TourFrameContext {
  store: TourStore;
  clock: ClockEstimator;
  narration: NarrationPlayer;
  settings: SettingsStore;
  visitors: VisitorStore;
  view(): { data: Scene; scene: BabylonScene; world: WalkableWorld; hall: HallLookup | null } | null;
  send(type: string, body?: unknown): void;
  /** In VR the headset carries the member: moves go through the XR rig. */
  placeHead(x: number, z: number, yaw: number): boolean;
  /** After the narration moved on: the panels show the caption and position. */
  narrated(r: NarrationReport): void;
}

const BEACON_HEIGHT = { outdoor: 36, indoor: 2.6 };

export interface TourFrame {
  /** Simulate phase (a rule of the visit, after the visitor's own step): where the tour wants the member. */
  step(p: PlayerState, frame: Pick<Frame, "now" | "dt">): PlayerState;
  /** Present phase: the narration and the marks, for the visitor where the frame's rules left them. */
  present(frame: Pick<Frame, "now">, p: PlayerState): void;
  marks(): TourMarkState | null;
}

export function createTourFrame(ctx: TourFrameContext): TourFrame {
  const motion = createMemberMotion();
  let marks: { scene: BabylonScene; marks: TourMarks } | null = null;
  let marksLoading = false;
  let shown: TourMarkState | null = null;
  let followEnding = false;
  /** The leading guide as drawn this frame: sampled once, read by both phases. */
  let guideSeen: { now: number; sceneId: string; guide: SampledVisitor | null } | null = null;
  const guideAt = (now: number, sceneId: string, guideId: string) => {
    if (guideSeen?.now !== now || guideSeen.sceneId !== sceneId) {
      guideSeen = { now, sceneId, guide: ctx.visitors.sample(now, sceneId).find((g) => g.id === guideId) ?? null };
    }
    return guideSeen.guide;
  };

  const marksFor = (scene: BabylonScene, kind: Scene["kind"]) => {
    if (marks?.scene === scene) return marks.marks;
    if (marks) marks.marks.dispose();
    marks = null;
    if (!marksLoading) {
      // The marks' Babylon code is only fetched once someone is in a tour.
      marksLoading = true;
      void import("../render/tourMarks").then(
        ({ createTourMarks }) => {
          marksLoading = false;
          if (scene.isDisposed) return;
          marks = {
            scene,
            marks: createTourMarks(scene, kind === "outdoor" ? BEACON_HEIGHT.outdoor : BEACON_HEIGHT.indoor),
          };
        },
        (err) => console.warn("The tour's marks could not load; the tour goes on without them", err),
      );
    }
    return null;
  };

  return {
    step(p, frame) {
      const v = ctx.store.get();
      const view = ctx.view();
      const live = v?.live;
      const me = myMembership(v);
      if (!v || !live || !view || leadsTour(v) || !me || live.status !== TourStatus.Running) return p;
      // The member's body: following the guide, kept inside a locked stop's circle.
      const sceneId = view.data.id;
      const stop = currentStopOf(v);
      const guide = guideAt(frame.now, sceneId, live.guide);
      const following = me.follow === FollowState.Following && guide;
      const followers = live.members.filter((m) => m.follow === FollowState.Following).map((m) => m.id);
      const lock =
        live.lockRadius > 0 && stop ? { sceneId: stop.sceneId, centre: stop.place, radius: live.lockRadius } : null;
      const moved = motion.step({
        at: p,
        sceneId,
        follow: following
          ? {
              guide: { x: guide.pose.x, z: guide.pose.z, yaw: guide.pose.yaw, sceneId },
              rank: followRank(followers, v.me),
            }
          : null,
        lock,
        dt: frame.dt,
        world: view.world,
        calm: prefersReducedMotion(),
      });
      if (moved.leftColumn && !followEnding) {
        followEnding = true; // once, until the room says so
        ctx.send(MessageType.TourFollowReply, { accept: false });
      }
      if (me.follow !== FollowState.Following) followEnding = false;
      if (moved.x === p.x && moved.z === p.z) return p;
      ctx.placeHead(moved.x, moved.z, p.yaw);
      return { ...p, x: moved.x, z: moved.z, walkTarget: following ? null : p.walkTarget };
    },
    present(frame, p) {
      const v = ctx.store.get();
      const view = ctx.view();
      const live = v?.live;
      if (!v || !live || !view) {
        ctx.narration.update(null, null, 0, ctx.settings.get().lang);
        if (shown) marks?.marks.update((shown = { beacon: null, from: null, outline: null, ray: null }));
        shown = null;
        return;
      }
      const stop = currentStopOf(v);
      ctx.narration.update(stop, live.narration, ctx.clock.serverNow(Date.now()), ctx.settings.get().lang);
      ctx.narrated(ctx.narration.report());
      const leads = leadsTour(v);
      const guide = leads ? null : guideAt(frame.now, view.data.id, live.guide);
      const guideHead = leads ? { x: p.x, y: view.data.eyeHeight, z: p.z } : guide ? guide.pose : null;
      const target = marksFor(view.scene, view.data.kind);
      shown = markStateOf({
        scene: view.data,
        hall: view.hall,
        stop,
        me: p,
        spotlight: live.spotlight,
        guide: guideHead,
      });
      target?.update(shown);
    },
    marks: () => shown,
  };
}

// Guided tours in the page, composed: the store the room fills, the room's tour channel (attached again on every room
// object), admission (app/tourAdmission.ts), the shared clock (app/sharedClock.ts), the member's and the guide's
// sides, placements (app/tourPlacing.ts), the tour's two frame jobs (app/tourFrame.ts), and bund.tour for automation.
import { followTourLayer } from "../state/tourLayer";
import { TourEndReason, type ErrorMessage } from "../../common/messageTypes";
import type { Scene } from "../../common/scene";
import type { TourTarget } from "../../common/tour";
import type { WalkableWorld } from "../../common/walkable";
import { createGuideSession } from "../net/guideSession";
import { attachTourChannel, type TourChannel } from "../net/tourChannel";
import type { PickResult, SceneView } from "../render/sceneView";
import type { PlayerState } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { chooseSight, type SightNearby } from "../state/stopDraft";
import { createTourStore, currentStopOf } from "../state/tourStore";
import type { VisitorStore } from "../state/visitors";
import type { EntryScreen } from "../ui/entryScreen";
import { createNarrationPlayer } from "../ui/narrationPlayer";
import { refusalText, tt } from "../ui/tourStrings";
import type { Frame, FrameLoop } from "./frameLoop";
import { createGuideSide, type GuideSide } from "./guideSide";
import { createMemberSide } from "./memberSide";
import { createSharedClock } from "./sharedClock";
import { createTourAdmission, type TourAdmission, type TourAdmissionContext } from "./tourAdmission";
import { tourAutomation, type TourHandle } from "./tourAutomation";
import { createTourFrame } from "./tourFrame";
import { createTourPlacing } from "./tourPlacing";
import { wireLessons } from "./lessonWiring";
import { followPerformance } from "../state/performanceFollow";

export interface TourWiringContext {
  ui: HTMLElement;
  entry: EntryScreen;
  settings: SettingsStore;
  visitors: VisitorStore;
  /** The frame loop: the tour's present job joins it (its simulate step is a rule of the visit). */
  loop: FrameLoop;
  view(): (SceneView & { world: WalkableWorld }) | null;
  /** Walks into another scene (as a doorway does); `arrive` runs once it is shown, before its models have loaded. */
  goto(sceneId: string, arrive?: () => Promise<void>): Promise<void>;
  /** Stands the visitor at (x, z) facing yaw (radians). */
  place(x: number, z: number, yaw: number): Promise<void>;
  player(): PlayerState;
  xrActive(): boolean;
  /** In VR: moves the head (the rig) there. */
  placeHead(x: number, z: number, yaw: number): void;
  /** What is at the middle of the view (render/picking; null before picking has loaded). */
  pickCentre(): PickResult | null;
}

export interface TourWiring {
  admit: TourAdmission["admit"];
  /** The visit's rule, once a frame after the visitor's own step: returns where the tour wants them. */
  step(p: PlayerState, frame: Pick<Frame, "now" | "dt">): PlayerState;
  automation: TourHandle;
}

function sightsOf(data: Scene, view: SceneView): SightNearby[] {
  const landmarks = data.landmarks.map((l) => ({
    target: { kind: "landmark" as const, id: l.id },
    title: l.name,
    about: l.description,
    x: l.position.x,
    z: l.position.z,
  }));
  const exhibits = [...(view.hall?.items.values() ?? [])].flatMap((item) => {
    const slot = view.hall?.slots.get(item.id);
    return slot
      ? [
          {
            target: { kind: "exhibit" as const, id: item.id },
            title: item.title,
            about: item.title,
            x: slot.x,
            z: slot.z,
          },
        ]
      : [];
  });
  return [...landmarks, ...exhibits];
}

export function wireTours(ctx: TourWiringContext): TourWiring {
  const { settings } = ctx;
  const lang = () => settings.get().lang;
  const store = createTourStore();
  const session = createGuideSession();
  const narration = createNarrationPlayer(ctx.ui);
  let channel: TourChannel | null = null;
  let guide: GuideSide | null = null;
  let started: { code: string; link: string } | null = null;
  const send = (type: string, body?: unknown) => channel?.send(type, body);
  const clock = createSharedClock(() => channel?.askClock());
  const aimedAt = (): TourTarget | null => {
    const hit = ctx.pickCentre();
    return hit?.kind === "landmark"
      ? { kind: "landmark", id: hit.landmarkId }
      : hit?.kind === "exhibit"
        ? { kind: "exhibit", id: hit.itemId }
        : null;
  };

  const member = createMemberSide({
    root: ctx.ui,
    settings,
    send,
    listen: () => narration.unlock(),
    sceneId: () => ctx.view()?.data.id ?? null,
  });
  const frame = createTourFrame({
    store,
    clock: clock.estimate,
    narration,
    settings,
    visitors: ctx.visitors,
    view: ctx.view,
    send,
    placeHead: (x, z, yaw) => ctx.xrActive() && (ctx.placeHead(x, z, yaw), true),
    narrated(r) {
      member.panel.caption(r);
      guide?.panel().narration(r);
    },
  });
  ctx.loop.join("present", (f) => frame.present(f, ctx.player()));

  const lessons = wireLessons({ root: ctx.ui, store, lang, loop: ctx.loop, notice: (t) => member.panel.notice(t) });
  // A stop with a performance: the theatre follows the stop's narration clock, as the group's captions do.
  followPerformance(() => {
    const v = store.get();
    return v?.live && currentStopOf(v)?.performance
      ? { clock: v.live.narration, serverNow: clock.estimate.serverNow(Date.now()) }
      : null;
  });
  const render = () => {
    member.show(store.get());
    guide?.show(store.get());
  };
  store.subscribe(render);
  store.subscribe(followTourLayer(settings));
  settings.subscribe(render);
  const applyPlace = createTourPlacing({ ...ctx, placed: render });

  const ended = (reason: string) => {
    admission.hold(null);
    if (!store.get()) return;
    store.set(null);
    narration.stop();
    clock.stop();
    followPerformance(null);
    member.panel.notice(
      tt(
        reason === TourEndReason.Left
          ? "tourLeft"
          : reason === TourEndReason.GuideGone
            ? "guideGone"
            : reason === TourEndReason.Removed
              ? "tourRemoved"
              : "tourEnded",
        lang(),
      ),
    );
  };

  const onRoom: TourAdmissionContext["onRoom"] = (room) => {
    channel = attachTourChannel(room, store, {
      started: (code, link) => (started = { code, link: location.origin + link }),
      plan(code, _plan, serverNow, receivedAt, ticket) {
        admission.hold(ticket ? { code, ticket } : null);
        clock.estimate.addRough(serverNow, receivedAt);
        clock.start();
      },
      place: applyPlace,
      ended: (_code, reason) => ended(reason),
      refused: (e: ErrorMessage) => member.panel.notice(refusalText(e.code, e.type, lang(), e.message)),
      clock: (sentAt, serverNow, receivedAt) => clock.estimate.add(sentAt, serverNow, receivedAt),
    });
    lessons.attach(room);
    // After a reconnection the clock is asked again: the new route may be slower or faster.
    if (store.get()) clock.start();
    if (session.current() && !guide) {
      guide = createGuideSide({
        root: ctx.ui,
        settings,
        session,
        send,
        isSpeaking: (id) => ctx.visitors.isSpeaking(id),
        spot() {
          const view = ctx.view();
          if (!view) return null;
          const p = ctx.player();
          return {
            sceneId: view.data.id,
            x: p.x,
            z: p.z,
            yaw: p.yaw,
            aimedAt: aimedAt(),
            sights: sightsOf(view.data, view),
          };
        },
        chooseSight,
        spotlightTarget: () => aimedAt() ?? currentStopOf(store.get())?.target ?? null,
      });
      render();
    }
  };
  const admission = createTourAdmission({
    entry: ctx.entry,
    settings,
    session,
    sceneId: () => ctx.view()?.data.id ?? null,
    onRoom,
    lost: ended,
  });

  return {
    admit: admission.admit,
    step: (p, f) => frame.step(p, f),
    automation: tourAutomation({
      store,
      lang,
      narration: () => narration.report(),
      positionNow: () => narration.positionAt(clock.estimate.serverNow(Date.now())),
      marks: () => frame.marks(),
      started: () => started,
      send,
      signedIn: () => session.current()?.name ?? null,
      guide: () => guide,
    }),
  };
}

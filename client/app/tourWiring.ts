// Guided tours in the page: the entry screen's tour part (code, live tours, guide sign-in) and the admission it
// gives the room link; the tour channel on every room object; the member's panel, the guide's side, placements
// (gather, to the guide, lock), the shared narration clock, each frame's tour work, and bund.tour for automation.
import { MessageType, TourEndReason, TourStatus, type ErrorMessage, type TourPlaceMessage } from "../../common/messageTypes";
import type { Lang } from "../../common/sceneParts";
import type { Scene } from "../../common/scene";
import type { TourTarget } from "../../common/tour";
import type { WalkableWorld } from "../../common/walkable";
import type { LinkOptions } from "../net/connection";
import { attachTourChannel, type TourChannel } from "../net/tourChannel";
import type { PickResult, SceneView } from "../render/sceneView";
import type { PlayerState } from "../state/player";
import type { SettingsStore } from "../state/settings";
import { createTourStore, currentStopOf, leadsTour, myMembership } from "../state/tourStore";
import type { VisitorStore } from "../state/visitors";
import { createGuideSession } from "../net/guideSession";
import { createGuideSide, type GuideSide } from "./guideSide";
import { createNarrationPlayer } from "../ui/narrationPlayer";
import { createClockProbe, type ClockProbe } from "../net/clockProbe";
import { createClockEstimator } from "../state/narrationSync";
import { chooseSight, type SightNearby } from "../state/stopDraft";
import { reserveSeat, TourApiError } from "../net/tourApi";
import { createTourFrame } from "./tourFrame";
import type { EntryScreen } from "../ui/entryScreen";
import { attachTourEntry } from "../ui/tourEntry";
import { createTourPanel } from "../ui/tourPanel";
import { apiProblemText, refusalText, tt } from "../ui/tourStrings";
import type { BundHandle } from "./automation";
import { tourAutomation } from "./tourAutomation";

export interface EnterChoice {
  name?: string;
  lang?: Lang;
  tourCode?: string;
  guide?: { name: string; password: string };
}

export interface TourWiringContext {
  ui: HTMLElement;
  entry: EntryScreen;
  settings: SettingsStore;
  visitors: VisitorStore;
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
  /** Before joining: signs a guide in and reserves a tour's seat; null (with the reason on the entry screen) if not. */
  admit(choice: EnterChoice): Promise<Pick<LinkOptions, "admission" | "onRoom" | "rejoin"> | null>;
  /** Once a frame, after the visitor's own step: returns where the tour wants them. */
  frame(p: PlayerState, now: number): PlayerState;
  automation: Pick<BundHandle, "tour" | "tourControl">;
}

/** Clock exchanges: a quick few on joining, then one a second for a while (on a busy network or machine the best
 *  round trip of many is far shorter than that of a few), then one now and then. */
const clockDelayMs = (asked: number) => (asked < 5 ? 150 : asked < 30 ? 1000 : 10_000);

/** Seats for the link: the one already reserved first (so a refusal was said in time), then fresh ones if it lapsed. */
function seatsFrom<T>(first: T, reserve: () => Promise<T>): () => Promise<T> {
  let kept: T | undefined = first;
  return () => {
    const seat = kept;
    kept = undefined;
    return seat !== undefined ? Promise.resolve(seat) : reserve();
  };
}

function sightsOf(data: Scene, view: SceneView): SightNearby[] {
  const landmarks = data.landmarks.map((l) => ({ target: { kind: "landmark" as const, id: l.id }, title: l.name, about: l.description, x: l.position.x, z: l.position.z }));
  const exhibits = [...(view.hall?.items.values() ?? [])].flatMap((item) => {
    const slot = view.hall?.slots.get(item.id);
    return slot ? [{ target: { kind: "exhibit" as const, id: item.id }, title: item.title, about: item.title, x: slot.x, z: slot.z }] : [];
  });
  return [...landmarks, ...exhibits];
}

export function wireTours(ctx: TourWiringContext): TourWiring {
  const { settings } = ctx;
  const lang = () => settings.get().lang;
  const store = createTourStore();
  const clock = createClockEstimator();
  const session = createGuideSession();
  const narration = createNarrationPlayer(ctx.ui);
  const form = ctx.entry.element.querySelector("form")!;
  const entry = attachTourEntry(ctx.entry, settings, session, () => form.requestSubmit());
  let channel: TourChannel | null = null;
  let guide: GuideSide | null = null;
  let started: { code: string; link: string } | null = null;
  let clockTimer: ReturnType<typeof setTimeout> | undefined;
  /** The seat ticket of "tour:plan": what brings this member back to the tour after a server restart. */
  let held: { code: string; ticket: string } | null = null;
  let probe: ClockProbe | null | undefined;
  /** (Re)starts the clock exchanges: after joining, and after a reconnection (the route may have changed). */
  const askClock = (asked = 0) => {
    clearTimeout(clockTimer);
    // Both sources feed one estimate, and the shortest round trip wins: the worker's, unless workers are missing.
    probe ??= createClockProbe((r) => clock.add(r.sentAt, r.serverNow, r.receivedAt));
    probe?.ask();
    channel?.askClock();
    clockTimer = setTimeout(() => askClock(asked + 1), clockDelayMs(asked));
  };
  const aimedAt = (): TourTarget | null => {
    const hit = ctx.pickCentre();
    return hit?.kind === "landmark" ? { kind: "landmark", id: hit.landmarkId } : hit?.kind === "exhibit" ? { kind: "exhibit", id: hit.itemId } : null;
  };
  const send = (type: string, body?: unknown) => channel?.send(type, body);

  const panel = createTourPanel(ctx.ui, settings, {
    raiseHand: (raised) => send(MessageType.TourRaiseHand, { raised }),
    toGuide: () => send(MessageType.TourToGuide),
    leave: () => send(MessageType.TourLeave),
    followReply: (accept) => send(MessageType.TourFollowReply, { accept }),
    listen: () => narration.unlock(),
  });
  const frame = createTourFrame({
    store,
    clock,
    narration,
    settings,
    visitors: ctx.visitors,
    view: ctx.view,
    send,
    placeHead: (x, z, yaw) => ctx.xrActive() && (ctx.placeHead(x, z, yaw), true),
    narrated(r) {
      panel.caption(r);
      guide?.panel().narration(r);
    },
  });

  const render = () => {
    const v = store.get();
    const live = v?.live;
    const me = myMembership(v);
    const stop = currentStopOf(v);
    panel.show(
      v && live
        ? {
            leads: leadsTour(v),
            guideName: live.guideName,
            stopIndex: live.stop,
            stopCount: live.stopCount,
            stop,
            guideAway: live.status === TourStatus.GuideAway,
            elsewhere: !!stop && stop.sceneId !== ctx.view()?.data.id,
            lockRadius: live.lockRadius,
            follow: me?.follow ?? 0,
            handRaised: (me?.hand ?? 0) > 0,
            announcement: { seq: live.announceSeq, text: live.announcement },
          }
        : null,
    );
    guide?.show(v);
  };
  store.subscribe(render);
  settings.subscribe(render);

  // Placements come one at a time: a gather during a scene change waits for it.
  let placing: Promise<void> = Promise.resolve();
  const applyPlace = (m: TourPlaceMessage) => {
    const run = async () => {
      const stand = async () => {
        if (ctx.xrActive()) ctx.placeHead(m.x, m.z, m.yaw);
        else await ctx.place(m.x, m.z, m.yaw);
      };
      // In another scene the member stands at the tour's place as soon as it shows, not at its spawn while glbs load.
      const move = () => (ctx.view()?.data.id !== m.sceneId ? ctx.goto(m.sceneId, stand) : stand());
      const scene = ctx.view()?.scene;
      if (m.fade && scene && ctx.xrActive()) await (await import("../xr/vrFade")).fadeAround(scene, move);
      else await move();
      render();
    };
    placing = placing.then(run, run).catch((err) => console.warn("Could not take the tour's place", err));
  };

  const ended = (reason: string) => {
    held = null;
    if (!store.get()) return;
    store.set(null);
    narration.stop();
    clearTimeout(clockTimer);
    probe?.close(); // its thread is not needed until the next tour
    probe = undefined;
    panel.notice(tt(reason === TourEndReason.Left ? "tourLeft" : reason === TourEndReason.GuideGone ? "guideGone" : "tourEnded", lang()));
  };

  const onRoom = (room: Parameters<NonNullable<LinkOptions["onRoom"]>>[0]) => {
    channel = attachTourChannel(room, store, {
      started: (code, link) => (started = { code, link: location.origin + link }),
      plan(code, _plan, serverNow, receivedAt, ticket) {
        held = ticket ? { code, ticket } : null;
        clock.addRough(serverNow, receivedAt);
        askClock();
      },
      place: applyPlace,
      ended: (_code, reason) => ended(reason),
      refused: (e: ErrorMessage) => panel.notice(refusalText(e.code, e.type, lang(), e.message)),
      clock: (sentAt, serverNow, receivedAt) => clock.add(sentAt, serverNow, receivedAt),
    });
    // After a reconnection the clock is asked again: the new route may be slower or faster.
    if (store.get()) askClock();
    if (session.current() && !guide) {
      guide = createGuideSide({
        root: ctx.ui,
        settings,
        session,
        send,
        spot() {
          const view = ctx.view();
          if (!view) return null;
          const p = ctx.player();
          return { sceneId: view.data.id, x: p.x, z: p.z, yaw: p.yaw, aimedAt: aimedAt(), sights: sightsOf(view.data, view) };
        },
        chooseSight,
        spotlightTarget: () => aimedAt() ?? currentStopOf(store.get())?.target ?? null,
      });
      render();
    }
  };

  /** After a server restart: a fresh guide token, and this member's seat reclaimed with the ticket of "tour:plan". */
  const rejoin = async (name: string, sceneId: string) => {
    const guideToken = (await session.token().catch(() => null)) ?? undefined;
    const kept = held;
    if (!kept) return { guideToken };
    const reserve = () => reserveSeat(kept.code, { name, sceneId, tourTicket: kept.ticket, ...(guideToken ? { guideToken } : {}) });
    try {
      return { guideToken, seat: seatsFrom(await reserve(), reserve) };
    } catch (err) {
      if (!(err instanceof TourApiError) || err.problem !== "no-such-tour") throw err; // down or starting: try again
      // The tour did not come back (it ended meanwhile): a free visit again, where the visitor stands.
      ended(TourEndReason.Ended);
      return { guideToken };
    }
  };

  const admit: TourWiring["admit"] = async (choice) => {
    entry.clearError();
    const typed = entry.values();
    const code = (choice.tourCode ?? typed.tourCode)?.trim().toUpperCase();
    const creds = choice.guide ?? typed.guide;
    const l = choice.lang ?? lang();
    try {
      if (creds && !session.current()) {
        if (!creds.name || !creds.password) throw new Error(tt("needPassword", l));
        await session.signIn(creds.name, creds.password);
      }
      const guideToken = (await session.token()) ?? undefined;
      const sceneId = ctx.view()?.data.id ?? "bund";
      // The name as typed: the entry screen keeps it only once the visitor is in.
      const typedName = ctx.entry.element.querySelector<HTMLInputElement>("#entry-name")?.value.trim();
      const name = (choice.name ?? typedName ?? settings.get().name) || "Visitor";
      const reserve = (c: string) => reserveSeat(c, { name, sceneId, ...(guideToken ? { guideToken } : {}) });
      // The first seat is reserved here, so a wrong code is said on the entry screen; the link asks again if it lapsed.
      const seat = code ? seatsFrom(await reserve(code), () => reserve(code)) : undefined;
      entry.close();
      return { admission: { guideToken, seat }, onRoom, rejoin: (sceneIdNow) => rejoin(name, sceneIdNow) };
    } catch (err) {
      entry.showError(err instanceof TourApiError ? apiProblemText(err.problem, l, err.message, err.retryAfter) : (err as Error).message);
      return null;
    }
  };

  return {
    admit,
    frame: (p, now) => frame.frame(p, now),
    automation: tourAutomation({
      store,
      lang,
      narration: () => narration.report(),
      positionNow: () => narration.positionAt(clock.serverNow(Date.now())),
      marks: () => frame.marks(),
      started: () => started,
      send,
      signedIn: () => session.current()?.name ?? null,
      guide: () => guide,
    }),
  };
}

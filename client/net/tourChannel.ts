// The tour's half of the room link: mirrors the visitor's live tour from the room state into the tour store, passes
// the tour messages on, and sends tour commands. Attached again to the new room object after a reconnection.
import { isPeriodLayer } from "../../common/periodLayers";
import type { Room } from "colyseus.js";
import {
  MessageType,
  SpotlightKind,
  TourEndReason,
  VisitorRole,
  type ClockReply,
  type ErrorMessage,
  type TourEndedMessage,
  type TourPlanMessage,
  type TourStartedMessage,
  type FollowState,
  type MemberPlace,
  type TourPlaceMessage,
  type TourStatus,
} from "../../common/messageTypes";
import type { TourPlan } from "../../common/tour";
import type { TourWire } from "../../common/tourFields";
import type { LiveTourView, TourMemberView, TourStore } from "../state/tourStore";

export interface TourEvents {
  /** To the guide who started a tour. */
  started(code: string, link: string): void;
  /** The plan arrived (on joining or starting): `serverNow` is a first, rough reading of the server's clock. */
  plan(code: string, plan: TourPlan, serverNow: number, receivedAt: number, ticket: string | null): void;
  place(msg: TourPlaceMessage): void;
  ended(code: string, reason: TourEndReason): void;
  /** A refusal of one of our tour (or scene) messages. */
  refused(e: ErrorMessage): void;
  clock(sentAt: number, serverNow: number, receivedAt: number): void;
}

export interface TourChannel {
  send(type: string, body?: unknown): void;
  /** Asks the server's clock once (the answer comes to `clock`). */
  askClock(): void;
}

/** The parts of the room state the tour reads: tours in their wire form (common/tourFields.ts). */
interface SchemaState {
  tours: ReadonlyMap<string, TourWire>;
  visitors: Map<string, { name: string; role: number }>;
}

function viewOf(t: TourWire, visitors: SchemaState["visitors"]): LiveTourView {
  const members: TourMemberView[] = [];
  t.members.forEach((m, id) => {
    const v = visitors.get(id);
    members.push({
      id,
      name: v?.name ?? "?",
      isGuide: v?.role === VisitorRole.Guide,
      follow: m.follow as FollowState,
      hand: m.hand,
      place: m.place as MemberPlace,
    });
  });
  return {
    planId: t.planId,
    guide: t.guide,
    guideName: t.guideName,
    status: t.status as TourStatus,
    stop: t.stop,
    stopCount: t.stopCount,
    narration: { playing: t.narration.playing, startedAt: t.narration.startedAt, offsetMs: t.narration.offsetMs },
    lockRadius: t.lockRadius,
    spotlight:
      t.spotKind === SpotlightKind.None
        ? null
        : { kind: t.spotKind === SpotlightKind.Landmark ? "landmark" : "exhibit", id: t.spotId },
    announcement: t.announcement,
    announceSeq: t.announceSeq,
    members,
    left: [...t.left],
    unlisted: t.unlisted,
    layer: isPeriodLayer(t.layer) ? t.layer : "1937",
  };
}

export function attachTourChannel(room: Room, store: TourStore, on: TourEvents): TourChannel {
  let lastJson = "";
  // Seen in the state once: its disappearance afterwards means the tour is over even if "tour:ended" was missed.
  let seen = false;
  const mirror = () => {
    const current = store.get();
    if (!current) return;
    const state = room.state as SchemaState;
    const t = state.tours?.get(current.code);
    if (!t) {
      if (seen) on.ended(current.code, TourEndReason.Ended);
      return;
    }
    seen = true;
    const live = viewOf(t, state.visitors);
    const json = JSON.stringify(live);
    if (json === lastJson && current.me === room.sessionId) return;
    lastJson = json;
    store.set({ ...current, me: room.sessionId, live });
  };
  room.onStateChange(mirror);
  room.onMessage(MessageType.TourStarted, (m: TourStartedMessage) => on.started(m.code, m.link));
  room.onMessage(MessageType.TourPlan, (m: TourPlanMessage) => {
    const receivedAt = Date.now();
    const before = store.get();
    seen = false;
    lastJson = "";
    store.set({ code: m.code, plan: m.plan, me: room.sessionId, live: before?.code === m.code ? before.live : null });
    on.plan(m.code, m.plan, m.serverNow, receivedAt, typeof m.ticket === "string" ? m.ticket : null);
    mirror();
  });
  room.onMessage(MessageType.TourPlace, (m: TourPlaceMessage) => on.place(m));
  room.onMessage(MessageType.TourEnded, (m: TourEndedMessage) => on.ended(m.code, m.reason));
  room.onMessage(MessageType.Clock, (m: ClockReply) => on.clock(m.t, m.s, Date.now()));
  room.onMessage(MessageType.Error, (e: ErrorMessage) => {
    if (e.type.startsWith("tour:") || e.type === MessageType.Scene) on.refused(e);
  });
  mirror();
  return {
    send: (type, body) => room.send(type, body ?? {}),
    askClock: () => room.send(MessageType.Clock, { t: Date.now() }),
  };
}

// A live tour as plain data: the truth the room mirrors into its schema state and writes through to the store.
import { FollowState, TourStatus, type ErrorCode } from "../../common/messageTypes";
import type { LiveTourListing, TourPlan, TourTarget } from "../../common/tour";
import { stoppedNarration } from "../../common/tourClock";
import type { TourFields } from "../../common/tourFields";

export interface TourMemberRecord {
  name: string;
  follow: FollowState;
  /** 0 when the hand is down; else its place in the queue (lower raised earlier). */
  hand: number;
  /** The member's lasting place in the tour (the session id they first joined with): a tour ticket names it. */
  seat: string;
}

/** The shared fields (common/tourFields.ts), and what only the server keeps or keeps in its own form. */
export interface LiveTour extends TourFields {
  code: string;
  /** The plan as it was when the tour started: editing the plan does not move a running tour. */
  plan: TourPlan;
  /** The narration was playing when the guide dropped: play again when the guide is back. */
  resumePlaying: boolean;
  spotlight: TourTarget | null;
  handSeq: number;
  /** Everyone in the tour, the guide and co-guides included, by session id. */
  members: Record<string, TourMemberRecord>;
  left: string[];
  startedAt: number;
  /** Not listed by GET /api/tours: joined by code or link only. */
  private: boolean;
}

export type Outcome = { ok: true; tour: LiveTour } | { ok: false; code: ErrorCode; message: string };

export const MAX_LEFT_NAMES = 20;

export function createLiveTour(o: {
  code: string;
  plan: TourPlan;
  guide: string;
  guideName: string;
  now: number;
}): LiveTour {
  return {
    code: o.code,
    planId: o.plan.id,
    plan: o.plan,
    guide: o.guide,
    guideName: o.guideName,
    status: TourStatus.Running,
    resumePlaying: false,
    stop: 0,
    narration: stoppedNarration(o.now),
    lockRadius: 0,
    spotlight: null,
    announcement: "",
    announceSeq: 0,
    handSeq: 0,
    members: { [o.guide]: { name: o.guideName, follow: FollowState.Off, hand: 0, seat: o.guide } },
    left: [],
    startedAt: o.now,
    private: false,
    layer: "1937",
  };
}

/** What is written through to the store on every change: everything but the plan (stored once at the start). */
export function tourSnapshot(t: LiveTour): Omit<LiveTour, "plan"> {
  const { plan: _plan, ...rest } = t;
  return rest;
}

export const currentStop = (t: LiveTour) => t.plan.stops[t.stop];

/** The session id now holding a seat, if anyone. */
export const holderOf = (t: LiveTour, seat: string): string | undefined =>
  Object.keys(t.members).find((id) => t.members[id].seat === seat);

/** A member by session id; own keys only, so an id like "__proto__" from a message finds nobody. */
export const memberOf = (t: LiveTour, id: string): TourMemberRecord | undefined =>
  Object.hasOwn(t.members, id) ? t.members[id] : undefined;

/** How a room advertises the tour (GET /api/tours): members counted without the leading guide. */
export function listingOf(t: LiveTour, roomId: string): LiveTourListing {
  return {
    code: t.code,
    guideName: t.guideName,
    planTitle: t.plan.title,
    members: Object.keys(t.members).length - 1,
    sceneId: currentStop(t).sceneId,
    stop: t.stop,
    stopCount: t.plan.stops.length,
    roomId,
    ...(t.private ? { private: true } : {}),
  };
}

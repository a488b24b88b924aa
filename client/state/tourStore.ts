// The guided tour the visitor is in, as plain data (mirrored from the room by client/net/tourChannel.ts), with
// change listeners for the tour panels. No Colyseus, no Babylon.
import type { FollowState, MemberPlace } from "../../common/messageTypes";
import type { TourPlan, TourTarget } from "../../common/tour";
import type { TourFields } from "../../common/tourFields";

export interface TourMemberView {
  id: string;
  name: string;
  /** Signed in as a guide (a possible co-guide). */
  isGuide: boolean;
  follow: FollowState;
  /** 0: hand down; else the place in the raised-hands queue. */
  hand: number;
  place: MemberPlace;
}

/** The shared part (common/tourFields.ts), as the room's state has it, decoded for the panels. */
export interface LiveTourView extends TourFields {
  stopCount: number;
  spotlight: TourTarget | null;
  members: TourMemberView[];
  left: string[];
  /** Private: in no listing, joined by code or link only. */
  unlisted: boolean;
}

export interface TourView {
  code: string;
  /** Arrives once, with "tour:plan". */
  plan: TourPlan | null;
  /** My session id. */
  me: string;
  live: LiveTourView | null;
}

export interface TourStore {
  get(): TourView | null;
  set(view: TourView | null): void;
  subscribe(fn: (view: TourView | null) => void): () => void;
}

export function createTourStore(): TourStore {
  let current: TourView | null = null;
  const listeners = new Set<(view: TourView | null) => void>();
  return {
    get: () => current,
    set(view) {
      current = view;
      for (const fn of listeners) fn(current);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

export const currentStopOf = (v: TourView | null) => (v?.plan && v.live ? (v.plan.stops[v.live.stop] ?? null) : null);
export const leadsTour = (v: TourView | null) => !!v?.live && v.live.guide === v.me;
export const myMembership = (v: TourView | null) => v?.live?.members.find((m) => m.id === v.me) ?? null;

// A live tour's public fields, defined once (types only: the client loads this). The server's truth
// (server/logic/liveTour.ts), its stored snapshot (server/logic/tourSnapshot.ts), the room's schema
// (server/rooms/schema/TourState.ts) and the client's store (client/state/tourStore.ts) are all held to these, so a
// field added here and missed in any of them does not compile.
import type { FollowState, MemberPlace, TourStatus } from "./messageTypes";
import type { NarrationClock } from "./tourClock";
import type { PeriodLayer } from "./periodLayers";

/** What every side knows of a live tour, under the same names and meanings. */
export interface TourFields {
  planId: string;
  /** Session id of the guide leading the tour (also a member). */
  guide: string;
  guideName: string;
  status: TourStatus;
  /** Index into the plan's stops. */
  stop: number;
  narration: NarrationClock;
  /** Metres; 0 when members may roam. */
  lockRadius: number;
  announcement: string;
  /** Counts announcements, so the same text sent twice shows twice. */
  announceSeq: number;
  /** Names of members who left, latest last. */
  left: readonly string[];
  /** The period the guide shows the group on the Bund: every member's view follows it. */
  layer: PeriodLayer;
}

/** A member as the room state carries it (the name and role are the visitor's own record). */
export interface TourMemberWire {
  follow: FollowState;
  /** 0: hand down; else its place in the raised-hands queue (lower raised earlier). */
  hand: number;
  /** The headcount, updated about once a second. */
  place: MemberPlace;
}

/**
 * A tour as the room state carries it: the fields above in compact wire form (codes as small integers, the
 * spotlight as kind + id, privacy as `unlisted`, the stop count instead of the plan, which travels once in
 * "tour:plan"). Codes are plain numbers here because the schema's uint8 is; readers map them back.
 */
export interface TourWire extends Omit<TourFields, "status" | "left" | "layer"> {
  /** TourStatus. */
  status: number;
  stopCount: number;
  /** SpotlightKind, and the landmark or exhibit id ("" when off). */
  spotKind: number;
  spotId: string;
  /** Kept out of every listing (GET /api/tours): joined by code or link only. */
  unlisted: boolean;
  /** PeriodLayer, as the schema's string holds it. */
  layer: string;
  members: ReadonlyMap<string, WireOf<TourMemberWire>>;
  left: Iterable<string>;
}

/** A member's wire form: codes as plain numbers, as the schema holds them. */
type WireOf<T> = { [K in keyof T]: T[K] extends number ? number : T[K] };

/** True when A and B have exactly the same keys: `const check: SameKeys<A, B> = true` fails to compile otherwise. */
export type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;

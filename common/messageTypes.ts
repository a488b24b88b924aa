// The wire contract's names: message types, close codes and error codes, as const objects, and the body of every
// server → client message (no zod: the client loads this; client → server bodies are zod schemas in messages.ts).
import type { TourPlan } from "./tour";

export const MessageType = {
  /** Client → server: the visitor's quantised pose (see common/pose.ts), at most 20 a second. */
  Pose: "pose",
  /** Client → server: desktop or VR. */
  Mode: "mode",
  /** Client → server: the visitor walked into another scene. */
  Scene: "scene",
  /** Server → client: a message of the client's was refused, and why. */
  Error: "error",
  /** Client → server `{ t }` (its Date.now()); server → client `{ t, s }` with the server's Date.now() (common/tourClock.ts). */
  Clock: "clock",

  // Guide → server (refused unless the sender is the signed-in guide leading the tour; tour:start needs only a guide).
  TourStart: "tour:start",
  TourNext: "tour:next",
  TourPrev: "tour:prev",
  TourGoto: "tour:goto",
  TourGather: "tour:gather",
  TourFollow: "tour:follow",
  TourSpotlight: "tour:spotlight",
  TourNarration: "tour:narration",
  TourAnnounce: "tour:announce",
  TourLock: "tour:lock",
  TourLowerHand: "tour:lower-hand",
  TourHandover: "tour:handover",
  TourEnd: "tour:end",
  /** `{ private }`: a private tour is not listed (GET /api/tours); it is joined by its code or link only. */
  TourPrivacy: "tour:privacy",
  /** `{ member }`: take a member out of the tour (they are told why: TourEndReason.Removed). */
  TourRemove: "tour:remove",
  /** `{ layer }`: the period the whole group sees the Bund in, "1937" or "today". */
  TourLayer: "tour:layer",
  // Member → server.
  TourJoin: "tour:join",
  TourLeave: "tour:leave",
  TourRaiseHand: "tour:raise-hand",
  TourToGuide: "tour:to-guide",
  TourFollowReply: "tour:follow-reply",
  // Server → client.
  /** To the guide who started a tour: `{ code, link }`. */
  TourStarted: "tour:started",
  /**
   * To a member on joining: `{ code, plan, serverNow, ticket }` (the plan as it was when the tour started). `ticket`
   * is the member's signed seat: kept by the client and given back as the `tourTicket` join option, it reclaims the
   * same place in the tour after the server restarted (when Colyseus' own reconnection token is gone).
   */
  TourPlan: "tour:plan",
  /** To one member: stand here now (TourPlaceMessage). The server does not own client positions; the client applies it. */
  TourPlace: "tour:place",
  /** To the members of a tour that ended, and to a member who left or was refused entry: `{ code, reason }`. */
  TourEnded: "tour:ended",
  /**
   * To everyone, just before a shutdown closes the sockets with CloseCode.ServerRestarting: MuseumRestartingMessage.
   * Live tours are kept; rejoining within `graceSec` (with the tour ticket) finds the tour where it was.
   */
  MuseumRestarting: "museum:restarting",
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** WebSocket close codes the museum uses (the 4000–4999 range is the application's). */
export const CloseCode = {
  /** More messages a second than any honest client sends. */
  Flooding: 4101,
  /** Kept sending messages that fail validation. */
  InvalidMessages: 4102,
  /** The server is shutting down or restarting. */
  ServerRestarting: 4103,
  /** A moderator removed the visitor from the museum for a time. */
  Removed: 4104,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const ErrorCode = {
  InvalidMessage: "invalid-message",
  UnknownMessage: "unknown-message",
  RateLimited: "rate-limited",
  UnknownScene: "unknown-scene",
  /** A guide command from someone who is not the guide leading the tour (or not signed in as a guide). */
  NotGuide: "not-guide",
  /** A tour command from someone in no tour. */
  NotInTour: "not-in-tour",
  /** Already in a tour (leave it first). */
  InTour: "in-tour",
  NoSuchTour: "no-such-tour",
  /** The tour is live, but in another room instance: join it through POST /api/tours/:code/seat. */
  TourElsewhere: "tour-elsewhere",
  NoSuchStop: "no-such-stop",
  NoSuchPlan: "no-such-plan",
  /** The plan (or a spotlight target) names a scene, landmark or exhibit that does not exist, or a place inside a wall. */
  InvalidPlan: "invalid-plan",
  NoSuchMember: "no-such-member",
  /** Roaming is locked to the current stop. */
  Locked: "locked",
  /** The command makes no sense right now (e.g. following when not invited). */
  NotNow: "not-now",
  /** The member sent this tour command too often: the message says when to send it again. */
  TooSoon: "too-soon",
  /** A moderation command from someone without the moderator flag. */
  NotModerator: "not-moderator",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorMessage {
  code: ErrorCode;
  /** The message type that was refused. */
  type: string;
  message: string;
}

export const VisitorRole = { Visitor: 0, Guide: 1 } as const;
export type VisitorRole = (typeof VisitorRole)[keyof typeof VisitorRole];

/** Tour.status in the room state. */
export const TourStatus = {
  Running: 0,
  /** The leading guide's connection dropped: narration paused, waiting for the guide to reconnect. */
  GuideAway: 1,
} as const;
export type TourStatus = (typeof TourStatus)[keyof typeof TourStatus];

/** TourMember.follow. */
export const FollowState = { Off: 0, Invited: 1, Following: 2 } as const;
export type FollowState = (typeof FollowState)[keyof typeof FollowState];

/** TourMember.place: the headcount. */
export const MemberPlace = {
  /** In the guide's scene within GROUP_RADIUS_M of the guide. */
  With: 0,
  /** In the guide's scene, further away. */
  Behind: 1,
  /** In another scene. */
  Elsewhere: 2,
  /** Connection dropped, may still come back. */
  Offline: 3,
} as const;
export type MemberPlace = (typeof MemberPlace)[keyof typeof MemberPlace];

/** Tour.spotKind. */
export const SpotlightKind = { None: 0, Landmark: 1, Exhibit: 2 } as const;
export type SpotlightKind = (typeof SpotlightKind)[keyof typeof SpotlightKind];

/** Why a TourPlace message moved the member. */
export const PlaceReason = {
  Gather: "gather",
  ToGuide: "to-guide",
  /** Roaming was locked while the member stood outside the radius (or in another scene). */
  Lock: "lock",
} as const;
export type PlaceReason = (typeof PlaceReason)[keyof typeof PlaceReason];

/** Server → client "tour:place": stand at (x, z) of sceneId facing yaw; `fade` asks for a short fade (VR comfort). */
export interface TourPlaceMessage {
  code: string;
  reason: PlaceReason;
  sceneId: string;
  /** Metres in the scene frame. */
  x: number;
  z: number;
  /** Radians, 0 looks north (+z), π/2 east (+x). */
  yaw: number;
  fade: boolean;
}

/** Server → client "museum:restarting". */
export interface MuseumRestartingMessage {
  /** How long after the server is back a tour keeps the seats of members who have not rejoined yet. */
  graceSec: number;
}

export const TourEndReason = {
  /** The guide ended it. */
  Ended: "ended",
  /** The guide did not come back within the grace period and no co-guide could take over. */
  GuideGone: "guide-gone",
  /** The member left the tour. */
  Left: "left",
  /** The guide removed the member from the tour. */
  Removed: "removed",
} as const;
export type TourEndReason = (typeof TourEndReason)[keyof typeof TourEndReason];

/** Server → client "tour:started", to the guide who started a tour. */
export interface TourStartedMessage {
  code: string;
  /** The link members open to join (common/tourLink.ts). */
  link: string;
}

/** Server → client "tour:plan", to a member on joining (see MessageType.TourPlan). */
export interface TourPlanMessage {
  code: string;
  /** The plan as it was when the tour started. */
  plan: TourPlan;
  /** The server's Date.now(): a first, rough reading of its clock. */
  serverNow: number;
  /** The member's signed seat, when the server issues tickets. */
  ticket?: string;
}

/** Server → client "tour:ended". */
export interface TourEndedMessage {
  code: string;
  reason: TourEndReason;
}

/** Server → client "clock": the client's own `t` given back, with the server's Date.now() as `s`. */
export interface ClockReply {
  t: number;
  s: number;
}

/** Every server → client message's body, by type: senders and receivers both name their payloads from here. */
export interface ServerMessages {
  [MessageType.Error]: ErrorMessage;
  [MessageType.Clock]: ClockReply;
  [MessageType.TourStarted]: TourStartedMessage;
  [MessageType.TourPlan]: TourPlanMessage;
  [MessageType.TourPlace]: TourPlaceMessage;
  [MessageType.TourEnded]: TourEndedMessage;
  [MessageType.MuseumRestarting]: MuseumRestartingMessage;
}

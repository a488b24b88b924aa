// Text chat and moderation on the wire: message names, the bodies the server sends, and the limits both sides show
// (no zod: the client loads this; the client → server schemas are in chatMessages.ts).
import type { TextLimits } from "./visitorText";

export const ChatMessage = {
  // Client → server.
  /** `{ channel, text }`: a line to everyone in my scene, or to my tour. */
  Say: "chat:say",
  /** `{ line?, visitor, reason }`: report a line (by its id) or a visitor to the moderators. */
  Report: "chat:report",
  // A tour's guide → server.
  /** `{ seconds }`: slow mode for the tour's chat: a member may send one line per `seconds` (0 ends it). */
  Slow: "chat:slow",
  // A moderator (a guide account with the moderator flag) → server.
  /** `{ visitor, on }`: silence a visitor's voice and chat in this room, or lift it. */
  ModMute: "mod:mute",
  /** `{ visitor, minutes }`: remove a visitor from the museum for a time. */
  ModRemove: "mod:remove",
  /** `{}`: the latest reports and moderation acts (answered with "mod:log"). */
  ModLog: "mod:log",
  // Server → client.
  /** ChatLineMessage. */
  Line: "chat:line",
  /** ChatNoticeMessage: to the sender, what became of their line (filtered, slowed); to a reporter, thanks. */
  Notice: "chat:notice",
  /** ModerationLogMessage, to a moderator. */
  Log: "mod:log",
  /** ModerationNoticeMessage: to a visitor a moderator silenced or removed. */
  Moderated: "mod:moderated",
} as const;
export type ChatMessage = (typeof ChatMessage)[keyof typeof ChatMessage];

export type ChatChannel = "scene" | "tour";

/** A line as long as an opera surtitle and a half; what reaches others is cut to it on whole characters. */
export const MAX_CHAT_CHARS = 300;
export const CHAT_LIMITS: TextLimits = { graphemes: MAX_CHAT_CHARS, bytes: 3 * MAX_CHAT_CHARS };
/** The slow-mode steps a guide can choose, in seconds (0: off). */
export const SLOW_MODE_STEPS = [0, 5, 15, 30, 60] as const;
/** How long a moderator may remove someone for, in minutes (a day at most: longer is a matter for the staff). */
export const MAX_REMOVAL_MINUTES = 24 * 60;

export interface ChatLineMessage {
  /** The room's number for the line (a report names it). */
  id: number;
  channel: ChatChannel;
  /** Session id of the sender. */
  from: string;
  name: string;
  /** As the filter left it: words it caught are replaced by ＊. */
  text: string;
  /** The server's Date.now(). */
  at: number;
  /** The sender leads the tour (guide or co-guide). */
  guide: boolean;
}

export const ChatNotice = {
  /** Some words of your line were hidden by the filter (the rest was sent). */
  Filtered: "filtered",
  /** Slow mode: wait `waitSec` before your next line. */
  Slowed: "slowed",
  /** Too many lines too fast: wait `waitSec`. */
  TooFast: "too-fast",
  /** A moderator has silenced you in this room. */
  Silenced: "silenced",
  /** Your report reached the moderators. */
  Reported: "reported",
  /** The guide set slow mode to `waitSec` seconds (0: off); to every member. */
  SlowMode: "slow-mode",
} as const;
export type ChatNotice = (typeof ChatNotice)[keyof typeof ChatNotice];

export interface ChatNoticeMessage {
  notice: ChatNotice;
  waitSec?: number;
}

export const ReportReason = ["abuse", "spam", "hate", "sexual", "other"] as const;
export type ReportReason = (typeof ReportReason)[number];

/** One row of the moderation log, as a moderator reads it. */
export interface ModerationEntry {
  at: number;
  act: "report" | "mute" | "unmute" | "remove" | "tour-mute" | "tour-remove" | "floor-end";
  actor: string;
  subject: string;
  /** The reported line, the reason, or how long. */
  detail: string;
  room: string;
}

export interface ModerationLogMessage {
  entries: ModerationEntry[];
}

export interface ModerationNoticeMessage {
  act: "silenced" | "unsilenced" | "removed";
  /** When a removal ends (Date.now() units). */
  until?: number;
}

// What the server hands every MuseumRoom (scenes, caps, guides, tours, observers) and what a seat request returns.
import type { Bounds } from "../../common/scene";
import type { PoseGrid } from "../../common/pose";
import type { GuideSession } from "../auth/guideToken";
import type { SeatHoldLimits } from "../logic/admission";
import type { GuardLimits } from "../logic/clientGuard";
import type { RoomQuota } from "../logic/roomQuota";
import type { RoomObserver } from "../observability/roomObserver";
import type { TourSettings } from "./tourRoomPort";
import type { VoiceHub } from "../voice/voiceHub";
import type { ModerationLog } from "../store/moderationLog";

/**
 * The largest WebSocket frame a client may send. A browser's voice answer (SDP for nine audio sections, about 7 KB
 * with its candidates) is the largest honest message; bigger frames are closed by ws with 1009.
 */
export const MAX_FRAME_BYTES = 16 * 1024;

export interface RoomScene {
  bounds: Bounds;
  grid: PoseGrid;
  spawn: { x: number; z: number; yawDeg: number };
  /** Metres: where a visitor's eyes are when they arrive (the scene file's eyeHeight). */
  eyeHeight: number;
}

/** What the server passes to every MuseumRoom (through define()'s options, which a client cannot override). */
export interface MuseumRoomSettings {
  scenes: Record<string, RoomScene>;
  maxVisitors: number;
  reconnectGraceSeconds: number;
  limits?: GuardLimits;
  /** Checks a guide's sign-in token (server/auth/guideToken.ts); without it nobody can be a guide. */
  verifyGuide?: (token: string) => GuideSession | null;
  /** Whether a name's likeness (server/logic/guideNames.ts) is a guide account's: visitors are not let appear under it. */
  isGuideName?: (likeness: string) => boolean;
  tours?: TourSettings;
  /** Counts and logs refusals, expulsions and patch times (server/observability/); absent in most tests. */
  observer?: RoomObserver;
  /** Limits on seats held unused and rooms opened (config's admission limits); absent, nothing is capped. */
  admission?: { holds: SeatHoldLimits; holdSeconds: number; rooms?: RoomQuota };
  /** The process's media server (server/voice/voiceHub.ts); absent, visitors are told voice is off. */
  voice?: VoiceHub;
  /** Reports, moderation acts and removals (server/store/moderationLog.ts); absent, nothing is logged. */
  moderation?: ModerationLog;
}

/** What a seat request gets back from the room that holds the tour (through matchMaker.remoteRoomCall, so JSON). */
export type SeatHold = { sessionId: string } | { status: number; error: string };

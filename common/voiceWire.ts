// The voice part of the wire contract: message names and the bodies the server sends (no zod: the client loads this;
// the client → server schemas are in voiceMessages.ts). Signalling rides on the room connection: the media server
// makes the offer with every candidate in it, the browser answers once, and no ICE trickles either way.

export const VoiceMessage = {
  // Client → server.
  /** Open (or reopen) my voice connection: the server answers with "voice:offer". */
  Join: "voice:join",
  /** `{ sdp }`: the browser's answer to the offer. */
  Answer: "voice:answer",
  /** `{ on }`: my microphone is open (open mic, or push-to-talk held) or closed. */
  Mic: "voice:mic",
  /** Close my voice connection (the museum goes on without voice). */
  Leave: "voice:leave",
  /** `{ visitor, on }`: block (or unblock) a visitor: neither hears nor reads the other. */
  Block: "voice:block",
  // A tour's guide or co-guide → server.
  /** `{ member }` gives the floor to a member of the tour; `{ member: null }` takes it back. */
  Floor: "voice:floor",
  /** `{ member, on }`: mute (or let speak again) one member of the tour. */
  Mute: "voice:mute",
  /** `{ on }`: mute every member of the tour (the floor still speaks), or lift it. */
  MuteAll: "voice:mute-all",
  // Server → client.
  /** VoiceOfferMessage. */
  Offer: "voice:offer",
  /** VoiceSlotsMessage: whose voice plays in which receive slot, sent when it changes. */
  Slots: "voice:slots",
  /** VoiceDownMessage: voice stopped for this visitor (the museum keeps working); `retryMs` when it may come back. */
  Down: "voice:down",
} as const;
export type VoiceMessage = (typeof VoiceMessage)[keyof typeof VoiceMessage];

export type VoiceMode = "megaphone" | "spatial";

export interface VoiceIceServer {
  urls: string;
  username?: string;
  credential?: string;
}

export interface VoiceOfferMessage {
  sdp: string;
  /** Receive slots in the offer, after the microphone's own transceiver (the first). */
  slots: number;
  /** TURN servers the deployment set (none by default: nothing leaves the origin's host). */
  iceServers: VoiceIceServer[];
}

export interface VoiceSlotsMessage {
  /** One entry per receive slot: the visitor whose voice it carries and how to play it, or null for silence. */
  slots: ({ speaker: string; mode: VoiceMode } | null)[];
}

export const VoiceDownReason = {
  /** The server runs without voice (VOICE=off). */
  Off: "off",
  /** The media server restarted: every call was dropped; join again after `retryMs`. */
  Restarting: "restarting",
  /** This visitor's connection failed (e.g. UDP blocked). */
  Failed: "failed",
} as const;
export type VoiceDownReason = (typeof VoiceDownReason)[keyof typeof VoiceDownReason];

export interface VoiceDownMessage {
  reason: VoiceDownReason;
  retryMs: number | null;
}

/** Longest SDP answer read (an audio-only answer with nine sections and their candidates is about 7 KB). */
export const MAX_SDP_CHARS = 12_000;

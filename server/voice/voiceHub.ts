// The process's one media server, shared by every room: it forwards the media server's events (a voice arrived,
// someone is speaking, a call was lost, the child restarted) to the room that holds that visitor.
import type { Logger } from "pino";
import type { VoiceIceServer } from "../../common/voiceWire";
import { DEFAULT_VOICE_LIMITS, type VoiceLimits } from "../logic/voiceRouting";
import { startMediaServer, type MediaServer } from "./mediaServer";
import type { MediaServerOptions } from "./sfuProtocol";

/** What a room's voice desk hears from the media server about its own visitors. */
export interface VoiceListener {
  published(peer: string): void;
  speaking(peer: string, on: boolean): void;
  lost(peer: string, reason: string): void;
  /** The media server died and is being restarted: every call of the room is gone. */
  mediaRestarted(): void;
}

export interface VoiceHub {
  readonly media: MediaServer;
  readonly limits: VoiceLimits;
  /** Given to browsers with the offer (TURN for deployments behind NAT; empty by default). */
  readonly iceServers: VoiceIceServer[];
  /** How long a visitor whose call dropped waits before joining again. */
  readonly retryMs: number;
  attach(peer: string, listener: VoiceListener): void;
  detach(peer: string): void;
  stop(): Promise<void>;
}

export interface VoiceHubSettings {
  media: Omit<MediaServerOptions, "slots">;
  limits?: VoiceLimits;
  iceServers?: VoiceIceServer[];
}

export function startVoiceHub(settings: VoiceHubSettings, log: Logger): VoiceHub {
  const listeners = new Map<string, VoiceListener>();
  const limits = settings.limits ?? DEFAULT_VOICE_LIMITS;
  const media = startMediaServer(
    { ...settings.media, slots: limits.slots, iceServers: settings.iceServers },
    {
      published: (peer) => listeners.get(peer)?.published(peer),
      speaking: (peer, on) => listeners.get(peer)?.speaking(peer, on),
      lost: (peer, reason) => listeners.get(peer)?.lost(peer, reason),
      restarted: () => {
        for (const l of new Set(listeners.values())) l.mediaRestarted();
      },
    },
    log,
  );
  return {
    media,
    limits,
    iceServers: settings.iceServers ?? [],
    retryMs: 2000,
    attach: (peer, listener) => void listeners.set(peer, listener),
    detach: (peer) => void listeners.delete(peer),
    stop: () => media.stop(),
  };
}

// Voice loads when the visitor enters (never before the first frame): this stands in for it until then, so that
// main.ts, the entrance and window.bund hold one object from the start.
import type { Room } from "colyseus.js";
import type { VoiceParts, VoiceReport, VoiceWiring } from "./voiceWiring";

export interface LazyVoice {
  /** Each room connection, the first and every one after a reconnection. */
  attach(room: Room): void;
  /** window.bund.voice(). */
  report(): VoiceReport;
  /** window.bund.setMic(on): what the microphone button does. */
  setMic(on: boolean): Promise<void>;
  /** Holding the talk key, or the controller's talk button in VR. */
  pushToTalk(held: boolean): Promise<void>;
}

const SILENT: VoiceReport = {
  connected: false,
  mic: "off",
  heard: [],
  problem: null,
  output: { rms: 0, peakHz: 0 },
  caption: null,
  speaking: [],
};

export function lazyVoice(parts: VoiceParts): LazyVoice {
  let voice: VoiceWiring | null = null;
  let loading: Promise<VoiceWiring> | null = null;
  const load = () => (loading ??= import("./voiceWiring").then(async (m) => (voice = await m.wireVoice(parts))));
  return {
    attach: (room) =>
      void load()
        .then((v) => v.attach(room))
        .catch((err) => console.warn("Voice could not start", err)),
    report: () => voice?.report() ?? SILENT,
    setMic: async (on) => (await load()).setMic(on),
    pushToTalk: async (held) => (await load()).pushToTalk(held),
  };
}

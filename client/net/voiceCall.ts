// The visitor's voice connection to the museum's media server: the server offers (every candidate included), the
// browser answers once over the room connection; the first transceiver carries the microphone, the others are the
// receive slots the mix plays. The microphone is asked for only when the visitor turns it on.
import type { Room } from "colyseus.js";
import {
  VoiceMessage,
  type VoiceDownMessage,
  type VoiceOfferMessage,
  type VoiceMode,
  type VoiceSlotsMessage,
} from "../../common/voiceWire";

/** Where the call puts what it receives: the mix (render/voiceMix.ts) is one. */
export interface VoiceSlotSink {
  addSlot(index: number, track: MediaStreamTrack): void;
  assign(index: number, speaker: string | null, mode: VoiceMode | null): void;
  /** Audio may start only after a gesture: the microphone button is one. */
  resume(): Promise<void>;
}

export type VoiceProblem = "no-microphone" | "refused" | "unreachable" | "off" | "restarting" | null;

export interface VoiceCall {
  connected(): boolean;
  micOn(): boolean;
  /** Why voice is not working, if it is not. */
  problem(): VoiceProblem;
  /** Open or close the microphone (asks for permission the first time). */
  setMic(on: boolean): Promise<void>;
  /** Choose another microphone (a deviceId from enumerateDevices; undefined: the same one again, e.g. after the
   *  original-sound setting changed). */
  useMicrophone(deviceId: string | undefined): Promise<void>;
  block(visitor: string, on: boolean): void;
  close(): void;
}

export interface VoiceCallEvents {
  changed(): void;
}

/** Chromium gives up on ICE after about 30 s; the answer must reach the server well before. */
const GATHER_TIMEOUT_MS = 5000;

/** `originalSound()`: the visitor asked for the microphone without the browser's processing (see Settings). */
export function startVoiceCall(
  room: Room,
  mix: VoiceSlotSink,
  events: VoiceCallEvents,
  originalSound: () => boolean,
): VoiceCall {
  let pc: RTCPeerConnection | null = null;
  let micSender: RTCRtpSender | null = null;
  let mic: MediaStreamTrack | null = null;
  let micWanted = false;
  let deviceId: string | undefined;
  let problem: VoiceProblem = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const set = (p: VoiceProblem) => {
    problem = p;
    events.changed();
  };

  async function microphone(): Promise<MediaStreamTrack | null> {
    if (mic && mic.readyState === "live") return mic;
    if (!navigator.mediaDevices?.getUserMedia) {
      set("no-microphone");
      return null;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: {
          deviceId: deviceId ? { exact: deviceId } : undefined,
          channelCount: 1,
          echoCancellation: !originalSound(),
          noiseSuppression: !originalSound(),
          autoGainControl: !originalSound(),
        },
      });
      mic = stream.getAudioTracks()[0] ?? null;
      return mic;
    } catch (err) {
      set((err as DOMException).name === "NotAllowedError" ? "refused" : "no-microphone");
      return null;
    }
  }

  async function answer(offer: VoiceOfferMessage): Promise<void> {
    pc?.close();
    const conn = new RTCPeerConnection({ iceServers: offer.iceServers, bundlePolicy: "max-bundle" });
    pc = conn;
    conn.ontrack = (e) => {
      const index = conn.getTransceivers().indexOf(e.transceiver) - 1;
      if (index >= 0) mix.addSlot(index, e.track);
    };
    conn.onconnectionstatechange = () => {
      if (conn !== pc) return;
      if (conn.connectionState === "failed") set("unreachable");
      if (conn.connectionState === "connected") set(null);
    };
    await conn.setRemoteDescription({ type: "offer", sdp: offer.sdp });
    const [micT, ...slotTs] = conn.getTransceivers();
    if (!micT) throw new Error("the voice offer has no microphone section");
    micT.direction = "sendonly";
    micSender = micT.sender;
    for (const t of slotTs) t.direction = "recvonly";
    if (micWanted) {
      const track = await microphone();
      if (track) await micSender.replaceTrack(track);
    }
    await conn.setLocalDescription(await conn.createAnswer());
    await gathered(conn);
    if (conn !== pc || closed) return;
    room.send(VoiceMessage.Answer, { sdp: conn.localDescription!.sdp });
  }

  room.onMessage(VoiceMessage.Offer, (offer: VoiceOfferMessage) => {
    answer(offer).catch((err) => {
      console.warn("Voice could not connect", err);
      set("unreachable");
    });
  });
  room.onMessage(VoiceMessage.Slots, (m: VoiceSlotsMessage) => {
    m.slots.forEach((s, i) => mix.assign(i, s?.speaker ?? null, s?.mode ?? null));
    events.changed();
  });
  room.onMessage(VoiceMessage.Down, (m: VoiceDownMessage) => {
    pc?.close();
    pc = null;
    set(m.reason === "off" ? "off" : m.reason === "restarting" ? "restarting" : "unreachable");
    if (m.retryMs !== null && !closed) {
      if (retry) clearTimeout(retry);
      retry = setTimeout(() => room.send(VoiceMessage.Join, {}), m.retryMs);
    }
  });
  room.send(VoiceMessage.Join, {});

  return {
    connected: () => pc?.connectionState === "connected",
    micOn: () => micWanted && mic !== null && mic.enabled,
    problem: () => problem,
    async setMic(on) {
      micWanted = on;
      if (on) {
        const track = await microphone();
        if (!track) {
          micWanted = false;
          return;
        }
        track.enabled = true;
        await micSender?.replaceTrack(track);
        await mix.resume();
      } else if (mic) {
        // Disabled, the track sends silence (DTX: almost nothing); the server stops forwarding it too.
        mic.enabled = false;
      }
      room.send(VoiceMessage.Mic, { on: micWanted });
      events.changed();
    },
    async useMicrophone(id) {
      if (id !== undefined) deviceId = id;
      mic?.stop();
      mic = null;
      if (micWanted) {
        const track = await microphone();
        if (track) await micSender?.replaceTrack(track);
      }
    },
    block(visitor, on) {
      room.send(VoiceMessage.Block, { visitor, on });
    },
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      room.send(VoiceMessage.Leave, {});
      pc?.close();
      mic?.stop();
    },
  };
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (pc.iceGatheringState === "complete") resolve();
    };
    pc.addEventListener("icegatheringstatechange", done);
    setTimeout(resolve, GATHER_TIMEOUT_MS);
  });
}

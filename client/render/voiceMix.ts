// What the visitor hears: one Web Audio graph for every voice slot. A megaphone (the guide, the floor) plays at full
// level without panning; a voice in the air is panned by HRTF from where the speaker stands and rolls off with
// distance. Chromium's echo canceller ignores Web Audio output (crbug 687574), so the mix leaves the page through a
// loopback peer connection into one <audio> element, as Mozilla Hubs does (its PR #2361): then the canceller hears
// what the visitor hears, and a member's microphone does not send the guide back to the group.
import type { VoiceMode } from "../../common/voiceWire";

export interface Point3 {
  x: number;
  y: number;
  z: number;
}

/** Distance roll-off of a voice in the air (metres): full level within 1.5 m, silent past the server's 20 m. */
const REF_DISTANCE = 1.5;
const MAX_DISTANCE = 20;
/** A slot counts as heard when its level over the last ~50 ms passes this RMS (about −46 dBFS). */
const HEARD_RMS = 0.005;

interface SlotVoice {
  element: HTMLAudioElement;
  source: MediaStreamAudioSourceNode;
  analyser: AnalyserNode;
  gain: GainNode;
  panner: PannerNode;
  mode: VoiceMode | null;
  speaker: string | null;
}

export interface VoiceMix {
  /** A slot's track arrived (once per slot, for the call's life). */
  addSlot(index: number, track: MediaStreamTrack): void;
  /** Whose voice a slot carries now, and how it plays. */
  assign(index: number, speaker: string | null, mode: VoiceMode | null): void;
  /** Each frame: where the visitor's ears are (yaw in radians, 0 looks north +z) and where each speaker stands. */
  place(listener: Point3, yaw: number, speakerAt: (id: string) => Point3 | null): void;
  /** Speakers whose voice is reaching the visitor's ears now. */
  heard(): string[];
  /** RMS and the loudest frequency of the whole mix (for tests and the HUD's meter). */
  output(): { rms: number; peakHz: number };
  resume(): Promise<void>;
  close(): Promise<void>;
}

function rmsOf(analyser: AnalyserNode, buf: Float32Array<ArrayBuffer>): number {
  analyser.getFloatTimeDomainData(buf);
  let sum = 0;
  for (const v of buf) sum += v * v;
  return Math.sqrt(sum / buf.length);
}

export async function createVoiceMix(): Promise<VoiceMix> {
  const ctx = new AudioContext({ latencyHint: "interactive" });
  const master = ctx.createGain();
  const meter = ctx.createAnalyser();
  meter.fftSize = 4096;
  const out = ctx.createMediaStreamDestination();
  master.connect(meter);
  master.connect(out);

  // The loopback: the mix is sent through a local peer connection pair and played from its far end.
  const sending = new RTCPeerConnection();
  const receiving = new RTCPeerConnection();
  sending.onicecandidate = (e) => e.candidate && void receiving.addIceCandidate(e.candidate);
  receiving.onicecandidate = (e) => e.candidate && void sending.addIceCandidate(e.candidate);
  const speakerElement = document.createElement("audio");
  speakerElement.autoplay = true;
  speakerElement.dataset.voice = "output";
  document.body.append(speakerElement);
  receiving.ontrack = (e) => {
    speakerElement.srcObject = new MediaStream([e.track]);
    void speakerElement.play().catch(() => undefined);
  };
  for (const track of out.stream.getAudioTracks()) sending.addTrack(track, out.stream);
  await sending.setLocalDescription(await sending.createOffer());
  await receiving.setRemoteDescription(sending.localDescription!);
  await receiving.setLocalDescription(await receiving.createAnswer());
  await sending.setRemoteDescription(receiving.localDescription!);

  const slots: SlotVoice[] = [];
  const scratch = new Float32Array(1024);
  const spectrum = new Float32Array(meter.frequencyBinCount);
  const meterScratch = new Float32Array(meter.fftSize);

  function route(slot: SlotVoice): void {
    slot.gain.disconnect();
    slot.panner.disconnect();
    if (slot.mode === "spatial") {
      slot.gain.connect(slot.panner).connect(master);
    } else if (slot.mode === "megaphone") {
      slot.gain.connect(master);
    }
  }

  return {
    addSlot(index, track) {
      const stream = new MediaStream([track]);
      // A remote stream feeds Web Audio only while an element plays it too (crbug 933677); muted, it adds nothing.
      const element = document.createElement("audio");
      element.muted = true;
      element.srcObject = stream;
      element.dataset.voiceSlot = String(index);
      void element.play().catch(() => undefined);
      const source = ctx.createMediaStreamSource(stream);
      const analyser = ctx.createAnalyser();
      analyser.fftSize = 2048;
      const gain = ctx.createGain();
      const panner = new PannerNode(ctx, {
        panningModel: "HRTF",
        distanceModel: "inverse",
        refDistance: REF_DISTANCE,
        maxDistance: MAX_DISTANCE,
        rolloffFactor: 1.2,
      });
      source.connect(analyser);
      source.connect(gain);
      const slot: SlotVoice = { element, source, analyser, gain, panner, mode: null, speaker: null };
      slots[index] = slot;
      route(slot);
    },

    assign(index, speaker, mode) {
      const slot = slots[index];
      if (!slot) return;
      const changed = slot.mode !== mode;
      slot.speaker = speaker;
      slot.mode = speaker === null ? null : mode;
      if (changed) route(slot);
    },

    place(listener, yaw, speakerAt) {
      const l = ctx.listener;
      const t = ctx.currentTime;
      l.positionX.setValueAtTime(listener.x, t);
      l.positionY.setValueAtTime(listener.y, t);
      l.positionZ.setValueAtTime(listener.z, t);
      // Web Audio looks down −z by default; the museum's yaw 0 looks north (+z).
      l.forwardX.setValueAtTime(Math.sin(yaw), t);
      l.forwardY.setValueAtTime(0, t);
      l.forwardZ.setValueAtTime(Math.cos(yaw), t);
      l.upX.setValueAtTime(0, t);
      l.upY.setValueAtTime(1, t);
      l.upZ.setValueAtTime(0, t);
      for (const slot of slots) {
        if (!slot || slot.mode !== "spatial" || !slot.speaker) continue;
        const at = speakerAt(slot.speaker);
        if (!at) continue;
        slot.panner.positionX.setValueAtTime(at.x, t);
        slot.panner.positionY.setValueAtTime(at.y, t);
        slot.panner.positionZ.setValueAtTime(at.z, t);
      }
    },

    heard() {
      const ids: string[] = [];
      for (const slot of slots) {
        if (slot?.speaker && slot.mode && rmsOf(slot.analyser, scratch) > HEARD_RMS) ids.push(slot.speaker);
      }
      return ids;
    },

    output() {
      const rms = rmsOf(meter, meterScratch);
      meter.getFloatFrequencyData(spectrum);
      let peak = 0;
      for (let i = 1; i < spectrum.length; i++) if (spectrum[i]! > spectrum[peak]!) peak = i;
      return { rms, peakHz: (peak * ctx.sampleRate) / meter.fftSize };
    },

    async resume() {
      if (ctx.state !== "running") await ctx.resume();
    },

    async close() {
      for (const slot of slots) slot?.element.remove();
      speakerElement.remove();
      sending.close();
      receiving.close();
      await ctx.close();
    },
  };
}

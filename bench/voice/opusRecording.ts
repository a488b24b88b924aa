// Real Opus for the bench's guide. Node has no Opus encoder here, so the guide's voice is recorded once, at bench
// time, from Chromium's fake microphone playing tone bursts (a WAV written now: nothing binary is committed), and
// the werift guide replays the packets as they came: Chromium's own Opus frames and audio levels.
import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { RTCRtpCodecParameters } from "werift";
import { openBenchPage } from "./benchPage";
import { connected, gathered, loopbackPeer, OPUS } from "./loopbackPeer";

/** One tone burst a second: the burst's start is what the delays are timed by. */
export const BURST_PERIOD_MS = 1000;
const BURST_MS = 200;
/** RFC 6464 level (−dBov) below which a packet carries the burst; silence reads 127. */
const LOUD_LEVEL = 50;
const FRAMES_A_SECOND = 50;

export interface OpusFrame {
  payload: Buffer;
  /** The audio-level header extension's byte as Chromium wrote it (voice-activity bit and level). */
  levelByte: number;
}

export interface OpusRecording {
  /** A loop of whole burst periods, cut in the silence before a burst. */
  frames: OpusFrame[];
  /** Indexes into `frames` of the first loud frame of each burst. */
  onsets: number[];
  meanBytes: number;
}

/** 16-bit mono PCM at 48 kHz: a 440 Hz burst of 200 ms (5 ms ramps) then silence, one period; Chromium loops it. */
export function writeBurstWav(file: string): string {
  const rate = 48_000;
  const samples = (rate * BURST_PERIOD_MS) / 1000;
  const data = Buffer.alloc(samples * 2);
  const burst = (rate * BURST_MS) / 1000;
  const ramp = rate * 0.005;
  for (let i = 0; i < burst; i++) {
    const envelope = Math.min(1, i / ramp, (burst - i) / ramp);
    data.writeInt16LE(Math.round(0.5 * envelope * 32767 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

/**
 * Record `periods` burst periods of Chromium's Opus (the browser must have been started with the burst WAV as its
 * fake microphone). The museum's Opus settings, but without DTX, so every 20 ms has its frame as a talking guide's.
 */
export async function recordOpus(browser: Browser, stun: string, periods = 5): Promise<OpusRecording> {
  const noDtx = new RTCRtpCodecParameters({
    mimeType: OPUS.mimeType,
    clockRate: OPUS.clockRate,
    channels: OPUS.channels,
    payloadType: OPUS.payloadType,
    parameters: "minptime=10;useinbandfec=1;stereo=0;sprop-stereo=0;maxaveragebitrate=32000;ptime=20",
  });
  const pc = loopbackPeer(stun, noDtx);
  const all: OpusFrame[] = [];
  const wanted = FRAMES_A_SECOND * (periods + 3);
  let enough!: () => void;
  const full = new Promise<void>((resolve) => (enough = resolve));
  pc.addTransceiver("audio", { direction: "recvonly" }).onTrack.subscribe((track) => {
    track.onReceiveRtp.subscribe((rtp) => {
      const level = rtp.header.extensions.find((e) => e.id === 1)?.payload[0];
      if (level === undefined) return;
      all.push({ payload: Buffer.from(rtp.payload), levelByte: level });
      if (all.length >= wanted) enough();
    });
  });
  await pc.setLocalDescription(await pc.createOffer());
  const page = await openBenchPage(browser);
  try {
    const answer = await page.evaluate(
      async (offer) => {
        const stream = await navigator.mediaDevices.getUserMedia({
          audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
        });
        const browserPc = new RTCPeerConnection({ bundlePolicy: "max-bundle" });
        await browserPc.setRemoteDescription({ type: "offer", sdp: offer });
        const [mic] = browserPc.getTransceivers();
        mic!.direction = "sendonly";
        await mic!.sender.replaceTrack(stream.getAudioTracks()[0]!);
        await browserPc.setLocalDescription(await browserPc.createAnswer());
        await new Promise<void>((resolve) => {
          const done = () => browserPc.iceGatheringState === "complete" && resolve();
          browserPc.addEventListener("icegatheringstatechange", done);
          done();
          setTimeout(resolve, 5000);
        });
        return browserPc.localDescription!.sdp;
      },
      await gathered(pc),
    );
    await pc.setRemoteDescription({ type: "answer", sdp: answer });
    await connected(pc);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("Chromium's microphone sent too few packets with audio levels")), 30_000),
    );
    await Promise.race([full, timeout]);
  } finally {
    await page.context().close();
    await pc.close();
  }
  return loopOf(all, periods);
}

/** Burst onsets: the first loud frame after at least five quiet ones. */
function onsetsOf(frames: OpusFrame[]): number[] {
  const loud = (f: OpusFrame) => (f.levelByte & 0x7f) < LOUD_LEVEL;
  const out: number[] = [];
  for (let i = 5; i < frames.length; i++) {
    if (loud(frames[i]!) && frames.slice(i - 5, i).every((f) => !loud(f))) out.push(i);
  }
  return out;
}

function loopOf(all: OpusFrame[], periods: number): OpusRecording {
  // The first second is skipped (the encoder settling); the loop is cut 200 ms before a burst, in silence.
  const onsets = onsetsOf(all).filter((i) => i >= FRAMES_A_SECOND + 10);
  if (onsets.length < periods + 1) {
    throw new Error(
      `the recording has ${onsets.length} tone bursts; ${periods + 1} were needed (is the WAV the fake microphone?)`,
    );
  }
  const start = onsets[0]! - 10;
  const frames = all.slice(start, onsets[periods]! - 10);
  return {
    frames,
    onsets: onsets.slice(0, periods).map((i) => i - start),
    meanBytes: frames.reduce((s, f) => s + f.payload.length, 0) / frames.length,
  };
}

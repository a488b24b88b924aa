// Real Opus for the bench's guide. Node has no Opus encoder here, so the guide's voice is recorded once, at bench
// time, from Chromium's fake microphone playing tone bursts (toneBursts.ts: a WAV written now, nothing binary is
// committed), and the werift guide replays the packets as they came: Chromium's own Opus frames and audio levels.
import type { Browser } from "playwright-core";
import { RTCRtpCodecParameters } from "werift";
import { openBenchPage } from "./benchPage";
import { connected, gathered, loopbackPeer, OPUS } from "./loopbackPeer";
import { BURST_PERIOD_MS, BURSTS, burstOfLength } from "./toneBursts";

/** RFC 6464 level (−dBov) below which a frame carries a burst (the bursts read about 9, the hiss about 50). */
const LOUD_LEVEL = 30;
const FRAMES_A_SECOND = 50;
const FRAME_MS = 20;

export interface OpusFrame {
  payload: Buffer;
  /** The audio-level header extension's byte as Chromium wrote it (voice-activity bit and level). */
  levelByte: number;
}

export interface BurstStart {
  /** Index into the loop's frames of the burst's first loud frame. */
  frame: number;
  /** Which of toneBursts.ts's BURSTS it is. */
  burst: number;
}

export interface OpusRecording {
  /** A loop of the five bursts, cut in the hiss before one. */
  frames: OpusFrame[];
  onsets: BurstStart[];
  meanBytes: number;
}

/**
 * Record `periods` burst periods of Chromium's Opus (the browser must have been started with the burst WAV as its
 * fake microphone). The museum's Opus settings, but without DTX, so every 20 ms has its frame as a talking guide's.
 */
export async function recordOpus(browser: Browser, stun: string): Promise<OpusRecording> {
  const noDtx = new RTCRtpCodecParameters({
    mimeType: OPUS.mimeType,
    clockRate: OPUS.clockRate,
    channels: OPUS.channels,
    payloadType: OPUS.payloadType,
    parameters: "minptime=10;useinbandfec=1;stereo=0;sprop-stereo=0;maxaveragebitrate=32000;ptime=20",
  });
  const pc = loopbackPeer(stun, noDtx);
  const all: OpusFrame[] = [];
  const wanted = (FRAMES_A_SECOND * BURST_PERIOD_MS * (BURSTS.length + 3)) / 1000;
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
  return loopOf(all);
}

const loud = (f: OpusFrame) => (f.levelByte & 0x7f) < LOUD_LEVEL;

/** Burst starts: the first loud frame after at least five quiet ones; which burst, from how many loud frames follow. */
function burstsIn(frames: OpusFrame[]): BurstStart[] {
  const out: BurstStart[] = [];
  for (let i = 5; i < frames.length; i++) {
    if (!loud(frames[i]!) || frames.slice(i - 5, i).some(loud)) continue;
    let n = 0;
    while (i + n < frames.length && loud(frames[i + n]!)) n++;
    if (i + n === frames.length) break; // cut off by the recording's end
    const burst = burstOfLength(n * FRAME_MS);
    if (burst === null) throw new Error(`a burst of ${n * FRAME_MS} ms in the recording matches none of the WAV's`);
    out.push({ frame: i, burst });
  }
  return out;
}

function loopOf(all: OpusFrame[]): OpusRecording {
  // The first second is skipped (the encoder settling); the loop runs from 200 ms before a burst to 200 ms before
  // the same burst comes round again.
  const starts = burstsIn(all).filter((b) => b.frame >= FRAMES_A_SECOND + 10);
  const n = BURSTS.length;
  if (starts.length < n + 1) {
    throw new Error(
      `the recording has ${starts.length} tone bursts; ${n + 1} were needed (is the WAV the fake microphone?)`,
    );
  }
  const inLoop = starts.slice(0, n);
  if (new Set(inLoop.map((b) => b.burst)).size !== n || starts[n]!.burst !== starts[0]!.burst) {
    throw new Error(`the recorded bursts come in an unexpected order: ${starts.map((b) => b.burst).join(",")}`);
  }
  const start = starts[0]!.frame - 10;
  const frames = all.slice(start, starts[n]!.frame - 10);
  return {
    frames,
    onsets: inLoop.map((b) => ({ frame: b.frame - start, burst: b.burst })),
    meanBytes: frames.reduce((s, f) => s + f.payload.length, 0) / frames.length,
  };
}

// The real Chromium listener: a page that answers the media server's offer as the museum's client does (microphone
// section sending, the slots receiving), plays slot 0 through an <audio> element, and watches it with a Web Audio
// analyser for the start of each tone burst, timed on the host's clock. Loss is Chromium's own count.
import type { Browser, Page } from "playwright-core";
import { openBenchPage } from "./benchPage";

export interface BrowserWindow {
  /** [host-clock time (ms) at which the analyser first heard a burst, its pitch in Hz]. */
  onsets: [number, number][];
  packetsReceived: number;
  packetsLost: number;
  /** Mean time a packet's audio waited in Chromium's jitter buffer, in ms. */
  jitterBufferMs: number | null;
  /** Chromium's estimate of the packets' interarrival jitter at the window's end (RFC 3550), in ms. */
  jitterMs: number;
}

export interface BrowserListener {
  answer(offer: string): Promise<string>;
  connected(): Promise<void>;
  begin(): Promise<void>;
  end(): Promise<BrowserWindow>;
  close(): Promise<void>;
}

interface ReceiverCounts {
  packetsReceived: number;
  packetsLost: number;
  jitterBufferDelay: number;
  jitterBufferEmittedCount: number;
  jitter: number;
}

declare global {
  interface Window {
    voiceBench?: {
      pc: RTCPeerConnection;
      onsets: [number, number][];
      recording: boolean;
      counts(): Promise<ReceiverCounts>;
    };
  }
}

export async function openBrowserListener(browser: Browser): Promise<BrowserListener> {
  const page: Page = await openBenchPage(browser);
  let before: ReceiverCounts | null = null;
  const counts = () => page.evaluate(() => window.voiceBench!.counts());
  return {
    answer: (offer) =>
      page.evaluate(async (sdp) => {
        const pc = new RTCPeerConnection({ bundlePolicy: "max-bundle" });
        const bench = {
          pc,
          onsets: [] as [number, number][],
          recording: false,
          async counts() {
            const slot = pc.getTransceivers()[1]!.receiver;
            for (const s of (await slot.getStats()).values()) {
              if (s.type === "inbound-rtp") return s as ReceiverCounts;
            }
            return { packetsReceived: 0, packetsLost: 0, jitterBufferDelay: 0, jitterBufferEmittedCount: 0, jitter: 0 };
          },
        };
        window.voiceBench = bench;
        pc.ontrack = (e) => {
          if (pc.getTransceivers().indexOf(e.transceiver) !== 1) return;
          const stream = new MediaStream([e.track]);
          // A remote stream feeds an analyser only once an element plays it too (crbug 933677).
          const audio = new Audio();
          audio.srcObject = stream;
          void audio.play();
          const ctx = new AudioContext();
          const source = ctx.createMediaStreamSource(stream);
          // A short window to see a burst start; a long one to read its pitch 60 ms later (23 Hz a bin at 48 kHz).
          const level = ctx.createAnalyser();
          level.fftSize = 256;
          const pitch = ctx.createAnalyser();
          pitch.fftSize = 2048;
          source.connect(level);
          source.connect(pitch);
          const samples = new Float32Array(level.fftSize);
          const spectrum = new Float32Array(pitch.frequencyBinCount);
          let lastLoud = -Infinity;
          // A burst starts when the level rises after 300 ms of quiet (the bursts are at least 660 ms apart).
          setInterval(() => {
            level.getFloatTimeDomainData(samples);
            let sum = 0;
            for (const v of samples) sum += v * v;
            if (Math.sqrt(sum / samples.length) < 0.05) return;
            const now = performance.timeOrigin + performance.now();
            if (now - lastLoud > 300 && bench.recording) {
              setTimeout(() => {
                pitch.getFloatFrequencyData(spectrum);
                let peak = 0;
                for (let i = 1; i < spectrum.length; i++) if (spectrum[i]! > spectrum[peak]!) peak = i;
                bench.onsets.push([now, (peak * ctx.sampleRate) / pitch.fftSize]);
              }, 60);
            }
            lastLoud = now;
          }, 1);
        };
        await pc.setRemoteDescription({ type: "offer", sdp });
        const [mic, ...slots] = pc.getTransceivers();
        mic!.direction = "sendonly";
        for (const t of slots) t.direction = "recvonly";
        await pc.setLocalDescription(await pc.createAnswer());
        await new Promise<void>((resolve) => {
          const done = () => pc.iceGatheringState === "complete" && resolve();
          pc.addEventListener("icegatheringstatechange", done);
          done();
          setTimeout(resolve, 5000);
        });
        return pc.localDescription!.sdp;
      }, offer),
    connected: () =>
      page
        .waitForFunction(() => window.voiceBench?.pc.connectionState === "connected", null, { timeout: 30_000 })
        .then(() => undefined),
    async begin() {
      before = await counts();
      await page.evaluate(() => {
        window.voiceBench!.onsets = [];
        window.voiceBench!.recording = true;
      });
    },
    async end() {
      const onsets = await page.evaluate(() => {
        window.voiceBench!.recording = false;
        return window.voiceBench!.onsets;
      });
      const after = await counts();
      const b = before ?? {
        packetsReceived: 0,
        packetsLost: 0,
        jitterBufferDelay: 0,
        jitterBufferEmittedCount: 0,
        jitter: 0,
      };
      const emitted = after.jitterBufferEmittedCount - b.jitterBufferEmittedCount;
      return {
        onsets,
        packetsReceived: after.packetsReceived - b.packetsReceived,
        packetsLost: after.packetsLost - b.packetsLost,
        jitterBufferMs: emitted > 0 ? ((after.jitterBufferDelay - b.jitterBufferDelay) / emitted) * 1000 : null,
        jitterMs: after.jitter * 1000,
      };
    },
    close: () => page.context().close(),
  };
}

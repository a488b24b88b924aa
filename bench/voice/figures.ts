// From one measuring window's raw counts to the figures bench/voice.ts prints, each beside its target.
import type { BrowserWindow } from "./browserListener";
import type { KindFigures } from "./farmProtocol";
import type { GuideWindow } from "./guideVoice";
import { quantile } from "./loopbackPeer";
import { BURST_PERIOD_MS, BURSTS, burstOfPitch } from "./toneBursts";

export const TARGETS = {
  cpuMicrosAPacket: 40,
  mbAListener: 1,
  browserLossAt100: 0,
  sfuAddsMs: 10,
  mouthToEarMs: 150,
};

/**
 * Mouth-to-ear: each burst the browser heard (time, pitch) against the latest send of the same burst before it. The
 * same burst comes round every 5 s, so a delay of up to 5 s is matched rightly.
 */
export function mouthToEar(sent: [number, number][], heard: [number, number][]): number[] {
  const out: number[] = [];
  for (const [at, hz] of heard) {
    const burst = burstOfPitch(hz);
    const from = sent.filter(([s, b]) => b === burst && s <= at).at(-1);
    if (from !== undefined && at - from[0] < BURST_PERIOD_MS * BURSTS.length) out.push(at - from[0]);
  }
  return out;
}

export interface SfuWindowInput {
  listeners: number;
  /** Media server figures at the window's start and end. */
  cpuMicros: [number, number];
  /** Seconds between those two readings (a little more than the guide's window). */
  statsSeconds: number;
  /** The server a second with the same connections and the guide's voice coming in, forwarded to the browser alone. */
  held: { cpuMicrosASecond: number; forwardedASecond: number };
  forwarded: [number, number];
  rssBytes: number;
  /** RSS once the browser and the probe were served, before any werift listener. */
  rssServing: number;
  /** Werift listeners connected since then. */
  addedListeners: number;
  guide: GuideWindow;
  farm: KindFigures[];
  /** The probe process: the direct reference and one media-server listener, last in the fan-out. */
  probe: KindFigures[];
  farmCpuMicros: number;
  browser: BrowserWindow;
  hostBusyPct: number;
}

export interface SfuFigures {
  listeners: number;
  microsAPacket: number;
  /** What forwarding itself costs a packet: the window's CPU and packets over those of the server holding back. */
  forwardingMicrosAPacket: number;
  sfuCpuPct: number;
  heldCpuPct: number;
  cpuMsAListenerSecond: number;
  mbAListener: number;
  weriftLossPct: number;
  lossyListeners: number;
  browserLost: number;
  browserReceived: number;
  sent: number;
  sfuP50Ms: number | null;
  directP50Ms: number | null;
  sfuAddsP50Ms: number | null;
  sfuAddsP95Ms: number | null;
  /** Every farm listener's delay over the probe's direct one: includes the farm decrypting the whole fan-out. */
  farmAddsP50Ms: number | null;
  mouthToEarP50Ms: number | null;
  burstsHeard: string;
  jitterBufferMs: number | null;
  jitterMs: number;
  farmCpuPct: number;
  hostBusyPct: number;
  uploadBytesASecond: number;
}

export function sfuFigures(w: SfuWindowInput): SfuFigures {
  const cpu = w.cpuMicros[1] - w.cpuMicros[0];
  const forwarded = w.forwarded[1] - w.forwarded[0];
  const seconds = w.guide.seconds;
  // Packets beyond those the held-back server forwarded (to the browser) in as long a time.
  const packetsBeyondHeld = forwarded - w.held.forwardedASecond * w.statsSeconds;
  const sfu = w.farm.find((f) => f.kind === "sfu");
  const probe = w.probe.find((f) => f.kind === "sfu");
  const direct = w.probe.find((f) => f.kind === "direct");
  const diff = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  const m2e = mouthToEar(w.guide.onsets, w.browser.onsets);
  return {
    listeners: w.listeners,
    microsAPacket: forwarded > 0 ? cpu / forwarded : NaN,
    forwardingMicrosAPacket:
      packetsBeyondHeld > 0 ? (cpu - w.held.cpuMicrosASecond * w.statsSeconds) / packetsBeyondHeld : NaN,
    sfuCpuPct: (cpu / (seconds * 1e6)) * 100,
    heldCpuPct: (w.held.cpuMicrosASecond / 1e6) * 100,
    cpuMsAListenerSecond: cpu / 1000 / seconds / w.listeners,
    mbAListener: (w.rssBytes - w.rssServing) / w.addedListeners / 2 ** 20,
    weriftLossPct: sfu && sfu.expected > 0 ? ((sfu.expected - sfu.received) / sfu.expected) * 100 : NaN,
    lossyListeners: sfu?.lossyListeners ?? 0,
    browserLost: w.browser.packetsLost,
    browserReceived: w.browser.packetsReceived,
    sent: w.guide.sent.length,
    sfuP50Ms: probe?.delayP50Ms ?? null,
    directP50Ms: direct?.delayP50Ms ?? null,
    sfuAddsP50Ms: diff(probe?.delayP50Ms, direct?.delayP50Ms),
    sfuAddsP95Ms: diff(probe?.delayP95Ms, direct?.delayP95Ms),
    farmAddsP50Ms: diff(sfu?.delayP50Ms, direct?.delayP50Ms),
    mouthToEarP50Ms: quantile(m2e, 0.5),
    burstsHeard: `${m2e.length}/${w.guide.onsets.length}`,
    jitterBufferMs: w.browser.jitterBufferMs,
    jitterMs: w.browser.jitterMs,
    farmCpuPct: (w.farmCpuMicros / (seconds * 1e6)) * 100,
    hostBusyPct: w.hostBusyPct,
    uploadBytesASecond: w.guide.uploadBytes / seconds,
  };
}

/** A figure to `digits` places, or "n/a" when there is none. */
export const fixed = (v: number | null, digits = 1) => (v === null || Number.isNaN(v) ? "n/a" : v.toFixed(digits));

/** A figure, then "ok" or "over" against its target (lower is better). */
export function against(value: number | null, target: number, digits = 1): string {
  if (value === null || Number.isNaN(value)) return "n/a";
  return `${value.toFixed(digits)} ${value <= target ? "ok" : "OVER"}`;
}

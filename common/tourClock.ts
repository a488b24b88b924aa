// The narration clock both ends agree on: the server's wall clock, the narration state in the room, and the formula
// every member (late, reconnected or on time) uses to find the same second.
//
//   serverNow  ≈ Date.now() + clockOffsetMs          (clockOffsetMs from the "clock" exchange below)
//   positionMs  = playing ? offsetMs + (serverNow − startedAt) : offsetMs
//
// startedAt is the server's Date.now() when the narration last started or was sought while playing; offsetMs is the
// position at that moment. A client plays its audio (or caption timeline) from positionMs and re-seeks when its
// own playback drifts from the formula by more than ~100 ms.

export interface NarrationClock {
  playing: boolean;
  /** Server wall clock (ms since 1970) when `offsetMs` was the position. */
  startedAt: number;
  /** Position in ms at `startedAt` (and the whole truth while paused). */
  offsetMs: number;
}

/** Longest narration a stop may have (the seek bound): one hour. */
export const MAX_NARRATION_MS = 3_600_000;

export function narrationPositionMs(n: NarrationClock, serverNow: number): number {
  const pos = n.playing ? n.offsetMs + (serverNow - n.startedAt) : n.offsetMs;
  return Math.max(0, Math.min(MAX_NARRATION_MS, pos));
}

export function playNarration(n: NarrationClock, serverNow: number): NarrationClock {
  if (n.playing) return n;
  return { playing: true, startedAt: serverNow, offsetMs: n.offsetMs };
}

export function pauseNarration(n: NarrationClock, serverNow: number): NarrationClock {
  if (!n.playing) return n;
  return { playing: false, startedAt: serverNow, offsetMs: Math.round(narrationPositionMs(n, serverNow)) };
}

export function seekNarration(n: NarrationClock, toMs: number, serverNow: number): NarrationClock {
  const offsetMs = Math.round(Math.max(0, Math.min(MAX_NARRATION_MS, toMs)));
  return { playing: n.playing, startedAt: serverNow, offsetMs };
}

export const stoppedNarration = (serverNow: number): NarrationClock => ({
  playing: false,
  startedAt: serverNow,
  offsetMs: 0,
});

/**
 * One sample of the "clock" exchange: the client sent `{ t: sentAt }` (its Date.now()), the server answered
 * `{ t, s: serverNow }`, and the answer arrived at `receivedAt`. Assumes the two legs took equally long.
 */
export interface ClockSample {
  offsetMs: number;
  rttMs: number;
}

export function clockSample(sentAt: number, serverNow: number, receivedAt: number): ClockSample {
  return { offsetMs: serverNow - (sentAt + receivedAt) / 2, rttMs: Math.max(0, receivedAt - sentAt) };
}

/** The best estimate from a few samples: the one with the shortest round trip (least room for asymmetry). */
export function bestClockOffset(samples: readonly ClockSample[]): number {
  if (samples.length === 0) return 0;
  return samples.reduce((best, s) => (s.rttMs < best.rttMs ? s : best)).offsetMs;
}

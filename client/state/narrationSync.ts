// Keeping a member's narration on the tour's clock: the server-clock estimate from "clock" samples, and what to do
// to a playing medium that has drifted from the shared position. Pure (the clock is passed in).
import {
  bestClockOffset,
  clockSample,
  narrationPositionMs,
  type ClockSample,
  type NarrationClock,
} from "../../common/tourClock";

/** Re-seek when the medium is further than this from the shared position (common/tourClock.ts: "~100 ms"). */
export const DRIFT_MS = 100;
/** Samples kept: the best of the recent ones wins, and a network that got slower ages out. */
export const CLOCK_SAMPLES = 16;

export interface ClockEstimator {
  /** A "clock" answer: the client's send time, the server's time, the arrival time (client ms). */
  add(sentAt: number, serverNow: number, receivedAt: number): void;
  /** A rough sample with an unknown round trip (e.g. the serverNow of "tour:plan"), used until real ones arrive. */
  addRough(serverNow: number, receivedAt: number): void;
  offsetMs(): number;
  /** How many real samples there are. */
  count(): number;
  serverNow(localNow: number): number;
}

export function createClockEstimator(): ClockEstimator {
  const samples: ClockSample[] = [];
  let rough: ClockSample | null = null;
  return {
    add(sentAt, serverNow, receivedAt) {
      samples.push(clockSample(sentAt, serverNow, receivedAt));
      if (samples.length > CLOCK_SAMPLES) samples.shift();
    },
    addRough(serverNow, receivedAt) {
      rough = { offsetMs: serverNow - receivedAt, rttMs: Infinity };
    },
    offsetMs: () => (samples.length ? bestClockOffset(samples) : (rough?.offsetMs ?? 0)),
    count: () => samples.length,
    serverNow(localNow) {
      return localNow + this.offsetMs();
    },
  };
}

/** Where the narration is now, in ms, by the shared clock. */
export const sharedPositionMs = (n: NarrationClock, clock: ClockEstimator, localNow: number) =>
  narrationPositionMs(n, clock.serverNow(localNow));

export interface MediaState {
  currentSec: number;
  paused: boolean;
  /** Null until the medium knows its length. */
  durationSec: number | null;
}

/** What to do to the medium: seek (seconds) and/or start or stop it; nulls change nothing. */
export interface MediaAction {
  seekTo: number | null;
  run: "play" | "pause" | null;
}

/** Brings a medium to the shared position: start or stop it with the group, re-seek only past the drift tolerance. */
export function syncMedia(
  media: MediaState,
  target: { playing: boolean; positionMs: number },
  toleranceMs = DRIFT_MS,
): MediaAction {
  let targetSec = target.positionMs / 1000;
  const ended = media.durationSec !== null && targetSec >= media.durationSec;
  if (media.durationSec !== null) targetSec = Math.min(targetSec, media.durationSec);
  const shouldPlay = target.playing && !ended;
  const drifted = Math.abs(media.currentSec - targetSec) * 1000 > toleranceMs;
  const run = shouldPlay && media.paused ? "play" : !shouldPlay && !media.paused ? "pause" : null;
  // Starting always lands on the shared second; a paused medium is moved only when it is visibly elsewhere.
  const seekTo = drifted || run === "play" ? targetSec : null;
  return { seekTo, run };
}

// Keeping a member's narration on the tour's clock: the server-clock estimate, and correcting a drifting medium.
import { describe, expect, it } from "vitest";
import {
  CLOCK_SAMPLES,
  createClockEstimator,
  DRIFT_MS,
  sharedPositionMs,
  syncMedia,
} from "../../../client/state/narrationSync";

describe("server clock estimate", () => {
  it("uses the rough reading from the plan until a real exchange arrives, then the shortest round trip", () => {
    const c = createClockEstimator();
    expect(c.offsetMs()).toBe(0);
    c.addRough(10_500, 1_000); // the server says 10 500 when we read 1 000 locally
    expect(c.offsetMs()).toBe(9_500);
    c.add(2_000, 11_600, 2_200); // 200 ms round trip: server 11 600 at local 2 100
    expect(c.offsetMs()).toBe(9_500);
    c.add(3_000, 12_540, 3_020); // 20 ms round trip, offset 9 530: better, so it wins
    expect(c.offsetMs()).toBe(9_530);
    c.add(4_000, 20_000, 4_900); // a slow one does not displace it
    expect(c.offsetMs()).toBe(9_530);
    expect(c.count()).toBe(3);
    expect(c.serverNow(5_000)).toBe(14_530);
  });
  it("forgets old samples, so a network that got slower is followed", () => {
    const c = createClockEstimator();
    c.add(0, 1_000, 0); // 0 ms round trip, offset 1 000
    for (let i = 1; i <= CLOCK_SAMPLES; i++) c.add(i * 100, i * 100 + 2_000 + 10, i * 100 + 20);
    expect(c.count()).toBe(CLOCK_SAMPLES);
    expect(c.offsetMs()).toBe(2_000);
  });
  it("puts a late joiner at the same second as everyone: the position comes from the server's clock", () => {
    const narration = { playing: true, startedAt: 100_000, offsetMs: 5_000 };
    const early = createClockEstimator();
    early.add(0, 90_000, 0); // this member's clock is 90 s behind the server
    const late = createClockEstimator();
    late.add(50_000, 40_000, 50_000); // this one's is 10 s ahead
    // At the same true moment (server 112 000) both find 17 s.
    expect(sharedPositionMs(narration, early, 22_000)).toBe(17_000);
    expect(sharedPositionMs(narration, late, 122_000)).toBe(17_000);
    expect(sharedPositionMs({ ...narration, playing: false }, late, 999_999)).toBe(5_000);
  });
});

describe("drift correction", () => {
  const media = (currentSec: number, paused = false, durationSec: number | null = 60) => ({
    currentSec,
    paused,
    durationSec,
  });
  it("leaves a playing medium alone within the tolerance", () => {
    expect(syncMedia(media(10.05), { playing: true, positionMs: 10_000 })).toEqual({ seekTo: null, run: null });
    expect(syncMedia(media(10 - DRIFT_MS / 1000 + 0.01), { playing: true, positionMs: 10_000 })).toEqual({
      seekTo: null,
      run: null,
    });
  });
  it("re-seeks a medium that drifted past the tolerance, either way", () => {
    expect(syncMedia(media(10.3), { playing: true, positionMs: 10_000 })).toEqual({ seekTo: 10, run: null });
    expect(syncMedia(media(9.7), { playing: true, positionMs: 10_000 })).toEqual({ seekTo: 10, run: null });
  });
  it("starts a paused medium on the shared second, and pauses it when the guide pauses", () => {
    expect(syncMedia(media(0, true), { playing: true, positionMs: 12_340 })).toEqual({ seekTo: 12.34, run: "play" });
    expect(syncMedia(media(12.34, true), { playing: true, positionMs: 12_340 })).toEqual({
      seekTo: 12.34,
      run: "play",
    });
    expect(syncMedia(media(20.02), { playing: false, positionMs: 20_000 })).toEqual({ seekTo: null, run: "pause" });
  });
  it("moves a paused medium only when it is visibly elsewhere (a seek while paused)", () => {
    expect(syncMedia(media(20, true), { playing: false, positionMs: 20_050 })).toEqual({ seekTo: null, run: null });
    expect(syncMedia(media(20, true), { playing: false, positionMs: 45_000 })).toEqual({ seekTo: 45, run: null });
  });
  it("does not play past the end: a late joiner after the end finds it stopped at the end", () => {
    expect(syncMedia(media(0, true, 30), { playing: true, positionMs: 40_000 })).toEqual({ seekTo: 30, run: null });
    expect(syncMedia(media(29.95, false, 30), { playing: true, positionMs: 31_000 })).toEqual({
      seekTo: null,
      run: "pause",
    });
  });
  it("a wider tolerance (while autoplay is blocked) tolerates more", () => {
    expect(syncMedia(media(10.3, true), { playing: false, positionMs: 10_000 }, 400)).toEqual({
      seekTo: null,
      run: null,
    });
  });
});

// The tour contract: plan schema and its messages, join codes, the narration clock and its sync, follow slots.
import { describe, expect, it } from "vitest";
import {
  TourGatherMessageSchema,
  TourLockMessageSchema,
  TourNarrationMessageSchema,
  JoinOptionsSchema,
} from "../../common/messages";
import { TourCodeSchema, TourPlanSchema, TourPlanInputSchema, TOUR_CODE_ALPHABET } from "../../common/tour";
import {
  bestClockOffset,
  clockSample,
  narrationPositionMs,
  pauseNarration,
  playNarration,
  seekNarration,
  stoppedNarration,
} from "../../common/tourClock";
import { followSlot, followStep } from "../../common/tourFollow";
import { tourPlan, tourStop } from "../fixtures/tourPlan";

describe("tour plan schema", () => {
  it("accepts a complete plan", () => {
    expect(TourPlanSchema.parse(tourPlan()).stops).toHaveLength(3);
  });
  it.each([
    ["no stops", { stops: [] }, /at least one stop/],
    ["a stop without Chinese", { stops: [tourStop({ title: { en: "x", zh: " " } })] }, /Chinese text is missing/],
    ["duplicate stop ids", { stops: [tourStop(), tourStop()] }, /duplicate stop id ..customs/],
    ["a target of an unknown kind", { stops: [tourStop({ target: { kind: "statue", id: "x" } as never })] }, /target/],
    [
      "audio outside assets/audio",
      {
        stops: [
          tourStop({ media: { audio: "../secret.ogg", captions: { en: "captions/a.vtt", zh: "captions/b.vtt" } } }),
        ],
      },
      /audio\/<name>/,
    ],
    ["a duration of five seconds", { stops: [tourStop({ durationSec: 5 })] }, /durationSec/],
    ["an unknown field", { extra: 1 }, /extra/],
  ])("refuses %s", (_label, change, message) => {
    const r = TourPlanSchema.safeParse({ ...tourPlan(), ...change });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toMatch(message);
  });
  it("lets a create request leave the id out", () => {
    const { id: _id, ...rest } = tourPlan();
    expect(TourPlanInputSchema.safeParse(rest).success).toBe(true);
    expect(TourPlanSchema.safeParse(rest).success).toBe(false);
  });
});

describe("join codes", () => {
  it("have no look-alike characters", () => {
    for (const c of "0O1IL") expect(TOUR_CODE_ALPHABET).not.toContain(c);
  });
  it("are read in any case and trimmed", () => {
    expect(TourCodeSchema.parse(" k7qm3d ")).toBe("K7QM3D");
    expect(TourCodeSchema.safeParse("K7QM30").success).toBe(false);
    expect(TourCodeSchema.safeParse("K7QM3").success).toBe(false);
  });
  it("may come with the join options, as may a guide token", () => {
    expect(JoinOptionsSchema.parse({ name: "A", sceneId: "bund", tourCode: "k7qm3d", guideToken: "t" }).tourCode).toBe(
      "K7QM3D",
    );
  });
});

describe("tour message schemas", () => {
  it("narration: play, pause, and seek within an hour", () => {
    expect(TourNarrationMessageSchema.safeParse({ action: "seek", toSec: 12.5 }).success).toBe(true);
    expect(TourNarrationMessageSchema.safeParse({ action: "seek" }).success).toBe(false);
    expect(TourNarrationMessageSchema.safeParse({ action: "seek", toSec: -1 }).success).toBe(false);
    expect(TourNarrationMessageSchema.safeParse({ action: "rewind" }).success).toBe(false);
  });
  it("lock: 0 or 3–100 metres", () => {
    expect(TourLockMessageSchema.safeParse({ radius: 0 }).success).toBe(true);
    expect(TourLockMessageSchema.safeParse({ radius: 10 }).success).toBe(true);
    expect(TourLockMessageSchema.safeParse({ radius: 1 }).success).toBe(false);
    expect(TourLockMessageSchema.safeParse({ radius: Number.NaN }).success).toBe(false);
  });
  it("gather faces the guide unless told otherwise, and may come with no body", () => {
    expect(TourGatherMessageSchema.parse({})).toEqual({ facing: "guide" });
    expect(TourGatherMessageSchema.parse(undefined)).toBeUndefined();
  });
});

describe("narration clock", () => {
  const t0 = 1_800_000_000_000;
  it("runs while playing and stands still while paused", () => {
    const playing = playNarration(stoppedNarration(t0), t0);
    expect(narrationPositionMs(playing, t0 + 4000)).toBe(4000);
    const paused = pauseNarration(playing, t0 + 4000);
    expect(narrationPositionMs(paused, t0 + 60_000)).toBe(4000);
    expect(narrationPositionMs(playNarration(paused, t0 + 60_000), t0 + 61_000)).toBe(5000);
  });
  it("seeks while playing or paused, and never goes below zero", () => {
    const playing = playNarration(stoppedNarration(t0), t0);
    const sought = seekNarration(playing, 30_000, t0 + 1000);
    expect(narrationPositionMs(sought, t0 + 3000)).toBe(32_000);
    expect(narrationPositionMs(seekNarration(stoppedNarration(t0), -5, t0), t0)).toBe(0);
    // A client clock a little behind the server's start must not show a negative position.
    expect(narrationPositionMs(playing, t0 - 500)).toBe(0);
  });
  it("a late joiner and an early one agree: the position depends only on the state and the server's time", () => {
    const n = seekNarration(playNarration(stoppedNarration(t0), t0), 12_000, t0 + 5000);
    const early = narrationPositionMs(n, t0 + 20_000);
    const late = narrationPositionMs(JSON.parse(JSON.stringify(n)), t0 + 20_000);
    expect(late).toBe(early);
  });
  it("estimates the server clock from the sample with the shortest round trip", () => {
    // Server clock 5 s ahead; the fast exchange took 20 ms each way, the slow one 300 ms out and 20 back.
    const fast = clockSample(1000, 1020 + 5000, 1040);
    const slow = clockSample(2000, 2300 + 5000, 2320);
    expect(fast.offsetMs).toBe(5000);
    expect(bestClockOffset([slow, fast])).toBe(5000);
    expect(bestClockOffset([])).toBe(0);
  });
});

describe("follow me", () => {
  it("followers stand in rows behind the guide, three abreast", () => {
    const guide = { x: 10, z: 10, yaw: 0 }; // facing north
    const first = followSlot(guide, 0);
    expect(first.z).toBeCloseTo(8);
    expect(first.x).toBeCloseTo(10 - 1.1);
    expect(followSlot(guide, 1).x).toBeCloseTo(10);
    expect(followSlot(guide, 3).z).toBeCloseTo(8 - 1.2);
  });
  it("turns with the guide", () => {
    const east = followSlot({ x: 0, z: 0, yaw: Math.PI / 2 }, 1);
    expect(east.x).toBeCloseTo(-2);
    expect(east.z).toBeCloseTo(0);
  });
  it("walks towards the slot at most maxStep, and stops when there", () => {
    const slot = { x: 10, z: 0, yaw: 0 };
    expect(followStep({ x: 0, z: 0 }, slot, 1)).toEqual({ x: 1, z: 0 });
    expect(followStep({ x: 9.8, z: 0 }, slot, 1)).toBeNull();
  });
});

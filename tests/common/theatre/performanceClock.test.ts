// The performance's clock: the free schedule loops on the server's clock so a visitor joining at any moment lands
// where everyone else is; a tour's performance follows the guide's narration clock and stops at the end.
import { describe, expect, it } from "vitest";
import { scheduledPositionMs, tourPositionMs } from "../../../common/theatre/performanceClock";

describe("the free schedule", () => {
  const s = { startsAt: 1_000_000, lengthMs: 240_000 };

  it("is (serverNow − startsAt) mod length, for times before the start as well", () => {
    expect(scheduledPositionMs(s, 1_000_000)).toBe(0);
    expect(scheduledPositionMs(s, 1_000_000 + 5 * 240_000 + 1234)).toBe(1234);
    expect(scheduledPositionMs(s, 1_000_000 - 1000)).toBe(239_000);
  });

  it("refuses a schedule with no length", () => {
    expect(() => scheduledPositionMs({ startsAt: 0, lengthMs: 0 }, 5)).toThrow(/positive length/);
  });
});

describe("a tour's performance", () => {
  it("runs with the narration clock and holds at the end", () => {
    const clock = { playing: true, startedAt: 10_000, offsetMs: 2000 };
    expect(tourPositionMs(clock, 240_000, 11_000)).toBe(3000);
    expect(tourPositionMs(clock, 240_000, 10_000_000)).toBe(240_000);
    expect(tourPositionMs({ ...clock, playing: false }, 240_000, 99_999)).toBe(2000);
  });
});

describe("a tour stop with a performance", () => {
  it("names a performance of the theatre, and is refused naming the field otherwise", async () => {
    const { TourStopSchema } = await import("../../../common/tour");
    const { tourStop } = await import("../../fixtures/tourPlan");
    expect(TourStopSchema.parse(tourStop({ performance: { id: "youyuan" } })).performance).toEqual({ id: "youyuan" });
    const bad = TourStopSchema.safeParse(tourStop({ performance: { id: "hamlet" } as never }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(["performance", "id"]);
    expect(bad.error!.issues[0].message).toMatch(/must name a performance of the theatre: youyuan/);
  });
});

describe("which clock the theatre follows", () => {
  it("is the tour's while a stop runs a performance, and the free schedule otherwise", async () => {
    const { followPerformance, tourPerformanceMs } = await import("../../../client/state/performanceFollow");
    expect(tourPerformanceMs(240_000)).toBeNull();
    followPerformance(() => ({ clock: { playing: true, startedAt: 1000, offsetMs: 500 }, serverNow: 3000 }));
    expect(tourPerformanceMs(240_000)).toBe(2500);
    followPerformance(() => null);
    expect(tourPerformanceMs(240_000)).toBeNull();
    followPerformance(null);
  });
});

// The shared clock's exchanges own their timer: quick asks on joining, then one a second, then now and then; a restart
// begins the quick asks again (a new route), and stopping leaves no timer behind. (Node has no Worker: the room is
// the only source here, as in a browser without workers.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSharedClock } from "../../../client/app/sharedClock";

afterEach(() => void vi.useRealTimers());

describe("shared clock", () => {
  it("asks five times quickly, then every second up to thirty, then every ten seconds", () => {
    vi.useFakeTimers();
    let asked = 0;
    const clock = createSharedClock(() => asked++);
    clock.start();
    expect(asked).toBe(1);
    vi.advanceTimersByTime(4 * 150);
    expect(asked).toBe(5);
    vi.advanceTimersByTime(150); // the fifth exchange is still a quick one
    expect(asked).toBe(6);
    vi.advanceTimersByTime(999);
    expect(asked).toBe(6);
    vi.advanceTimersByTime(1);
    expect(asked).toBe(7);
    vi.advanceTimersByTime(23 * 1000); // up to the thirtieth exchange, a second apart
    expect(asked).toBe(30);
    vi.advanceTimersByTime(1000);
    expect(asked).toBe(31);
    vi.advanceTimersByTime(9_999);
    expect(asked).toBe(31);
    vi.advanceTimersByTime(1);
    expect(asked).toBe(32);
    clock.stop();
  });

  it("restarts quick after a reconnection and stops for good when the tour ends", () => {
    vi.useFakeTimers();
    let asked = 0;
    const clock = createSharedClock(() => asked++);
    clock.start();
    vi.advanceTimersByTime(60_000);
    const before = asked;
    clock.start(); // one timer only: the restart replaces the running one
    vi.advanceTimersByTime(150);
    expect(asked).toBe(before + 2);
    clock.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(asked).toBe(before + 2);
  });

  it("feeds the estimate it keeps: the offset of the shortest round trip", () => {
    const clock = createSharedClock(() => undefined);
    clock.estimate.add(1000, 6050, 1100); // 100 ms round trip: the server is 5000 ms ahead
    clock.estimate.add(2000, 7015, 2020); // 20 ms: 5005 ahead, and the shorter trip wins
    expect(clock.estimate.serverNow(3000)).toBe(8005);
  });
});

// When the performance is: for free visitors a schedule on the server's clock (the aria loops, so anyone joining at
// any moment lands on the same millisecond as everyone else), for a tour group the guide's narration clock.
import { narrationPositionMs, type NarrationClock } from "../tourClock";

export interface PerformanceSchedule {
  /** Server wall clock (ms since 1970) when a performance began; they follow one another without a gap. */
  startsAt: number;
  lengthMs: number;
}

/** The performance's position at `serverNow` on the free schedule: (serverNow − startsAt) mod length. */
export function scheduledPositionMs(s: PerformanceSchedule, serverNow: number): number {
  if (!(s.lengthMs > 0) || !Number.isFinite(s.startsAt) || !Number.isFinite(serverNow))
    throw new Error(`A performance schedule needs a positive length and finite times, got ${JSON.stringify(s)}`);
  const d = (serverNow - s.startsAt) % s.lengthMs;
  return d < 0 ? d + s.lengthMs : d;
}

/** A tour's performance: the stop's shared clock, held at the end once the performance is over. */
export function tourPositionMs(clock: NarrationClock, lengthMs: number, serverNow: number): number {
  return Math.min(lengthMs, narrationPositionMs(clock, serverNow));
}

// Which clock the theatre's performance follows: the free schedule, or — while the visitor's tour stands at a stop
// with a performance — the stop's shared narration clock. The tour side sets the source; the theatre reads it each
// frame. Plain state, no DOM.
import type { NarrationClock } from "../../common/tourClock";
import { tourPositionMs } from "../../common/theatre/performanceClock";

/** The tour's clock now, or null when no tour stop is running a performance. */
export type PerformanceSource = () => { clock: NarrationClock; serverNow: number } | null;

const follow: { source: PerformanceSource | null } = { source: null };

export function followPerformance(source: PerformanceSource | null): void {
  follow.source = source;
}

/** The tour's position in a performance of `lengthMs`, or null when the performance runs on the free schedule. */
export function tourPerformanceMs(lengthMs: number): number | null {
  const now = follow.source?.();
  return now ? tourPositionMs(now.clock, lengthMs, now.serverNow) : null;
}

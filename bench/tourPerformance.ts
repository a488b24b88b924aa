// `npm run bench:tour`'s performance: a tour stands at the Kunqu theatre's stop (plan kunqu-garden) and the guide
// plays and seeks the Garden Stroll; at one server instant each of the members computes, the way the client does,
// the choreography's position and the surtitle cue from its own decoded narration clock and its own estimate of the
// server's clock (client/state/narrationSync.ts, from "clock" exchanges over its own link), and the spread across
// the group is measured. Each member's machine clock is set off from the real one by a random amount (machines'
// clocks differ); the baseline, in the same run, is the same members with no clock-offset correction.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MessageType } from "../common/messageTypes";
import { parseChoreography } from "../common/theatre/choreography";
import { tourPositionMs } from "../common/theatre/performanceClock";
import type { NarrationClock } from "../common/tourClock";
import { createClockEstimator, type ClockEstimator } from "../client/state/narrationSync";
import { cueIndexAt, parseSurtitles } from "../client/state/surtitleFile";
import type { TourGroup } from "./tourGroup";

/** Members' machine clocks lie within ± this of the true time (ms): a machine without time sync drifts by seconds. */
export const CLOCK_SKEW_MS = 1500;
/** Clock exchanges each member makes before the measurement, as the client does on joining (150 ms apart). */
const CLOCK_ASKS = 8;
const ASK_EVERY_MS = 150;

const theatreFile = (name: string) => readFileSync(path.join(import.meta.dirname, "../assets/theatre", name), "utf8");

export interface PerformanceSample {
  /** Spread (max − min, ms) of the members' choreography positions at one server instant: corrected, baseline. */
  spreadMs: number;
  baselineSpreadMs: number;
  /** Members showing a cue other than the most common one at that instant: corrected, baseline. */
  offCue: number;
  baselineOffCue: number;
}

export interface PerformanceRun {
  samples: PerformanceSample[];
  /** |estimated − true| clock offset of each member after the exchanges (ms). */
  offsetErrorsMs: number[];
  lengthMs: number;
}

/** A member's clock, off from the real one by `skew` (deterministic per member, spread evenly over ±CLOCK_SKEW_MS). */
const skewOf = (i: number, n: number) =>
  n === 1 ? 0 : -CLOCK_SKEW_MS + (2 * CLOCK_SKEW_MS * ((i * 37) % n)) / (n - 1);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function spreadAndOffCue(positions: number[], cues: number[]): { spread: number; offCue: number } {
  const counts = new Map<number, number>();
  for (const c of cues) counts.set(c, (counts.get(c) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return { spread: Math.max(...positions) - Math.min(...positions), offCue: cues.length - most };
}

/** Runs `reps` seeks (with a pause and a play every tenth) on a started kunqu-garden tour and samples each. */
export async function measurePerformance(group: TourGroup, reps: number): Promise<PerformanceRun> {
  const choreography = parseChoreography(JSON.parse(theatreFile("youyuan.choreography.json")));
  const cues = parseSurtitles(theatreFile("youyuan.zh.vtt"), "youyuan.zh.vtt");
  const L = choreography.lengthMs;
  const rooms = group.memberRooms();
  const n = rooms.length;
  const skews = rooms.map((_, i) => skewOf(i, n));
  const localNow = (i: number) => Date.now() + skews[i];
  const clocks: ClockEstimator[] = rooms.map((room, i) => {
    const est = createClockEstimator();
    room.onMessage(MessageType.Clock, (m: { t: number; s: number }) => est.add(m.t, m.s, localNow(i)));
    return est;
  });
  for (let k = 0; k < CLOCK_ASKS; k++) {
    rooms.forEach((room, i) => room.send(MessageType.Clock, { t: localNow(i) }));
    await sleep(ASK_EVERY_MS);
  }
  await sleep(300);
  const missing = clocks.filter((c) => c.count() === 0).length;
  if (missing) throw new Error(`${missing} of ${n} members got no clock answer`);
  // The server's clock is this machine's (Date.now()); a member's true offset is minus its skew.
  const offsetErrorsMs = clocks.map((c, i) => Math.abs(c.offsetMs() + skews[i]));

  const sampleNow = (): PerformanceSample => {
    const narrations = group.narrations();
    const now = Date.now(); // one instant for everyone: each member reads it on its own (skewed) clock
    const at = (clock: NarrationClock | undefined, serverNow: number) => {
      if (!clock) throw new Error("a member has no narration clock");
      return tourPositionMs(clock, L, serverNow);
    };
    const corrected = narrations.map((c, i) => at(c, clocks[i].serverNow(now + skews[i])));
    const baseline = narrations.map((c, i) => at(c, now + skews[i]));
    const a = spreadAndOffCue(
      corrected,
      corrected.map((ms) => cueIndexAt(cues, ms)),
    );
    const b = spreadAndOffCue(
      baseline,
      baseline.map((ms) => cueIndexAt(cues, ms)),
    );
    return { spreadMs: a.spread, baselineSpreadMs: b.spread, offCue: a.offCue, baselineOffCue: b.offCue };
  };

  await group.run("narration"); // the guide starts the performance
  const samples: PerformanceSample[] = [];
  for (let rep = 0; rep < reps; rep++) {
    if (rep % 10 === 9) {
      await group.run("narration"); // pause …
      await group.run("narration"); // … and play again: a new startedAt
    } else await group.run("seek");
    await sleep((rep * 53) % 300); // a moment later, different each time
    samples.push(sampleNow());
  }
  return { samples, offsetErrorsMs, lengthMs: L };
}

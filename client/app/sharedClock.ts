// The tour's shared clock on this side: an estimate of the server's time from clock exchanges (the room's, and a
// worker's off the main thread), asked quickly on joining, then now and then. It owns the exchanges' timer.
import { createClockProbe, type ClockProbe } from "../net/clockProbe";
import { createClockEstimator, type ClockEstimator } from "../state/narrationSync";

/** Clock exchanges: a quick few on joining, then one a second for a while (on a busy network or machine the best
 *  round trip of many is far shorter than that of a few), then one now and then. */
const clockDelayMs = (asked: number) => (asked < 5 ? 150 : asked < 30 ? 1000 : 10_000);

export interface SharedClock {
  estimate: ClockEstimator;
  /** (Re)starts the exchanges: after joining, and after a reconnection (the new route may be slower or faster). */
  start(): void;
  /** Stops asking and lets the worker go: its thread is not needed until the next tour. */
  stop(): void;
}

/** `askRoom` asks over the room link (its answer is fed to `estimate.add` by whoever hears it). */
export function createSharedClock(askRoom: () => void): SharedClock {
  const estimate = createClockEstimator();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probe: ClockProbe | null | undefined;
  const ask = (asked: number) => {
    clearTimeout(timer);
    // Both sources feed one estimate, and the shortest round trip wins: the worker's, unless workers are missing.
    probe ??= createClockProbe((r) => estimate.add(r.sentAt, r.serverNow, r.receivedAt));
    probe?.ask();
    askRoom();
    timer = setTimeout(() => ask(asked + 1), clockDelayMs(asked));
  };
  return {
    estimate,
    start: () => ask(0),
    stop() {
      clearTimeout(timer);
      probe?.close();
      probe = undefined;
    },
  };
}

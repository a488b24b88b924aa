// Repeated log lines, written once per interval with a count: a sender who makes the same thing fail 35 times a
// second costs the log one line per interval, not 35. Pure, with the clock passed in.

export interface LogVerdict {
  /** Write this one. */
  write: boolean;
  /** When writing: how many of the same kind were held back since the last line written. */
  repeats: number;
}

export interface LogThrottle {
  admit(key: string, nowMs: number): LogVerdict;
}

/** The kinds remembered at once; past it the oldest is forgotten (keys are handler and method names: a small set). */
const MAX_KINDS = 256;

export function createLogThrottle(intervalMs: number, maxKinds = MAX_KINDS): LogThrottle {
  const kinds = new Map<string, { until: number; held: number }>();
  return {
    admit(key, nowMs) {
      const k = kinds.get(key);
      if (k && nowMs < k.until) {
        k.held++;
        return { write: false, repeats: 0 };
      }
      const repeats = k?.held ?? 0;
      kinds.delete(key); // re-inserted last: the Map's order is the order of last writing, oldest first
      kinds.set(key, { until: nowMs + intervalMs, held: 0 });
      if (kinds.size > maxKinds) kinds.delete(kinds.keys().next().value!);
      return { write: true, repeats };
    },
  };
}

// Per-connection limits: a token bucket for message rate, and strikes for refused messages. Pure, clock passed in.
export interface GuardLimits {
  /** Messages a second a client may keep sending (an honest one sends 20 poses and a few others). */
  ratePerSecond: number;
  /** How many may arrive at once after a quiet spell. */
  burst: number;
  /** Refused (invalid) messages tolerated within the window before the client is disconnected. */
  maxInvalid: number;
  /** Messages dropped for rate tolerated within the window before the client is disconnected as a flooder. */
  maxDropped: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: GuardLimits = {
  ratePerSecond: 40,
  burst: 80,
  maxInvalid: 20,
  maxDropped: 200,
  windowMs: 10_000,
};

export type Verdict = "ok" | "drop" | "disconnect-flooding" | "disconnect-invalid";

export interface ClientGuard {
  /** Called for every message before anything else: may it be handled? */
  admit(now: number): Verdict;
  /** A message failed validation: "ok" to carry on, or disconnect. */
  invalid(now: number): Verdict;
}

/** Counts events in a sliding window (timestamps kept only while they matter). */
function windowCounter(windowMs: number) {
  const times: number[] = [];
  return (now: number) => {
    times.push(now);
    while (times.length && times[0] <= now - windowMs) times.shift();
    return times.length;
  };
}

export function createClientGuard(limits: GuardLimits = DEFAULT_LIMITS, start = 0): ClientGuard {
  let tokens = limits.burst;
  let last = start;
  const dropped = windowCounter(limits.windowMs);
  const invalid = windowCounter(limits.windowMs);
  return {
    admit(now) {
      tokens = Math.min(limits.burst, tokens + ((now - last) / 1000) * limits.ratePerSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return "ok";
      }
      return dropped(now) > limits.maxDropped ? "disconnect-flooding" : "drop";
    },
    invalid(now) {
      return invalid(now) > limits.maxInvalid ? "disconnect-invalid" : "ok";
    },
  };
}

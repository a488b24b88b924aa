// Sign-in attempts per address in a sliding window: past the limit, the address waits. Pure, the clock passed in.

export interface LoginLimiter {
  /** Counts an attempt; returns 0 if allowed, or the seconds to wait before the next one will be. */
  attempt(address: string, nowMs: number): number;
}

export function createLoginLimiter(maxAttempts: number, windowMs = 60_000, maxAddresses = 10_000): LoginLimiter {
  const seen = new Map<string, number[]>();
  return {
    attempt(address, nowMs) {
      const times = (seen.get(address) ?? []).filter((t) => t > nowMs - windowMs);
      if (times.length >= maxAttempts) {
        seen.set(address, times);
        return Math.max(1, Math.ceil((times[0] + windowMs - nowMs) / 1000));
      }
      times.push(nowMs);
      // A flood of fresh addresses must not grow the map without end: forget the oldest.
      if (!seen.has(address) && seen.size >= maxAddresses) seen.delete(seen.keys().next().value!);
      seen.set(address, times);
      return 0;
    },
  };
}

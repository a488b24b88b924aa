// Durations of a server's periodic work (patches, baseline broadcasts), kept per room type until read.
export interface TickSummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** How many took longer than 5 ms (the patch-time target). */
  over5Ms: number;
}

export interface TickTimes {
  add(roomName: string, ms: number): void;
  /** The summary of each room type since the last call; the samples are then dropped. */
  take(): Record<string, TickSummary>;
}

/** The value at quantile q (0..1) of ascending-sorted xs, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(samples: number[]): TickSummary {
  const s = Float64Array.from(samples).sort();
  const sorted = Array.from(s);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : 0,
    meanMs: sorted.length ? sum / sorted.length : 0,
    over5Ms: sorted.filter((v) => v > 5).length,
  };
}

/** At most `cap` samples per room type are kept (20 Hz for an hour is far below it); the rest are counted out. */
export function createTickTimes(cap = 100_000): TickTimes {
  const byRoom = new Map<string, number[]>();
  return {
    add(roomName, ms) {
      let list = byRoom.get(roomName);
      if (!list) byRoom.set(roomName, (list = []));
      if (list.length < cap) list.push(ms);
    },
    take() {
      const out: Record<string, TickSummary> = {};
      for (const [name, list] of byRoom) out[name] = summarise(list);
      byRoom.clear();
      return out;
    },
  };
}

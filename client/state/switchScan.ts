// One-switch access as a scan: the choices open to the visitor are offered one after another, each for a fixed
// time, and the one switch (a key, or a controller button) takes the choice on offer. Pure: the choices come from
// outside at every step (they change as the visitor moves), the clock is passed in.

export interface ScanChoice {
  /** Stable while the choice means the same thing (so a choice keeps its turn when the list is rebuilt). */
  key: string;
  label: string;
  run(): void;
}

export interface SwitchScan {
  /** The choice on offer at `now` (ms), moving to the next each `dwellMs`; null when there is none. */
  offered(choices: readonly ScanChoice[], now: number): ScanChoice | null;
  /**
   * The switch: takes the choice on offer, and the scan starts again from the first choice. `shown` is the key of
   * the choice the visitor last saw (and heard) on offer: a press that lands before the next frame has shown the
   * following choice — a slow device, a busy page — takes what the visitor saw, not what the clock has moved to.
   */
  press(choices: readonly ScanChoice[], now: number, shown?: string | null): ScanChoice | null;
}

export const SCAN_DWELL_MS = 2000;

export function createSwitchScan(dwellMs = SCAN_DWELL_MS): SwitchScan {
  let offeredKey: string | null = null;
  let since = 0;
  const offered = (choices: readonly ScanChoice[], now: number): ScanChoice | null => {
    if (choices.length === 0) return (offeredKey = null);
    let i = choices.findIndex((c) => c.key === offeredKey);
    if (i < 0) {
      i = 0;
      since = now;
    }
    // Past its time, the next one; a long pause (a hidden tab) moves on by as many turns as it lasted.
    const turns = Math.floor((now - since) / dwellMs);
    if (turns > 0) {
      i = (i + turns) % choices.length;
      since += turns * dwellMs;
    }
    offeredKey = choices[i].key;
    return choices[i];
  };
  return {
    offered,
    press(choices, now, shown) {
      const c = (shown != null ? choices.find((x) => x.key === shown) : undefined) ?? offered(choices, now);
      c?.run();
      offeredKey = null; // from the first choice again, which now fits what changed
      since = now;
      return c;
    },
  };
}

// After the server places a member (gather, "take me to the guide"), poses the client sent before it applied the
// placement are still on the way: ignore those that are far from the placement for a short while, so nobody sees
// the member jump there, back, and there again. Pure.

export interface Placement {
  x: number;
  z: number;
  /** When the wait ends whatever arrives (ms, same clock as `now`). */
  until: number;
}

export const SETTLE_MS = 1500;
/** A pose this close to the placement means the client has applied it. */
export const SETTLE_NEAR_M = 2;

export type SettleVerdict = "ignore" | "accept-and-settle" | "accept";

export function judgePose(p: { x: number; z: number }, placement: Placement | undefined, now: number): SettleVerdict {
  if (!placement) return "accept";
  if (now >= placement.until) return "accept-and-settle";
  return Math.hypot(p.x - placement.x, p.z - placement.z) <= SETTLE_NEAR_M ? "accept-and-settle" : "ignore";
}
